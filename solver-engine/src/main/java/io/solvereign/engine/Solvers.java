package io.solvereign.engine;

import io.solvereign.api.RosterSolver;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.Auditor;
import io.solvereign.api.audit.PlanReproducer;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.block.UnplannableTours;
import io.solvereign.engine.bound.WeekBound;
import io.solvereign.engine.internal.SolverVersion;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.Objects;

/**
 * Entry point of the engine: {@code Solvers.create().solve(SolveRequest.of(forecast))}.
 *
 * <p>The solver works in stages: legal blocks per day, a certified lower bound on drivers
 * (weights on tour lines and a longest path over driver states), block selection for a target
 * headcount (Hall's condition on consecutive days with rest and fatigue, annealed at tour level),
 * a day-by-day assignment of blocks to drivers (min-cost up to 600 drivers, a sweep over block
 * starts above) with a part-time repair (swaps between drivers, single-tour transfers that
 * reshape blocks and, while part-timers remain, exact re-matchings of pieces of weeks between all
 * drivers at once), a certified lower bound on part-time drivers at the plan's headcount, and a
 * final rule check. When part-time is forced (the packing bound at the target headcount, or the
 * plan above its part-time bound), blocks are also selected in further ways (the block levels
 * swapped, splits and singles weighed alike) and the lexicographically best plan is kept, ties to
 * the earlier attempt. Those attempts run side by side on at most one thread per available
 * processor; each is deterministic and the set that runs depends on the input only, so the plan is
 * the same for a given seed and work budget on any core count.
 */
public final class Solvers {
    /** Version of the solver; part of {@code solver_config_hash}. */
    public static final String VERSION = SolverVersion.VERSION;

    private Solvers() {
    }

    /**
     * A new solver; instances are stateless and may be reused and shared.
     *
     * @return the engine's solver
     */
    public static RosterSolver create() {
        return new DefaultRosterSolver();
    }

    /**
     * The re-solve behind the REPRODUCIBILITY check: the forecast solved again with the plan's
     * recorded rule set, seed and work budget (exactly what its {@code solver_config_hash} stands
     * for), answering the new {@code output_hash}. Pass it to
     * {@link Auditor#audit(Forecast, io.solvereign.api.model.Plan, RuleSet, PlanReproducer)}.
     *
     * @return a stateless reproducer, safe to share between threads
     */
    public static PlanReproducer reproducer() {
        return (forecast, plan) -> create().solve(SolveRequest.newBuilder(forecast).ruleSet(plan.ruleSet())
                .seed(plan.seed()).workBudget(plan.workBudget()).build()).plan().outputHash();
    }

    /**
     * Solves and audits in one call: the plan is judged by the caller's auditor under the
     * request's rule set, with the {@linkplain #reproducer() re-solve}, so the report's
     * {@link AuditReport#releaseGate() release gate} can open. The request's rules are the policy
     * here; to judge a plan under other site rules, call
     * {@code auditor.audit(forecast, plan, siteRules, Solvers.reproducer())} yourself.
     *
     * <p>The auditor is a parameter so that the engine never depends on the audit module; pass
     * {@code io.solvereign.audit.Auditors.standard()}. The re-solve doubles the solving time.
     *
     * @param request what to solve
     * @param auditor the independent checks
     * @return the solve and its audit; an infeasible solve is audited too (its coverage fails)
     */
    public static AuditedSolve solveAndAudit(SolveRequest request, Auditor auditor) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(auditor, "auditor");
        SolveResult result = create().solve(request);
        AuditReport audit = auditor.audit(request.forecast(), result.plan(), request.ruleSet(), reproducer());
        return new AuditedSolve(result, audit);
    }

    /**
     * The number of legal blocks of the week (stage 1 alone), over the plannable tour lines.
     *
     * @param forecast the week
     * @param rules    the rules
     * @return how many legal blocks the week has
     */
    public static int legalBlockCount(Forecast forecast, RuleSet rules) {
        return BlockCatalog.generate(plannable(forecast, rules), LabourRules.of(rules)).size();
    }

    /**
     * The certified lower bound on drivers alone (stage 2), over the plannable tour lines; the
     * weekly cap enters the network when the first LP solution relies on rosters over it. A solve
     * stores the same certificate as {@link io.solvereign.api.model.Plan#lowerBoundCertificate()}.
     *
     * @param forecast the week
     * @param rules    the rules
     * @return the certificate: the bound ({@link LowerBoundCertificate#drivers()}) with the weights
     *         that prove it
     */
    public static LowerBoundCertificate lowerBound(Forecast forecast, RuleSet rules) {
        return WeekBound.of(forecast, rules);
    }

    private static WeekTours plannable(Forecast forecast, RuleSet rules) {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(rules, "rules");
        return WeekTours.of(forecast, UnplannableTours.excludedIds(UnplannableTours.find(forecast, rules)));
    }
}
