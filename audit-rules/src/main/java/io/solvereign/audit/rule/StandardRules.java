package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.AuditRule;
import java.util.List;

/**
 * The eight checks of DOMAIN §8 in report order ({@link AuditReport#GATE_CHECKS}). Public only for
 * {@code io.solvereign.audit} inside this module; the package is not exported.
 */
public final class StandardRules {
    private StandardRules() {
    }

    /** New instances of the eight standard rules, in {@link AuditReport#GATE_CHECKS} order. */
    public static List<AuditRule> all() {
        return List.of(new CoverageRule(), new OverlapRule(), new RestRule(), new SpanRegularRule(),
                new SpanSplitRule(), new FatigueRule(), new WeeklyHoursRule(), new PlanIntegrityRule());
    }
}
