package io.solvereign.golden;

import io.solvereign.api.SolveResult;

/**
 * Child-JVM entry of {@link DeterminismIT} and {@link SecondJdkIT}: solves the built-in example (no
 * argument) or the Wien golden week (argument {@code wien}) with the golden settings and prints
 * {@code processors=<n>}, {@code output_hash=<hash>} and {@code java.version=<version>} on stdout, one per line.
 */
public final class HashMain {
    private HashMain() {
    }

    /** Solves and prints; optional argument {@code wien}. */
    public static void main(String[] args) {
        boolean wien = args.length > 0 && args[0].equals("wien");
        SolveResult r = GoldenSolves.solve(wien ? GoldenSolves.wienForecast() : GoldenSolves.builtinForecast());
        System.out.println("processors=" + Runtime.getRuntime().availableProcessors());
        System.out.println("output_hash=" + r.plan().outputHash());
        System.out.println("java.version=" + System.getProperty("java.version"));
    }
}
