package io.solvereign.api.audit;

import io.solvereign.api.model.RuleSet;

/**
 * One independent check of a plan (DOMAIN §8). A rule judges the tours of the forecast as they were
 * given to drivers, never the solver's labels, and never throws on a bad plan: unknown tour ids,
 * duplicates and the like are violations or are ignored by rules they do not concern.
 */
public interface AuditRule {

    /** {@return stable id, e.g. {@code COVERAGE}; scripts and the release gate match on it} */
    String id();

    /**
     * Whether the check belongs in an audit under this policy. A rule the rule set can switch off
     * (such as the working-days limit, off by default) is left out of the report while it is off,
     * so reports under the default rules keep their checks; every other rule always applies.
     *
     * @param policy the rule set the plan is judged by
     * @return true when the check is part of an audit under {@code policy}
     */
    default boolean appliesTo(RuleSet policy) {
        return true;
    }

    /**
     * Runs the check.
     *
     * @param input forecast, assignments and rule set
     * @return the result, whose {@link CheckResult#id()} equals {@link #id()}
     */
    CheckResult check(AuditInput input);
}
