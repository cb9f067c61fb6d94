package io.solvereign.harness.runbook;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.store.PlanLifecycle;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import java.util.Map;

/**
 * The solver settings a plan file does not carry (its work budget), kept as a trail note on the plan
 * so that the workspace audit re-solves exactly as the plan was solved.
 */
public final class SolveSettings {
    static final String KIND = "SOLVE_SETTINGS";
    static final String WORK_BUDGET = "work_budget";

    private SolveSettings() {
    }

    /** Records the work budget a plan was solved with. */
    public static void record(PlanLifecycle lifecycle, String actor, String planId, long workBudget) {
        lifecycle.recordEvent(actor, TrailAction.NOTE, planId, "solver settings",
                Map.of("kind", KIND, WORK_BUDGET, Long.toString(workBudget)));
    }

    /** The recorded work budget of the plan, or the engine's default when none was recorded. */
    public static long workBudget(PlanLifecycle lifecycle, String planId) {
        long budget = SolveRequest.DEFAULT_WORK_BUDGET;
        for (TrailEntry e : lifecycle.trail(planId)) {
            if (e.action() == TrailAction.NOTE && KIND.equals(e.details().get("kind"))) {
                try {
                    budget = Long.parseLong(e.details().get(WORK_BUDGET));
                } catch (NumberFormatException ex) {
                    throw new SolvereignException(ErrorCode.PLAN_TAMPERED, "trail entry " + e.sequence()
                            + " of plan " + planId + " holds work budget '" + e.details().get(WORK_BUDGET) + "'", ex);
                }
            }
        }
        return budget;
    }
}
