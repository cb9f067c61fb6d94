package io.solvereign.bench;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.LowerBoundCertificate;
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
 * Stage 2 of the solver: the certified lower bound on drivers (column generation over the
 * driver-state network, longest-path pricing, integer certificate), through the engine's public
 * stage entry {@code Solvers.lowerBound(forecast, rules)}. That entry generates the blocks first, so
 * the bound alone is about this figure minus {@link BlockGenerationBenchmark}'s.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LowerBoundBenchmark -f 1 -wi 2 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LowerBoundBenchmark {
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

    /** Blocks plus the bound and its certificate. */
    @Benchmark
    public LowerBoundCertificate bound() {
        return Solvers.lowerBound(forecast, rules);
    }
}
