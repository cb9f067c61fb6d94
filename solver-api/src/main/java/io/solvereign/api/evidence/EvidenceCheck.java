package io.solvereign.api.evidence;

import java.util.List;

/**
 * A pluggable verification step run after the built-in checks, e.g. "re-run the audits on
 * solver_output.json and compare with audit_results.json" or "re-solve and compare output_hash".
 * Runs only when the manifest could be parsed. A check that throws is reported as
 * {@link FindingKind#CHECK_ERROR} under its {@link #name()}.
 */
public interface EvidenceCheck {

    /**
     * {@return short stable name, used as the file of a {@link FindingKind#CHECK_ERROR} finding, e.g. {@code re-audit}}
     */
    String name();

    /**
     * {@return findings of this check; empty when everything matches}
     *
     * @param contents the pack's entries
     */
    List<EvidenceFinding> check(EvidenceContents contents);

    /**
     * {@return a check from a name and a function}
     *
     * @param name the check's name, used as the file of its own findings
     * @param check the check: the findings for a pack's contents
     */
    static EvidenceCheck of(String name, java.util.function.Function<EvidenceContents, List<EvidenceFinding>> check) {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(check, "check");
        return new EvidenceCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<EvidenceFinding> check(EvidenceContents contents) {
                return check.apply(contents);
            }
        };
    }
}
