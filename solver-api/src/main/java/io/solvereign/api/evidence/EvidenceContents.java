package io.solvereign.api.evidence;

import io.solvereign.api.internal.evidence.EvidencePack;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a pluggable {@link EvidenceCheck} sees: the parsed manifest and the bytes of every entry as
 * read from the zip (which may have drifted; the built-in checks report that separately).
 *
 * @param manifest the parsed manifest
 * @param entries  entry name to bytes, sorted by name; the arrays are copies a check may not keep
 */
public record EvidenceContents(EvidenceManifest manifest, SortedMap<String, byte[]> entries) {

    public EvidenceContents {
        Objects.requireNonNull(manifest, "manifest");
        TreeMap<String, byte[]> copy = new TreeMap<>();
        entries.forEach((k, v) -> copy.put(k, v.clone()));
        entries = Collections.unmodifiableSortedMap(copy);
    }

    /** A copy of the entry's bytes, if present. */
    public Optional<byte[]> file(String name) {
        return Optional.ofNullable(entries.get(name)).map(byte[]::clone);
    }

    /** A copy of {@code solver_output.json}, if present. */
    public Optional<byte[]> solverOutputJson() {
        return file(EvidencePack.SOLVER_OUTPUT);
    }

    /** A copy of {@code audit_results.json}, if present. */
    public Optional<byte[]> auditResultsJson() {
        return file(EvidencePack.AUDIT_RESULTS);
    }

    /** A copy of the original forecast bytes, if present. */
    public Optional<byte[]> forecastInput() {
        return file(EvidencePack.FORECAST_INPUT);
    }
}
