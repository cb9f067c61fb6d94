package io.solvereign.engine.select;

import io.solvereign.engine.internal.SortedInts;
import io.solvereign.engine.internal.WeekTours;
import java.util.Arrays;

/**
 * Hall loads of every pair of consecutive days. For pair p = (p, p+1), cell 0 counts the blocks of
 * day p ({@code x = -inf}), cell k in 1..K counts blocks of day p+1 starting at or before the k-th
 * distinct start time of day p+1 plus blocks of day p whose end + rest lies after it, and cell K+1
 * counts the blocks of day p+1 ({@code x = +inf}). The excess is the sum over cells of
 * {@code max(0, load - N)}; it is 0 exactly when N drivers can work every pair.
 */
final class PairLoads {
    private static final int PAIRS = WeekTours.DAYS - 1;

    private final int[][] load = new int[PAIRS][];
    /** Per instance: first cell its block start counts in (pair day-1), or -1 on Monday. */
    final int[] startCell;
    /** Per instance: last cell its block end counts in (pair day), or -1 on Sunday. */
    final int[] endCell;
    private int drivers;
    private long excess;

    PairLoads(WeekTours w, int rest, int drivers) {
        int[][] thresholds = new int[PAIRS][];
        for (int p = 0; p < PAIRS; p++) {
            int q = p + 1;
            int[] starts = new int[w.size()];
            int n = 0;
            for (int i = 0; i < w.size(); i++) {
                if (w.day[i] == q) {
                    starts[n++] = w.start[i];
                }
            }
            thresholds[p] = Arrays.stream(starts, 0, n).sorted().distinct().toArray();
            load[p] = new int[thresholds[p].length + 2];
        }
        startCell = new int[w.size()];
        endCell = new int[w.size()];
        for (int i = 0; i < w.size(); i++) {
            int d = w.day[i];
            startCell[i] = d >= 1 ? 1 + Arrays.binarySearch(thresholds[d - 1], w.start[i]) : -1;
            endCell[i] = d < PAIRS ? SortedInts.lowerBound(thresholds[d], w.end[i] + rest) : -1;
        }
        this.drivers = drivers;
    }


    /** Adds (sign +1) or removes (-1) a block of day d starting at instance head and ending at instance tail. */
    void update(int d, int head, int tail, int sign) {
        if (d >= 1) {
            int[] l = load[d - 1];
            excess += range(l, startCell[head], l.length - 1, sign);
        }
        if (d < PAIRS) {
            excess += range(load[d], 0, endCell[tail], sign);
        }
    }

    private long range(int[] l, int from, int to, int sign) {
        long delta = 0;
        int n = drivers;
        if (sign > 0) {
            for (int k = from; k <= to; k++) {
                if (l[k]++ >= n) {
                    delta++;
                }
            }
        } else {
            for (int k = from; k <= to; k++) {
                if (l[k]-- > n) {
                    delta--;
                }
            }
        }
        return delta;
    }

    /** Removes every block. */
    void clear() {
        for (int[] l : load) {
            java.util.Arrays.fill(l, 0);
        }
        excess = 0;
    }

    /** Current excess over the driver count. */
    long excess() {
        return excess;
    }

    /** Driver count the excess is measured against. */
    int drivers() {
        return drivers;
    }

    /** Changes the driver count and recomputes the excess. */
    void setDrivers(int n) {
        drivers = n;
        long e = 0;
        for (int[] l : load) {
            for (int v : l) {
                e += Math.max(0, v - n);
            }
        }
        excess = e;
    }

    /** The smallest driver count with zero excess for the current blocks. */
    int minimalDrivers() {
        int m = 0;
        for (int[] l : load) {
            for (int v : l) {
                m = Math.max(m, v);
            }
        }
        return m;
    }
}
