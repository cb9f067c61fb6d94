package io.solvereign.harness;

import io.solvereign.api.SolveListener;
import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints solver progress on stderr, but only once a solve has run longer than a second, so quick
 * solves stay quiet: phase changes and bound moves always, improvements at most twice a second,
 * each cost level named ({@code drivers 142, part-time 0, splits 12, singles 30}). Wall-clock time is
 * used for display only; it never reaches the plan.
 */
final class ProgressPrinter implements SolveListener {
    private static final long QUIET_NANOS = 1_000_000_000L;
    /** Improvements arrive in bursts; one line per half second is enough to show movement. */
    private static final long IMPROVEMENT_EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final List<ObjectiveLevel> order;
    private final long started = System.nanoTime();
    private String phase = "start";
    private String best = "-";
    private int bound;
    private long lastPrinted = Long.MIN_VALUE;

    ProgressPrinter(PrintWriter err, boolean enabled, RuleSet rules) {
        this.err = err;
        this.enabled = enabled;
        this.order = rules.objectiveOrder();
    }

    @Override
    public void phaseStarted(String name) {
        phase = name;
        print();
    }

    @Override
    public void betterPlanFound(LexCost cost) {
        best = labelled(cost);
        if (System.nanoTime() - lastPrinted >= IMPROVEMENT_EVERY_NANOS) {
            print();
        }
    }

    @Override
    public void boundImproved(int drivers) {
        bound = drivers;
        print();
    }

    /** The cost with each level named: drivers first, then the rule set's objective order. */
    String labelled(LexCost cost) {
        StringBuilder sb = new StringBuilder("drivers ").append(cost.level(0));
        for (int i = 1; i < cost.size() && i - 1 < order.size(); i++) {
            sb.append(", ").append(name(order.get(i - 1))).append(' ').append(cost.level(i));
        }
        return sb.toString();
    }

    private static String name(ObjectiveLevel level) {
        return switch (level) {
            case PART_TIME -> "part-time";
            case SPLITS -> "splits";
            case SINGLES -> "singles";
            default -> level.name().toLowerCase(Locale.ROOT);
        };
    }

    private void print() {
        long elapsed = System.nanoTime() - started;
        if (enabled && elapsed >= QUIET_NANOS) {
            lastPrinted = System.nanoTime();
            err.printf(Locale.ROOT, "[%6.1fs] solve: %-7s best: %s; lower bound %d%n", elapsed / 1e9, phase, best, bound);
            err.flush();
        }
    }
}
