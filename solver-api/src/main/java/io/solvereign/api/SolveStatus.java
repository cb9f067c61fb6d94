package io.solvereign.api;

/** How good a {@link SolveResult} is known to be. */
public enum SolveStatus {
    /** Every objective level is proven optimal (drivers equal the certified bound, later levels at 0). */
    OPTIMAL,
    /** Drivers equal the certified lower bound; the later levels are not proven optimal. */
    DRIVERS_OPTIMAL,
    /** A legal plan that covers every tour; the headcount is above the certified bound. */
    FEASIBLE,
    /** Some tours cannot be held by any legal block; see {@link SolveResult#infeasibilities()}. */
    INFEASIBLE
}
