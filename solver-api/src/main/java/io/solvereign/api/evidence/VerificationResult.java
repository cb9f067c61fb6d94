package io.solvereign.api.evidence;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The outcome of verifying an evidence pack.
 *
 * @param ok       true exactly when there are no findings
 * @param findings every drift, in the order the checks ran
 * @param notes    remarks that are not failures (e.g. a signature present but no key given)
 * @param authenticity what the signature check proved; {@link Authenticity#NOT_CHECKED} without a key
 */
public record VerificationResult(boolean ok, List<EvidenceFinding> findings, List<String> notes, Authenticity authenticity) {

    /**
     * Creates the record, checking its components.
     *
     * @param ok true exactly when there are no findings
     * @param findings every drift, in the order the checks ran
     * @param notes remarks that are not failures (e.g. a signature present but no key given)
     * @param authenticity what the signature check proved; {@link Authenticity#NOT_CHECKED} without a key
     */
    public VerificationResult {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
        java.util.Objects.requireNonNull(authenticity, "authenticity");
        if (ok != findings.isEmpty()) {
            throw new IllegalArgumentException("ok must be true exactly when there are no findings");
        }
    }

    /**
     * {@return a result over these findings and notes whose authenticity was not checked (no key)}
     *
     * @param findings every drift, in the order the checks ran
     * @param notes remarks that are not failures (e.g. a signature present but no key given)
     */
    public static VerificationResult of(List<EvidenceFinding> findings, List<String> notes) {
        return of(findings, notes, Authenticity.NOT_CHECKED);
    }

    /**
     * {@return a result over these findings and notes; ok when there are no findings}
     *
     * @param findings every drift, in the order the checks ran
     * @param notes remarks that are not failures (e.g. a signature present but no key given)
     * @param authenticity what the signature check proved; {@link Authenticity#NOT_CHECKED} without a key
     */
    public static VerificationResult of(List<EvidenceFinding> findings, List<String> notes, Authenticity authenticity) {
        return new VerificationResult(findings.isEmpty(), findings, notes, authenticity);
    }

    /** {@return true when no finding concerns integrity (everything but the signature checks)} */
    public boolean integrityOk() {
        return findings.stream().noneMatch(f -> !f.kind().name().startsWith("SIGNATURE"));
    }

    /** {@return the sorted names of every file some finding names} */
    public SortedSet<String> filesNamed() {
        TreeSet<String> names = new TreeSet<>();
        findings.forEach(f -> names.add(f.file()));
        return names;
    }
}
