package io.solvereign.harness.runbook;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.audit.PlanReproducer;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.engine.Solvers;

/**
 * The reproducibility re-solve wired to the engine: same forecast, the plan's seed and rule set, and
 * the work budget the plan was solved with (a plan file does not record it; the workspace does).
 */
public final class EngineReproducer implements PlanReproducer {
    private final long workBudget;

    private EngineReproducer(long workBudget) {
        if (workBudget < 0) {
            throw new IllegalArgumentException("workBudget must be >= 0, was " + workBudget);
        }
        this.workBudget = workBudget;
    }

    /** A re-solve with the engine's default work budget. */
    public static EngineReproducer standard() {
        return new EngineReproducer(SolveRequest.DEFAULT_WORK_BUDGET);
    }

    /** A re-solve with the given work budget (move evaluations). */
    public static EngineReproducer withWorkBudget(long workBudget) {
        return new EngineReproducer(workBudget);
    }

    @Override
    public String reproduce(Forecast forecast, Plan plan) {
        SolveRequest request = SolveRequest.newBuilder(forecast).ruleSet(plan.ruleSet()).seed(plan.seed())
                .workBudget(workBudget).build();
        return Solvers.create().solve(request).plan().outputHash();
    }
}
