package io.solvereign.api.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * All check results of one audit, in the auditor's fixed order, with the reproducibility gate.
 * Verdict, release gate and near-violations are derived, so they always agree with the checks.
 *
 * @param checks          one result per rule, in the auditor's fixed order, ids distinct
 * @param reproducibility the re-solve comparison, or NOT_RUN
 */
public record AuditReport(List<CheckResult> checks, ReproducibilityResult reproducibility) {

    /** The eight checks of DOMAIN §8 that the release gate requires, in report order. */
    public static final List<String> GATE_CHECKS = List.of("COVERAGE", "OVERLAP", "REST", "SPAN_REGULAR",
            "SPAN_SPLIT", "FATIGUE", "WEEKLY_HOURS", "PLAN_INTEGRITY");

    /** Id under which the reproducibility gate is reported. */
    public static final String REPRODUCIBILITY = "REPRODUCIBILITY";

    /**
     * Creates the record, checking its components.
     *
     * @param checks one result per rule, in the auditor's fixed order, ids distinct
     * @param reproducibility the re-solve comparison, or NOT_RUN
     */
    public AuditReport {
        checks = List.copyOf(checks);
        Objects.requireNonNull(reproducibility, "reproducibility");
        Set<String> seen = new HashSet<>();
        for (CheckResult c : checks) {
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("check " + c.id() + " appears twice in the report");
            }
        }
    }

    /**
     * {@return PASS when every check passed and the reproducibility gate did not FAIL (NOT_RUN does not fail
     * the verdict, it only keeps the release gate closed)}
     */
    public AuditStatus verdict() {
        boolean ok = checks.stream().allMatch(CheckResult::passed)
                && reproducibility.status() != AuditStatus.FAIL;
        return ok ? AuditStatus.PASS : AuditStatus.FAIL;
    }

    /**
     * {@return true only when all eight {@link #GATE_CHECKS} are present, every check in the report (the
     * eight and any the policy adds, e.g. WORKING_DAYS) is PASS, and REPRODUCIBILITY is PASS}
     */
    public boolean releaseGate() {
        for (String id : GATE_CHECKS) {
            if (checks.stream().noneMatch(c -> c.id().equals(id))) {
                return false;
            }
        }
        return checks.stream().allMatch(CheckResult::passed) && reproducibility.status() == AuditStatus.PASS;
    }

    /** {@return all near-violation warnings, check by check in report order} */
    public List<NearViolation> nearViolations() {
        List<NearViolation> all = new ArrayList<>();
        for (CheckResult c : checks) {
            all.addAll(c.nearViolations());
        }
        return List.copyOf(all);
    }

    /** {@return number of checks that failed} */
    public int failedChecks() {
        return (int) checks.stream().filter(c -> !c.passed()).count();
    }

    /**
     * {@return one line for trails and gate verdicts, e.g. {@code 8/8 checks PASS, REPRODUCIBILITY PASS} or
     * {@code 2/8 checks FAIL (REST 1, COVERAGE 2), REPRODUCIBILITY NOT_RUN}}
     */
    public String summary() {
        StringBuilder failed = new StringBuilder();
        for (CheckResult c : checks) {
            if (!c.passed()) {
                failed.append(failed.length() == 0 ? " (" : ", ").append(c.id()).append(' ').append(c.count());
            }
        }
        String head = failed.length() == 0
                ? checks.size() + "/" + checks.size() + " checks PASS"
                : failedChecks() + "/" + checks.size() + " checks FAIL" + failed + ")";
        return head + ", " + REPRODUCIBILITY + " " + reproducibility.status();
    }

    /**
     * {@return the result of one check}
     *
     * @param id the check id, e.g. {@code REST}
     * @throws IllegalArgumentException when no check has that id
     */
    public CheckResult check(String id) {
        for (CheckResult c : checks) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no check '" + id + "' in this report; checks are "
                + checks.stream().map(CheckResult::id).toList());
    }
}
