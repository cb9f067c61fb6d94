package io.solvereign.engine.assign;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.Arrays;
import java.util.Objects;

/**
 * Lifts part-timers over the FTE threshold by moving one tour at a time between the blocks two
 * drivers work on the same day (an ejection of one tour: the donor's block shrinks, the
 * receiver's grows or a day off becomes a 1er), re-classifying both blocks. Unlike the swaps of
 * {@link PartTimeRepair} this changes the blocks, so it reaches part-time figures the selected
 * blocks cannot. A move is taken when (drivers, part-time drivers, minus the sum of squared
 * minutes of part-timers, then the block levels in the rule set's order) drops
 * lexicographically; each round takes, for every part-timer in index order, the best move that
 * gives it a tour. Split-line tours never move. Deterministic: drivers, days and tours are
 * scanned in index order; work is counted in move evaluations.
 */
public final class TourTransfer {
    private final WeekTours w;
    private final LabourRules rules;
    private final int fte;
    private final BlockType levelA;
    private final BlockType levelB;
    private final int[] s = new int[4];
    private final int[] e = new int[4];
    private final int[] tours = new int[4];

    /**
     * A transfer search over the week's tours.
     *
     * @param levelA the block type of the first level after part-time (rule set's order), or null
     * @param levelB the block type of the second, or null
     */
    public TourTransfer(WeekTours week, RuleSet ruleSet, BlockType levelA, BlockType levelB) {
        this.w = Objects.requireNonNull(week, "week");
        this.rules = LabourRules.of(ruleSet);
        this.fte = ruleSet.fteMinMinutes();
        this.levelA = levelA;
        this.levelB = levelB;
    }

    /**
     * Improves the rosters in place.
     *
     * @param plan     rosters[driver][day]
     * @param budget   move evaluations allowed
     * @param progress called with (drivers working, part-time drivers) after each gain in either
     * @return move evaluations spent
     */
    public long improve(TourBlock[][] plan, long budget, RosterAssigner.Progress progress) {
        int n = plan.length;
        int[] worked = new int[n];
        for (int i = 0; i < n; i++) {
            worked[i] = TourBlock.weekMinutes(plan[i]);
        }
        TourBlock[] candB = new TourBlock[WeekTours.DAYS];
        TourBlock[] candA = new TourBlock[WeekTours.DAYS];
        long work = 0;
        boolean improved = true;
        while (improved && work < budget) {
            improved = false;
            for (int b = 0; b < n && work < budget; b++) {
                if (worked[b] == 0 || worked[b] >= fte) {
                    continue;
                }
                long[] best = new long[5];
                TourBlock bestA = null;
                TourBlock bestB = null;
                int bestDonor = -1;
                int bestDay = -1;
                for (int d = 0; d < WeekTours.DAYS; d++) {
                    TourBlock mine = plan[b][d];
                    if (mine != null && (mine.size() >= 3 || hasSplitLine(mine))) {
                        continue;
                    }
                    for (int a = 0; a < n; a++) {
                        TourBlock theirs = plan[a][d];
                        if (a == b || theirs == null || hasSplitLine(theirs)) {
                            continue;
                        }
                        for (int k = 0; k < theirs.size(); k++) {
                            work++;
                            int t = theirs.tour(k);
                            TourBlock grown = with(mine, t, d);
                            if (grown == null) {
                                continue;
                            }
                            TourBlock shrunk = without(theirs, k, d);
                            if (shrunk == null && theirs.size() > 1) {
                                continue;
                            }
                            // The cheap objective change first: only a move that beats the best is rule-checked.
                            long[] delta = delta(worked[a], worked[b], w.minutesOf(t), theirs, shrunk, mine, grown);
                            if (Arrays.compare(delta, best) >= 0) {
                                continue;
                            }
                            System.arraycopy(plan[b], 0, candB, 0, WeekTours.DAYS);
                            candB[d] = grown;
                            System.arraycopy(plan[a], 0, candA, 0, WeekTours.DAYS);
                            candA[d] = shrunk;
                            if (rules.legal(candB) && rules.legal(candA)) {
                                best = delta;
                                bestA = shrunk;
                                bestB = grown;
                                bestDonor = a;
                                bestDay = d;
                            }
                        }
                    }
                }
                if (bestDonor >= 0) {
                    int m = bestB.minutes - (plan[b][bestDay] == null ? 0 : plan[b][bestDay].minutes);
                    plan[b][bestDay] = bestB;
                    plan[bestDonor][bestDay] = bestA;
                    worked[b] += m;
                    worked[bestDonor] -= m;
                    improved = true;
                    if (best[0] != 0 || best[1] != 0) {
                        progress.accept(working(worked), partTime(worked));
                    }
                }
            }
        }
        return work;
    }

    /** The week whose tours this search moves. */
    WeekTours week() {
        return w;
    }

    /** Lexicographic change of (drivers, part-time, -sum of squared part-time minutes, levelA, levelB). */
    private long[] delta(int ma, int mb, int x, TourBlock aBefore, TourBlock aAfter, TourBlock bBefore,
                         TourBlock bAfter) {
        long[] d = new long[5];
        addScore(d, ma - x, +1);
        addScore(d, mb + x, +1);
        addScore(d, ma, -1);
        addScore(d, mb, -1);
        addType(d, aAfter, +1);
        addType(d, bAfter, +1);
        addType(d, aBefore, -1);
        addType(d, bBefore, -1);
        return d;
    }

    private void addScore(long[] d, int minutes, int sign) {
        if (minutes > 0) {
            d[0] += sign;
            if (minutes < fte) {
                d[1] += sign;
                d[2] -= sign * (long) minutes * minutes;
            }
        }
    }

    private void addType(long[] d, TourBlock b, int sign) {
        if (b != null) {
            d[3] += b.type == levelA ? sign : 0;
            d[4] += b.type == levelB ? sign : 0;
        }
    }

    private int partTime(int[] worked) {
        int c = 0;
        for (int m : worked) {
            c += m > 0 && m < fte ? 1 : 0;
        }
        return c;
    }

    private static int working(int[] worked) {
        int c = 0;
        for (int m : worked) {
            c += m > 0 ? 1 : 0;
        }
        return c;
    }

    private boolean hasSplitLine(TourBlock b) {
        for (int k = 0; k < b.size(); k++) {
            if (w.partner[b.tour(k)] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The block {@code b} (null: a day off) with tour {@code t} added, or null when that is no legal block. */
    private TourBlock with(TourBlock b, int t, int d) {
        int size = b == null ? 0 : b.size();
        int n = 0;
        int k = 0;
        // t goes before the first tour that starts after it.
        while (k < size && w.start[b.tour(k)] <= w.start[t]) {
            tours[n++] = b.tour(k++);
        }
        tours[n++] = t;
        while (k < size) {
            tours[n++] = b.tour(k++);
        }
        return block(n, d);
    }

    /** The block {@code b} without its k-th tour; null when nothing is left or the rest is no legal block. */
    private TourBlock without(TourBlock b, int k, int d) {
        int n = 0;
        for (int j = 0; j < b.size(); j++) {
            if (j != k) {
                tours[n++] = b.tour(j);
            }
        }
        return n == 0 ? null : block(n, d);
    }

    private TourBlock block(int n, int d) {
        if (n > 3) {
            return null;
        }
        int minutes = 0;
        for (int k = 0; k < n; k++) {
            s[k] = w.start[tours[k]];
            e[k] = w.end[tours[k]];
            minutes += e[k] - s[k];
        }
        BlockType type = rules.classify(s, e, n);
        return type == null ? null : new TourBlock(d, type, Arrays.copyOf(tours, n), s[0], e[n - 1], minutes);
    }
}
