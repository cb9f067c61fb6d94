package io.solvereign.engine;

import io.solvereign.api.RosterSolver;

/**
 * Entry point of the engine: {@code Solvers.create().solve(SolveRequest.of(forecast))}.
 *
 * <p>The solver works in stages: legal blocks per day, a certified lower bound on drivers
 * (weights on tour lines and a longest path over driver states), block selection for a target
 * headcount (Hall's condition on consecutive days, annealed at tour level), a day-by-day
 * min-cost assignment of blocks to drivers with a part-time repair, and a final rule check. It is
 * single-threaded and deterministic for a given seed and work budget.
 */
public final class Solvers {
    /** Version of the solver; part of {@code solver_config_hash}. */
    public static final String VERSION = "0.1.0";

    private Solvers() {
    }

    /** A new solver; instances are stateless and may be reused and shared. */
    public static RosterSolver create() {
        return new DefaultRosterSolver();
    }
}
