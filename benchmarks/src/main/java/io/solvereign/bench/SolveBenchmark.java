package io.solvereign.bench;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Forecast;
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
 * The full in-process solve through the public API ({@code Solvers.create().solve(...)}), seed 1 and
 * the default work budget, as {@code harness solve} runs it. {@code wien} is the depot's week from
 * {@code ../shared/golden/} when reachable from the working directory, else the built-in example.
 * A solve takes seconds, so each measurement is one call ({@link Mode#SingleShotTime}); quote the
 * median of the iterations.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SolveBenchmark -f 1 -wi 2 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SolveBenchmark {
    /** Week name for {@link BenchWeeks#named(String)}. */
    @Param({"wien"})
    public String week;

    /** Search seed; the same as {@code harness solve}'s default. */
    @Param({"1"})
    public long seed;

    private SolveRequest request;

    /** Parses the week once. */
    @Setup
    public void setUp() {
        Forecast forecast = BenchWeeks.named(week);
        request = SolveRequest.newBuilder(forecast).seed(seed).build();
    }

    /** One solve. */
    @Benchmark
    public SolveResult solve() {
        return Solvers.create().solve(request);
    }
}
