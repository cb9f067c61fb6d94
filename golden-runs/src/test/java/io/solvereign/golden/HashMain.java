package io.solvereign.golden;

import io.solvereign.api.SolveResult;

/**
 * Child-JVM entry of {@link DeterminismIT}: solves the built-in example with the golden settings and
 * prints {@code processors=<n>} and {@code output_hash=<hash>} on stdout, one per line.
 */
public final class HashMain {
    private HashMain() {
    }

    /** Solves and prints; no arguments. */
    public static void main(String[] args) {
        SolveResult r = GoldenSolves.solve(GoldenSolves.builtinForecast());
        System.out.println("processors=" + Runtime.getRuntime().availableProcessors());
        System.out.println("output_hash=" + r.plan().outputHash());
    }
}
