package io.solvereign.golden;

import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.fixtures.ShortWeek;
import io.solvereign.fixtures.ShortWeekShape;

/**
 * Child-JVM entry of {@link DeterminismIT} and {@link SecondJdkIT}: solves the built-in example (no
 * argument), the Wien golden week (argument {@code wien}) or the short week holiday-do-270, seed 1, whose
 * selections run side by side (argument {@code short}) with the golden settings and prints
 * {@code processors=<n>}, {@code output_hash=<hash>} and {@code java.version=<version>} on stdout, one per line.
 */
public final class HashMain {
    private HashMain() {
    }

    /** Solves and prints; optional argument {@code wien} or {@code short}. */
    public static void main(String[] args) {
        String week = args.length > 0 ? args[0] : "";
        SolveResult r = GoldenSolves.solve(switch (week) {
            case "wien" -> GoldenSolves.wienForecast();
            case "short" -> shortWeek();
            default -> GoldenSolves.builtinForecast();
        });
        System.out.println("processors=" + Runtime.getRuntime().availableProcessors());
        System.out.println("output_hash=" + r.plan().outputHash());
        System.out.println("java.version=" + System.getProperty("java.version"));
    }

    /** The short week of {@link DeterminismIT}: part-time forced, so its three selections run side by side. */
    static Forecast shortWeek() {
        return ShortWeek.generate(ShortWeekShape.HOLIDAY_DO_270, 1).forecast();
    }
}
