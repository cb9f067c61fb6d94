package io.solvereign.bench;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.Solvers;
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
 * Stage 1 of the solver alone: every legal block of every day at tour-line level (DOMAIN §5),
 * through the engine's public stage entry {@code Solvers.legalBlockCount(forecast, rules)} (which
 * also sets aside unplannable tours and indexes the week, as the solver does before generating).
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
    @Param({"wien", "synthetic-18-1550"})
    public String week;

    private Forecast forecast;
    private RuleSet rules;

    /** Parses (or generates from its fixed seed) the week once. */
    @Setup
    public void setUp() {
        forecast = BenchWeeks.named(week);
        rules = RuleSet.defaults();
    }

    /** Generates the catalogue and returns its size, so the JIT cannot drop the work. */
    @Benchmark
    public int legalBlocks() {
        return Solvers.legalBlockCount(forecast, rules);
    }
}
