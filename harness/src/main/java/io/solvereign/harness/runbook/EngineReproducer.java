package io.solvereign.harness.runbook;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.audit.PlanReproducer;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.engine.Solvers;

/**
 * The reproducibility re-solve wired to the engine: the same forecast with the plan's rule set,
 * seed and work budget, i.e. exactly what its {@code solver_config_hash} stands for.
 */
public final class EngineReproducer implements PlanReproducer {
    private static final EngineReproducer INSTANCE = new EngineReproducer();

    private EngineReproducer() {
    }

    /** The engine re-solve. */
    public static EngineReproducer standard() {
        return INSTANCE;
    }

    @Override
    public String reproduce(Forecast forecast, Plan plan) {
        SolveRequest request = SolveRequest.newBuilder(forecast).ruleSet(plan.ruleSet()).seed(plan.seed())
                .workBudget(plan.workBudget()).build();
        return Solvers.create().solve(request).plan().outputHash();
    }
}
