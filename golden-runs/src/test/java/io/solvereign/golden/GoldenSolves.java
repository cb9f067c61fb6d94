package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.io.ExampleForecasts;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.Forecast;
import io.solvereign.bench.GoldenFolder;
import io.solvereign.engine.Solvers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The golden inputs and their solves, each solved once per JVM and shared by the IT classes (Failsafe
 * runs them all in one JVM). Every golden case is solved the way {@code harness golden} solves it:
 * seed {@value #SEED}, the default rule set and work budget.
 */
final class GoldenSolves {
    /** Seed of every golden case (the same as {@code harness solve} and {@code harness golden}). */
    static final long SEED = 1;
    static final String WIEN_FILE = "wien-standard-week.csv";

    private static SolveResult builtin;
    private static SolveResult wien;

    private GoldenSolves() {
    }

    /** The text of the built-in example as shipped in solver-api. */
    static String builtinText() {
        return new String(ExampleForecasts.viennaWeekBytes(), StandardCharsets.UTF_8);
    }

    static Forecast builtinForecast() {
        return parse(builtinText());
    }

    static Forecast parse(String text) {
        return ForecastParser.parse(text, InputFormat.AUTO).requireSolvable();
    }

    /** The built-in example's solve, computed once. */
    static synchronized SolveResult builtin() {
        if (builtin == null) {
            builtin = solve(builtinForecast());
        }
        return builtin;
    }

    /**
     * The Wien week's file. Aborts (skips) the calling test only when no {@code shared/golden} folder is
     * reachable; fails when the folder is there but the file is not.
     */
    static Path wienFile() {
        Optional<Path> dir = GoldenFolder.find();
        Assumptions.assumeTrue(dir.isPresent(), "no shared/golden folder above the working directory");
        Path file = dir.get().resolve(WIEN_FILE);
        assertTrue(Files.isRegularFile(file), "golden folder " + dir.get() + " is present but has no " + WIEN_FILE);
        return file;
    }

    static Forecast wienForecast() {
        return ForecastParser.read(wienFile(), InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE)
                .requireSolvable();
    }

    /** The Wien week's solve, computed once; skips like {@link #wienFile()}. */
    static synchronized SolveResult wien() {
        if (wien == null) {
            wien = solve(wienForecast());
        }
        return wien;
    }

    /** A fresh solve with the golden settings. */
    static SolveResult solve(Forecast forecast) {
        return Solvers.create().solve(SolveRequest.newBuilder(forecast).seed(SEED).build());
    }
}
