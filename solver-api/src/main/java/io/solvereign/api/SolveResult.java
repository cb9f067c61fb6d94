package io.solvereign.api;

import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.Plan;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link RosterSolver#solve(SolveRequest)}.
 *
 * @param plan            the plan: every plannable instance assigned, hashes, KPIs and the lower-bound
 *                        certificate; when {@link SolveStatus#INFEASIBLE}, the instances named in
 *                        {@code infeasibilities} are left out and the rest is planned
 * @param status          how good the plan is known to be
 * @param cost            drivers, then the rule set's objective order (e.g. {@code 142/0/11/356})
 * @param infeasibilities why tours could not be planned; empty unless {@code INFEASIBLE}
 * @param stats           work done; never part of a hash
 */
public record SolveResult(Plan plan, SolveStatus status, LexCost cost, List<Infeasibility> infeasibilities,
                          SolveStats stats) {

    public SolveResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cost, "cost");
        infeasibilities = List.copyOf(infeasibilities);
        Objects.requireNonNull(stats, "stats");
    }

    /** Certified lower bound on drivers (shortcut for the plan's KPI). */
    public int lowerBound() {
        return plan.kpis().lowerBound();
    }

    /** Drivers of the plan (shortcut for the plan's KPI). */
    public int drivers() {
        return plan.kpis().drivers();
    }
}
