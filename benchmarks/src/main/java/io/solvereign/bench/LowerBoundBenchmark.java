package io.solvereign.bench;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.block.BlockRules;
import io.solvereign.engine.block.UnplannableTours;
import io.solvereign.engine.bound.LowerBound;
import io.solvereign.engine.bound.RosterNetwork;
import io.solvereign.engine.internal.WeekTours;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Stage 2 of the solver: the certified lower bound on drivers (column generation over the
 * driver-state network, longest-path pricing, integer certificate). Like
 * {@link BlockGenerationBenchmark} it calls the public classes of the engine's non-exported
 * {@code bound} package from the class path, with the solver's own pivot budget (60 per tour line).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LowerBoundBenchmark -f 1 -wi 2 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LowerBoundBenchmark {
    /** The solver's pivot budget per tour line (see {@code DefaultRosterSolver}). */
    static final long PIVOTS_PER_LINE = 60;

    /** Week name for {@link BenchWeeks#named(String)}. */
    @Param({"wien", "synthetic-11-1200"})
    public String week;

    private WeekTours tours;
    private BlockCatalog catalog;
    private RuleSet rules;
    private RosterNetwork network;

    /** Builds tours, blocks and the network once; fixed data, no randomness. */
    @Setup
    public void setUp() {
        Forecast forecast = BenchWeeks.named(week);
        rules = RuleSet.defaults();
        tours = WeekTours.of(forecast, UnplannableTours.excludedIds(UnplannableTours.find(forecast, rules)));
        catalog = BlockCatalog.generate(tours, new BlockRules(rules));
        network = new RosterNetwork(tours, catalog, rules);
    }

    /** The bound on a prepared network. */
    @Benchmark
    public LowerBound.Result bound() {
        return LowerBound.compute(tours, network, PIVOTS_PER_LINE * tours.lineCount(), () -> false, d -> { });
    }

    /** Network construction plus the bound, as the solver runs it after block generation. */
    @Benchmark
    public LowerBound.Result networkAndBound() {
        RosterNetwork fresh = new RosterNetwork(tours, catalog, rules);
        return LowerBound.compute(tours, fresh, PIVOTS_PER_LINE * tours.lineCount(), () -> false, d -> { });
    }
}
