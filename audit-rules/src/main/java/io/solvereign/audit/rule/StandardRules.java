package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.AuditRule;
import java.util.List;

/**
 * The eight checks of DOMAIN §8 in report order ({@link AuditReport#GATE_CHECKS}), then the checks a
 * policy switches on (WORKING_DAYS). Public only for {@code io.solvereign.audit} inside this module;
 * the package is not exported.
 */
public final class StandardRules {
    private StandardRules() {
    }

    /**
     * New instances of the eight standard rules, in {@link AuditReport#GATE_CHECKS} order, then
     * WORKING_DAYS (reported only when the policy limits working days).
     */
    public static List<AuditRule> all() {
        return List.of(new CoverageRule(), new OverlapRule(), new RestRule(), new SpanRegularRule(),
                new SpanSplitRule(), new FatigueRule(), new WeeklyHoursRule(), new PlanIntegrityRule(),
                new WorkingDaysRule());
    }
}
