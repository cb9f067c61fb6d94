package io.solvereign.api;

/** How good a {@link SolveResult} is known to be. */
public enum SolveStatus {
    /**
     * Every objective level is proven optimal: drivers and part-time drivers equal their certified
     * bounds, the later levels are 0.
     */
    OPTIMAL,
    /**
     * Drivers and part-time drivers equal their certified bounds (and any level ranked between
     * them is proven); a later level is not proven. {@link SolveResult#provenLevels()} names them.
     */
    PART_TIME_OPTIMAL,
    /** Drivers equal the certified lower bound; part-time drivers are above theirs or not reached. */
    DRIVERS_OPTIMAL,
    /** A legal plan that covers every tour; the headcount is above the certified bound. */
    FEASIBLE,
    /** Some tours cannot be held by any legal block; see {@link SolveResult#infeasibilities()}. */
    INFEASIBLE
}
