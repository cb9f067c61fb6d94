package io.solvereign.harness;

import io.solvereign.api.SolveListener;
import io.solvereign.api.cost.LexCost;
import java.io.PrintWriter;

/**
 * Prints solver progress on stderr, but only once a solve has run longer than a second, so quick
 * solves stay quiet: phase changes and bound moves always, improvements at most twice a second. Wall-clock time is used for display only; it never reaches the plan.
 */
final class ProgressPrinter implements SolveListener {
    private static final long QUIET_NANOS = 1_000_000_000L;
    /** Improvements arrive in bursts; one line per half second is enough to show movement. */
    private static final long IMPROVEMENT_EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private String phase = "start";
    private String best = "-";
    private int bound;
    private long lastPrinted = Long.MIN_VALUE;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void phaseStarted(String name) {
        phase = name;
        print();
    }

    @Override
    public void betterPlanFound(LexCost cost) {
        best = cost.toString();
        if (System.nanoTime() - lastPrinted >= IMPROVEMENT_EVERY_NANOS) {
            print();
        }
    }

    @Override
    public void boundImproved(int drivers) {
        bound = drivers;
        print();
    }

    private void print() {
        long elapsed = System.nanoTime() - started;
        if (elapsed >= QUIET_NANOS) {
            lastPrinted = System.nanoTime();
            err.printf("[%5.1fs] %-16s best %-18s bound %d%n", elapsed / 1e9, phase, best, bound);
            err.flush();
        }
    }
}
