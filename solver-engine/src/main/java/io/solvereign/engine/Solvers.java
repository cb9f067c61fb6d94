package io.solvereign.engine;

import io.solvereign.api.RosterSolver;
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
 * final rule check. When that bound shows part-time is forced and the plan is above it, blocks are
 * selected again, with the block levels swapped and then with splits and singles weighed alike,
 * and the lexicographically best plan is kept. It is single-threaded and deterministic for a given
 * seed and work budget.
 */
public final class Solvers {
    /** Version of the solver; part of {@code solver_config_hash}. */
    public static final String VERSION = SolverVersion.VERSION;

    private Solvers() {
    }

    /** A new solver; instances are stateless and may be reused and shared. */
    public static RosterSolver create() {
        return new DefaultRosterSolver();
    }

    /**
     * The number of legal blocks of the week (stage 1 alone), over the plannable tour lines.
     *
     * @param forecast the week
     * @param rules    the rules
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
