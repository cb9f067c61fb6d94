package io.solvereign.api;

import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.Plan;
import java.util.ArrayList;
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

    /**
     * Creates the record, checking its components.
     *
     * @param plan the plan: every plannable instance assigned, hashes, KPIs and the lower-bound
     *             certificate; when {@link SolveStatus#INFEASIBLE}, the instances named in
     *             {@code infeasibilities} are left out and the rest is planned
     * @param status how good the plan is known to be
     * @param cost drivers, then the rule set's objective order (e.g. {@code 142/0/11/356})
     * @param infeasibilities why tours could not be planned; empty unless {@code INFEASIBLE}
     * @param stats work done; never part of a hash
     */
    public SolveResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cost, "cost");
        infeasibilities = List.copyOf(infeasibilities);
        Objects.requireNonNull(stats, "stats");
    }

    /**
     * Certified lower bound on drivers: no legal plan of the week has fewer (shortcut for
     * {@link Kpis#lowerBound()}; the certificate is {@link Plan#lowerBoundCertificate()}). Drivers equal to
     * it make the status at least {@link SolveStatus#DRIVERS_OPTIMAL}.
     *
     * @return the driver bound
     */
    public int lowerBound() {
        return plan.kpis().lowerBound();
    }

    /**
     * Drivers of the plan (shortcut for {@link Kpis#drivers()}).
     *
     * @return drivers with at least one tour
     */
    public int drivers() {
        return plan.kpis().drivers();
    }

    /**
     * Certified lower bound on part-time drivers for plans with exactly {@link #drivers()} drivers
     * (shortcut for {@link Kpis#ptLowerBound()}); 0 when nothing better is proven. Part-time drivers
     * equal to it (with drivers proven) make the status at least {@link SolveStatus#PART_TIME_OPTIMAL}.
     *
     * @return the part-time bound at this headcount
     */
    public int ptLowerBound() {
        return plan.kpis().ptLowerBound();
    }

    /**
     * {@return the objective levels proven optimal, drivers first; empty when {@link SolveStatus#INFEASIBLE}}
     * See {@link #provenLevels(Kpis, List)}.
     */
    public List<ObjectiveLevel> provenLevels() {
        return status == SolveStatus.INFEASIBLE ? List.of() : provenLevels(plan.kpis(), plan.ruleSet().objectiveOrder());
    }

    /**
     * The longest prefix of (drivers, then {@code order}) whose levels are proven: drivers equal
     * their certified bound, part-time drivers equal theirs, splits, singles and churn are 0. A
     * lexicographic level counts as proven only when every level before it is, since its bound
     * holds for the plan's values of the earlier levels.
     *
     * @param k     the plan's KPIs
     * @param order the rule set's objective order after drivers
     * @return the proven levels, in objective order
     */
    public static List<ObjectiveLevel> provenLevels(Kpis k, List<ObjectiveLevel> order) {
        List<ObjectiveLevel> out = new ArrayList<>();
        if (k.drivers() > k.lowerBound()) {
            return out;
        }
        out.add(ObjectiveLevel.DRIVERS);
        for (ObjectiveLevel l : order) {
            boolean proven = switch (l) {
                case DRIVERS -> true;
                case PART_TIME -> k.ptDrivers() <= k.ptLowerBound();
                case SPLITS -> k.doublesSplit() == 0;
                case SINGLES -> k.singles() == 0;
                case CHURN -> true;
            };
            if (!proven) {
                break;
            }
            if (!out.contains(l)) {
                out.add(l);
            }
        }
        return List.copyOf(out);
    }
}
