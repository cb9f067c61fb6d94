package io.solvereign.api.audit;

import java.util.List;
import java.util.Objects;

/**
 * The result of one check: its violations and, beside them, its near-violation warnings. The
 * status and the count are derived from the violations, so they can never disagree.
 *
 * @param id             the check id, e.g. {@code COVERAGE}
 * @param violations     the breaches found, in a deterministic order (driver, then time)
 * @param nearViolations warnings found by the same check; they never change the status
 */
public record CheckResult(String id, List<Violation> violations, List<NearViolation> nearViolations) {

    /**
     * Creates the record, checking its components.
     *
     * @param id the check id, e.g. {@code COVERAGE}
     * @param violations the breaches found, in a deterministic order (driver, then time)
     * @param nearViolations warnings found by the same check; they never change the status
     */
    public CheckResult {
        Objects.requireNonNull(id, "id");
        violations = List.copyOf(violations);
        nearViolations = List.copyOf(nearViolations);
        for (Violation v : violations) {
            if (!v.checkId().equals(id)) {
                throw new IllegalArgumentException("violation of check " + v.checkId() + " in result of " + id);
            }
        }
    }

    /** {@return {@link AuditStatus#PASS} without violations, else {@link AuditStatus#FAIL}} */
    public AuditStatus status() {
        return violations.isEmpty() ? AuditStatus.PASS : AuditStatus.FAIL;
    }

    /** {@return number of violations} */
    public int count() {
        return violations.size();
    }

    /** {@return true when the check passed} */
    public boolean passed() {
        return violations.isEmpty();
    }
}
