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
 */
public record VerificationResult(boolean ok, List<Finding> findings, List<String> notes) {

    public VerificationResult {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
        if (ok != findings.isEmpty()) {
            throw new IllegalArgumentException("ok must be true exactly when there are no findings");
        }
    }

    /** A result over these findings and notes; ok when there are no findings. */
    public static VerificationResult of(List<Finding> findings, List<String> notes) {
        return new VerificationResult(findings.isEmpty(), findings, notes);
    }

    /** The sorted names of every file some finding names. */
    public SortedSet<String> filesNamed() {
        TreeSet<String> names = new TreeSet<>();
        findings.forEach(f -> names.add(f.file()));
        return names;
    }
}
