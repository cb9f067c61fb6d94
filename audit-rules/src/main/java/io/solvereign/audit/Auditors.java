package io.solvereign.audit;

import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.Auditor;
import io.solvereign.audit.rule.StandardRules;
import java.util.List;

/**
 * Entry point of the audit module: auditors that prove a plan right or wrong from the forecast
 * alone, without any code of the solver.
 */
public final class Auditors {
    private Auditors() {
    }

    /**
     * The standard auditor: COVERAGE, OVERLAP, REST, SPAN_REGULAR, SPAN_SPLIT, FATIGUE,
     * WEEKLY_HOURS and PLAN_INTEGRITY in that order, each with its near-violation warnings.
     * Thread-safe and stateless.
     *
     * @return the auditor of the release gate
     */
    public static Auditor standard() {
        return new DefaultAuditor(StandardRules.all());
    }

    /**
     * An auditor over the given rules, reported in the given order. Its
     * {@link io.solvereign.api.audit.AuditReport#releaseGate()} stays closed unless the eight
     * standard checks are among them.
     *
     * @param rules the checks to run
     * @return an auditor running exactly those checks
     * @throws IllegalArgumentException when two rules share an id
     */
    public static Auditor of(List<? extends AuditRule> rules) {
        return new DefaultAuditor(rules);
    }
}
