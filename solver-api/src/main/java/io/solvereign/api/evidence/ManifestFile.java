package io.solvereign.api.evidence;

import java.util.Objects;

/**
 * One file listed in an evidence manifest.
 *
 * @param name   entry name in the zip, e.g. {@code solver_output.json}
 * @param size   size in bytes
 * @param sha256 lowercase hex SHA-256 of the bytes
 */
public record ManifestFile(String name, long size, String sha256) {

    /**
     * Creates the record, checking its components.
     *
     * @param name entry name in the zip, e.g. {@code solver_output.json}
     * @param size size in bytes
     * @param sha256 lowercase hex SHA-256 of the bytes
     */
    public ManifestFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + size);
        }
    }
}
