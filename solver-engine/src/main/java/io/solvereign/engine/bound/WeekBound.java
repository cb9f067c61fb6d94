package io.solvereign.engine.bound;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.block.BlockRules;
import io.solvereign.engine.block.UnplannableTours;
import io.solvereign.engine.internal.WeekTours;
import java.util.Objects;

/**
 * The certified lower bound on drivers of a week on its own, outside a solve: for
 * {@code Solvers.lowerBound} and for repair, which re-certifies when the week or the rules changed.
 * It lives here, not in {@code Solvers}, so that the repair package needs nothing from the engine's
 * entry package.
 */
public final class WeekBound {
    /** Simplex pivots the bound may spend per tour line (the solver's stage 2 uses the same budget). */
    public static final long PIVOTS_PER_LINE = 60;

    private WeekBound() {
    }

    /**
     * The bound over the plannable tour lines; the weekly cap enters the network when the first LP
     * solution relies on rosters over it.
     */
    public static LowerBoundCertificate of(Forecast forecast, RuleSet rules) {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(rules, "rules");
        WeekTours week = WeekTours.of(forecast, UnplannableTours.excludedIds(UnplannableTours.find(forecast, rules)));
        BlockCatalog catalog = BlockCatalog.generate(week, new BlockRules(rules));
        long budget = PIVOTS_PER_LINE * Math.max(1, week.lineCount());
        LowerBound.Result r = LowerBound.compute(week, catalog, rules, budget, () -> false, b -> { });
        if (r.capMayHelp()) {
            r = LowerBound.withCap(week, catalog, rules, r, budget, () -> false, b -> { });
        }
        return r.certificate();
    }
}
