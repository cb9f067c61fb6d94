package io.solvereign.api;

import io.solvereign.api.cost.LexCost;

/**
 * Progress callbacks of a solve, all called on the solving thread in a deterministic order. Every
 * method has an empty default, so a listener overrides only what it needs. A listener must not
 * throw; it must not block for long either, since the solver waits for it.
 */
public interface SolveListener {

    /** A listener that ignores every event. */
    SolveListener NO_OP = new SolveListener() {
    };

    /**
     * A phase of the solve starts.
     *
     * @param phase a stable phase name, e.g. {@code blocks}, {@code bound}, {@code select},
     *              {@code assign}, {@code verify}
     */
    default void phaseStarted(String phase) {
    }

    /**
     * The search found a plan (or block selection) better than every earlier one. During block
     * selection the part-time level is not known yet (drivers are not assigned) and reads 0; the
     * last call of a solve carries the final plan's cost.
     *
     * @param cost its lexicographic cost, drivers first
     */
    default void betterPlanFound(LexCost cost) {
    }

    /**
     * The certified lower bound on drivers rose.
     *
     * @param drivers the new bound
     */
    default void boundImproved(int drivers) {
    }
}
