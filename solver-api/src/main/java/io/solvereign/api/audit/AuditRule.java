package io.solvereign.api.audit;

/**
 * One independent check of a plan (DOMAIN §8). A rule judges the tours of the forecast as they were
 * given to drivers, never the solver's labels, and never throws on a bad plan: unknown tour ids,
 * duplicates and the like are violations or are ignored by rules they do not concern.
 */
public interface AuditRule {

    /** {@return stable id, e.g. {@code COVERAGE}; scripts and the release gate match on it} */
    String id();

    /**
     * Runs the check.
     *
     * @param input forecast, assignments and rule set
     * @return the result, whose {@link CheckResult#id()} equals {@link #id()}
     */
    CheckResult check(AuditInput input);
}
