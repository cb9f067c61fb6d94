package io.solvereign.bench;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.block.BlockRules;
import io.solvereign.engine.block.UnplannableTours;
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
 * Stage 1 of the solver: every legal block of every day, at tour-line level (DOMAIN §5).
 *
 * <p>The engine exports only {@code io.solvereign.engine}; {@link BlockCatalog} lives in the
 * non-exported {@code io.solvereign.engine.block}, whose classes are public. The benchmarks run on the
 * class path (the shaded jar drops every {@code module-info}), so they call the very entry the solver
 * calls, {@code BlockCatalog.generate(WeekTours, BlockRules)}, instead of a hook added for them.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar BlockGenerationBenchmark -f 1 -wi 2 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BlockGenerationBenchmark {
    /** Week name for {@link BenchWeeks#named(String)}. */
    @Param({"wien", "synthetic-11-1200"})
    public String week;

    private WeekTours tours;
    private BlockRules rules;

    /** Parses the week and prepares the tours as the solver does (fixed data, no randomness). */
    @Setup
    public void setUp() {
        Forecast forecast = BenchWeeks.named(week);
        RuleSet ruleSet = RuleSet.defaults();
        tours = WeekTours.of(forecast, UnplannableTours.excludedIds(UnplannableTours.find(forecast, ruleSet)));
        rules = new BlockRules(ruleSet);
    }

    /** Generates the catalogue; returned so the JIT cannot drop the work. */
    @Benchmark
    public BlockCatalog generate() {
        return BlockCatalog.generate(tours, rules);
    }
}
