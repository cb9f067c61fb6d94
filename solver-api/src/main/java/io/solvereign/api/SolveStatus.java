package io.solvereign.api;

import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.Plan;

/**
 * How good a {@link SolveResult} is known to be: which levels of the lexicographic objective
 * (drivers, then the rule set's {@link io.solvereign.api.model.RuleSet#objectiveOrder() order}) the plan
 * is <em>proven</em> to reach the optimum on. "Proven" always means "equal to a certified bound",
 * never "the search stopped improving":
 * <ul>
 *   <li>drivers are proven when {@link Kpis#drivers()} equals {@link Kpis#lowerBound()}, the driver
 *       bound certified by {@link Plan#lowerBoundCertificate()};</li>
 *   <li>part-time drivers are proven when {@link Kpis#ptDrivers()} equals {@link Kpis#ptLowerBound()},
 *       the part-time bound that holds for plans with exactly {@code drivers} drivers;</li>
 *   <li>splits and singles are proven when they are 0; churn is taken as proven once the levels before
 *       it are.</li>
 * </ul>
 * A level counts only when every level before it is proven (its bound holds for the plan's values of
 * the earlier levels). {@link SolveResult#provenLevels()} lists the proven levels. A plan that is not
 * proven optimal may still be optimal: a bound can lie below the optimum.
 */
public enum SolveStatus {
    /**
     * Every objective level is proven optimal: drivers and part-time drivers equal their certified
     * bounds and every later level is proven too (splits and singles 0). No plan under the same rule
     * set is better on any level.
     */
    OPTIMAL,
    /**
     * Drivers and part-time drivers equal their certified bounds (and any level ranked between them is
     * proven), but a later level is not: e.g. splits above 0. No plan has fewer drivers, nor fewer
     * part-time drivers at this headcount; a plan with fewer splits or singles may exist.
     */
    PART_TIME_OPTIMAL,
    /**
     * Drivers equal their certified lower bound ({@link Kpis#lowerBound()}), so no legal plan has fewer
     * drivers; part-time drivers are above their bound ({@link Kpis#ptLowerBound()}), or a level ranked
     * before part-time is not proven. A plan with as many drivers and fewer part-time drivers may exist.
     */
    DRIVERS_OPTIMAL,
    /**
     * A legal plan that covers every tour; drivers are above the certified bound, so nothing is proven
     * ({@link Kpis#gap()} drivers at most are to be gained).
     */
    FEASIBLE,
    /**
     * Some tours cannot be held by any legal block; they are named in
     * {@link SolveResult#infeasibilities()} and left out of the plan, the rest is planned. No level is
     * reported as proven.
     */
    INFEASIBLE
}
