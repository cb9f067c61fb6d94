package io.solvereign.engine.assign;

import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;

/**
 * Lifts part-timers over the FTE threshold by re-matching whole stretches of days between drivers:
 * for a run of days {@code [from, to)} every driver's week is cut into the stretch and the rest
 * (the frame), and the stretches are re-assigned to the frames by one exact min-cost assignment
 * (Hungarian) whose cost is (drivers, part-time drivers, minus the squared minutes of part-timers)
 * of the joined weeks. A pair is allowed only when the joined week is legal under
 * {@link LabourRules}. The current matching is always allowed, so a run never gets worse; it
 * generalises the pairwise day and suffix swaps of {@link PartTimeRepair} to all drivers at once,
 * which is what lets many drivers reach the threshold together where each swap alone gains nothing.
 * Deterministic: runs are tried in a fixed order and the assignment breaks ties by index; work is
 * counted in matrix cells (n^2 per run of days, whether or not the {@link ExchangeCheck} lets the
 * exact assignment run).
 */
final class SegmentRematch {
    /** Passes of the exchange check before the exact assignment decides. */
    private static final int CHECK_PASSES = 40;
    /** Weight of a part-time driver: above any change of the squared-minutes term of a whole plan. */
    private static final long PART_TIME = 1L << 36;
    /** Weight of a working driver: above any change of the part-time count. */
    private static final long DRIVER = 1L << 47;

    private final LabourRules rules;
    private final int fte;
    /** The runs of days that gained nothing, and on which plan. */
    private final SettledMoves settled = new SettledMoves();

    SegmentRematch(LabourRules rules, int fteMinutes) {
        this.rules = rules;
        this.fte = fteMinutes;
    }

    /**
     * Improves the plan in place, pass after pass over all runs of days until a pass gains
     * nothing or the budget is spent.
     *
     * @param plan     rosters[driver][day]
     * @param budget   matrix cells allowed
     * @param progress called with (drivers working, part-time drivers) after each gain
     * @return matrix cells spent
     */
    long improve(TourBlock[][] plan, long budget, RosterAssigner.Progress progress) {
        int n = plan.length;
        if (n < 2 || fte <= 0) {
            return 0;
        }
        int[] active = activeDays(plan);
        long work = 0;
        boolean improved = true;
        while (improved && work < budget) {
            improved = false;
            for (int a = 0; a < active.length && work < budget; a++) {
                for (int b = a + 1; b <= active.length && work < budget; b++) {
                    int from = active[a];
                    int to = b < active.length ? active[b] : WeekTours.DAYS;
                    if (from == active[0] && to == WeekTours.DAYS) {
                        continue;  // the whole week: nothing to join
                    }
                    work += (long) n * n;
                    long key = (long) from * WeekTours.DAYS + to;
                    if (settled.lookUp(plan, key) >= 0) {
                        continue;  // this run of days gained nothing on this very plan before
                    }
                    if (rematch(plan, from, to)) {
                        improved = true;
                        progress.accept(TourBlock.workingDrivers(plan), TourBlock.partTimeDrivers(plan, fte));
                    } else {
                        settled.noGain(key, (long) n * n);
                    }
                }
            }
        }
        return work;
    }

    /** One exact re-assignment of the days {@code [from, to)}; true when the plan got better. */
    private boolean rematch(TourBlock[][] plan, int from, int to) {
        int n = plan.length;
        int[] frameMinutes = new int[n];
        int[] stretchMinutes = new int[n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < WeekTours.DAYS; d++) {
                if (plan[i][d] != null) {
                    if (d >= from && d < to) {
                        stretchMinutes[i] += plan[i][d].minutes;
                    } else {
                        frameMinutes[i] += plan[i][d].minutes;
                    }
                }
            }
        }
        // Per frame the stretches it may take (its own always among them) and the costs, ascending.
        int[][] adj = new int[n][];
        long[][] adjCost = new long[n][];
        int[] buf = new int[n];
        long[] cbuf = new long[n];
        int[] identity = new int[n];
        TourBlock[] joined = new TourBlock[WeekTours.DAYS];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
            int deg = 0;
            for (int j = 0; j < n; j++) {
                for (int d = 0; d < WeekTours.DAYS; d++) {
                    joined[d] = d >= from && d < to ? plan[j][d] : plan[i][d];
                }
                if (i == j || rules.legal(joined)) {
                    buf[deg] = j;
                    cbuf[deg++] = cost(frameMinutes[i] + stretchMinutes[j]);
                }
            }
            adj[i] = java.util.Arrays.copyOf(buf, deg);
            adjCost[i] = java.util.Arrays.copyOf(cbuf, deg);
        }
        int[] col = ExchangeCheck.improve(n, adj, adjCost, identity, CHECK_PASSES, ExchangeCheck.EXACT_ROWS,
                new long[1]);
        if (col == null) {
            return false;  // every frame already keeps its best stretch
        }
        TourBlock[][] stretches = new TourBlock[n][];
        for (int j = 0; j < n; j++) {
            stretches[j] = java.util.Arrays.copyOfRange(plan[j], from, to);
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(stretches[col[i]], 0, plan[i], from, to - from);
        }
        return true;
    }

    /** The cost of one week of {@code minutes}: a driver, a part-timer, and concentrated part-time work. */
    private long cost(int minutes) {
        if (minutes == 0) {
            return 0;
        }
        return minutes >= fte ? DRIVER : DRIVER + PART_TIME - (long) minutes * minutes;
    }

    /** The days on which some driver works, ascending. */
    private static int[] activeDays(TourBlock[][] plan) {
        int[] out = new int[WeekTours.DAYS];
        int k = 0;
        for (int d = 0; d < WeekTours.DAYS; d++) {
            for (TourBlock[] r : plan) {
                if (r[d] != null) {
                    out[k++] = d;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }
}
