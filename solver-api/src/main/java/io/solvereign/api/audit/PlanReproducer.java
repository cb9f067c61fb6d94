package io.solvereign.api.audit;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;

/**
 * Re-solves a plan from scratch for the reproducibility gate (DOMAIN §3): same forecast, seed and
 * rule set as the plan records. {@code Solvers.reproducer()} of solver-engine is the
 * implementation; audit-rules never sees the engine itself.
 */
@FunctionalInterface
public interface PlanReproducer {

    /**
     * Solves the forecast again with the plan's seed, rule set and solver settings.
     *
     * @param forecast the forecast the plan was made for
     * @param plan     the plan to reproduce
     * @return the {@code output_hash} of the new solve
     * @throws io.solvereign.api.SolvereignException when the re-solve itself fails; the auditor
     *                                               reports that as a reproducibility FAIL
     */
    String reproduce(Forecast forecast, Plan plan);
}
