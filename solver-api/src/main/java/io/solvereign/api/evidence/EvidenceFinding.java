package io.solvereign.api.evidence;

import java.util.Objects;

/**
 * One drift found by verification, always naming the file concerned.
 *
 * @param kind    what kind of drift
 * @param file    the entry name ({@code forecast_input}, {@code manifest.json} ...), {@link #ZIP} for the
 *                zip as a whole, or the name of the check for a check's own findings
 * @param message what was expected and what was found
 */
public record EvidenceFinding(FindingKind kind, String file, String message) {
    /** The file name used for findings about the zip as a whole. */
    public static final String ZIP = "(zip)";

    /**
     * Creates the record, checking its components.
     *
     * @param kind what kind of drift
     * @param file the entry name ({@code forecast_input}, {@code manifest.json} ...), {@link #ZIP} for the
     *             zip as a whole, or the name of the check for a check's own findings
     * @param message what was expected and what was found
     */
    public EvidenceFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code KIND file: message}, the line a CLI prints. */
    @Override
    public String toString() {
        return kind + " " + file + ": " + message;
    }
}
