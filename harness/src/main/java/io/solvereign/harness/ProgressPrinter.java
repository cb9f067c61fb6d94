package io.solvereign.harness;

import io.solvereign.api.SolveListener;
import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints solver progress on stderr, but only once a solve has run longer than a second, so quick
 * solves stay quiet: phase changes and bound moves always, improvements at most twice a second,
 * each cost level named in the rule set's order ({@code drivers 142 pt 0 splits 11 singles 356});
 * part-time reads {@code -} until the phases that search it (drivers are not assigned before).
 * Wall-clock time is used for display only; it never reaches the plan.
 */
final class ProgressPrinter implements SolveListener {
    private static final long QUIET_NANOS = 1_000_000_000L;
    /** Improvements arrive in bursts; one line per half second is enough to show movement. */
    private static final long IMPROVEMENT_EVERY_NANOS = 500_000_000L;
    /** Phases before the assignment, where part-time is not known yet. */
    private static final Set<String> BEFORE_ASSIGNMENT = Set.of("start", "blocks", "bound", "select");

    private final PrintWriter err;
    private final boolean enabled;
    private final List<ObjectiveLevel> levels = new ArrayList<>();
    private final long started = System.nanoTime();
    private String phase = "start";
    private String best = "-";
    private int bound;
    private long lastPrinted = Long.MIN_VALUE;

    ProgressPrinter(PrintWriter err, boolean enabled, RuleSet rules) {
        this.err = err;
        this.enabled = enabled;
        levels.add(ObjectiveLevel.DRIVERS);
        levels.addAll(rules.objectiveOrder());
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

    /** Short lower-case names of levels ({@code drivers, pt, splits}); {@code none} for an empty list. */
    static String names(List<ObjectiveLevel> ls) {
        List<String> out = new ArrayList<>();
        ls.forEach(l -> out.add(label(l)));
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static String label(ObjectiveLevel l) {
        return l == ObjectiveLevel.PART_TIME ? "pt" : l.name().toLowerCase(Locale.ROOT);
    }

    /** The cost with each level named, e.g. {@code drivers 142 pt 0 splits 11 singles 356}. */
    String labelled(LexCost cost) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cost.size(); i++) {
            ObjectiveLevel l = i < levels.size() ? levels.get(i) : null;
            b.append(i == 0 ? "" : " ").append(l == null ? "level" + i : label(l)).append(' ');
            b.append(l == ObjectiveLevel.PART_TIME && BEFORE_ASSIGNMENT.contains(phase) ? "-" : cost.level(i));
        }
        return b.toString();
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
