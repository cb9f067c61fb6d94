package io.solvereign.engine.assign;

import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;

/**
 * Removes part-timers by exchanges between two drivers: swap their blocks of one day, or swap
 * their whole rosters from one day on (suffix swap). A move is taken only when both rosters stay
 * legal and (drivers used, part-time drivers, minus the sum of squared minutes of part-timers)
 * drops lexicographically (the last term concentrates part-time work until a driver reaches
 * FTE); each
 * round takes the best such move for the first part-timer that has one. Deterministic: drivers,
 * days and partners are scanned in index order.
 */
final class PartTimeRepair {
    private final LabourRules rules;
    private final int fte;
    private final TourBlock[] tmpP = new TourBlock[WeekTours.DAYS];
    private final TourBlock[] tmpQ = new TourBlock[WeekTours.DAYS];
    /** The objective delta of the move {@link #improves} looked at last. */
    private final long[] delta = new long[3];

    PartTimeRepair(LabourRules rules, int fteMinutes) {
        this.rules = rules;
        this.fte = fteMinutes;
    }

    /**
     * Improves the plan in place.
     *
     * @param plan   rosters[driver][day]
     * @param budget   move evaluations allowed
     * @param progress called with (drivers working, part-time drivers) first and after each gain
     * @return move evaluations spent
     */
    long repair(TourBlock[][] plan, long budget, RosterAssigner.Progress progress) {
        int n = plan.length;
        int[] worked = new int[n];
        for (int i = 0; i < n; i++) {
            worked[i] = TourBlock.weekMinutes(plan[i]);
        }
        long[] shown = counts(worked);
        progress.accept((int) shown[0], (int) shown[1]);
        long work = 0;
        boolean improved = true;
        while (improved && work < budget) {
            improved = false;
            for (int p = 0; p < n && work < budget; p++) {
                if (worked[p] == 0 || worked[p] >= fte) {
                    continue;
                }
                long[] bestDelta = {0, 0, 0};
                int bestQ = -1;
                int bestDay = -1;
                boolean bestSuffix = false;
                for (int suffix = 0; suffix < 2; suffix++) {
                    for (int d = 0; d < WeekTours.DAYS; d++) {
                        for (int q = 0; q < n; q++) {
                            if (q == p) {
                                continue;
                            }
                            work++;
                            if (improves(plan[p], plan[q], d, suffix == 1, bestDelta)) {
                                bestDelta = delta.clone();
                                bestQ = q;
                                bestDay = d;
                                bestSuffix = suffix == 1;
                            }
                        }
                    }
                }
                if (bestQ >= 0) {
                    apply(plan[p], plan[bestQ], bestDay, bestSuffix);
                    worked[p] = TourBlock.weekMinutes(plan[p]);
                    worked[bestQ] = TourBlock.weekMinutes(plan[bestQ]);
                    improved = true;
                    long[] now = counts(worked);
                    if (now[0] != shown[0] || now[1] != shown[1]) {
                        shown = now;
                        progress.accept((int) now[0], (int) now[1]);
                    }
                }
            }
        }
        return work;
    }

    /**
     * True when the move changes the rosters, its objective delta (left in {@link #delta}) is below
     * {@code best} and both rosters stay legal; the cheap delta is looked at before the rule checks.
     */
    private boolean improves(TourBlock[] p, TourBlock[] q, int d, boolean suffix, long[] best) {
        int to = suffix ? WeekTours.DAYS : d + 1;
        boolean differs = false;
        int afterP = 0;
        int afterQ = 0;
        int minutesP = 0;
        int minutesQ = 0;
        for (int k = 0; k < WeekTours.DAYS; k++) {
            boolean swap = k >= d && k < to;
            tmpP[k] = swap ? q[k] : p[k];
            tmpQ[k] = swap ? p[k] : q[k];
            differs |= swap && p[k] != q[k];
            minutesP += p[k] == null ? 0 : p[k].minutes;
            minutesQ += q[k] == null ? 0 : q[k].minutes;
            afterP += tmpP[k] == null ? 0 : tmpP[k].minutes;
            afterQ += tmpQ[k] == null ? 0 : tmpQ[k].minutes;
        }
        if (!differs) {
            return false;
        }
        for (int c = 0; c < 3; c++) {
            delta[c] = score(afterP, c) + score(afterQ, c) - score(minutesP, c) - score(minutesQ, c);
        }
        return java.util.Arrays.compare(delta, best) < 0 && rules.legal(tmpP) && rules.legal(tmpQ);
    }

    private static void apply(TourBlock[] p, TourBlock[] q, int d, boolean suffix) {
        int to = suffix ? WeekTours.DAYS : d + 1;
        for (int k = d; k < to; k++) {
            TourBlock t = p[k];
            p[k] = q[k];
            q[k] = t;
        }
    }

    /**
     * Component c of a driver's score by his minutes: (1 when he works, 1 when part-time, minus his
     * squared minutes when part-time); among part-timers, more work on fewer drivers is better (it
     * brings the next one to FTE).
     */
    private long score(int minutes, int c) {
        if (minutes == 0) {
            return 0;
        }
        return c == 0 ? 1 : minutes >= fte ? 0 : c == 1 ? 1 : -(long) minutes * minutes;
    }

    /** (drivers working, part-time drivers) of the minutes worked per driver. */
    private long[] counts(int[] worked) {
        long[] c = new long[2];
        for (int m : worked) {
            c[0] += score(m, 0);
            c[1] += score(m, 1);
        }
        return c;
    }
}
