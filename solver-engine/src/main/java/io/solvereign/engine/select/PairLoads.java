package io.solvereign.engine.select;

import io.solvereign.engine.internal.SortedInts;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.Arrays;

/**
 * Hall loads of every pair of consecutive days (d, d+1), with the fatigue rule. A driver's state
 * after day d is its block's (end + rest, is 3er), or (-inf, no) on a day off; it can take a block
 * of d+1 that starts at or after end + rest, unless both are 3er. For thresholds
 * {@code x1 <= x2} the worst set of day d+1 blocks is every non-3er starting by x1 and every 3er
 * starting by x2; its neighbours miss the drivers that rest past x1 after a 3er or past x2 after
 * anything else. So N drivers can work the pair iff for all {@code x1 <= x2}
 * {@code A(x1) + B(x2) <= N} with {@code A(x) = #non-3er of d+1 starting by x + #3er of d resting past x}
 * and {@code B(x) = #3er of d+1 starting by x + #non-3er of d resting past x}; on the diagonal this
 * is the plain rest condition. Cells: 0 is {@code x = -inf}, k in 1..K the k-th distinct start of
 * d+1, K+1 is {@code +inf}. The excess is the sum over x2 of
 * {@code max(0, max_{x1 <= x2} A(x1) + B(x2) - N)}: 0 exactly when N drivers can work every pair,
 * and without 3ers (or without the fatigue rule) the plain sum of rest overloads. Rest and fatigue
 * come from {@link LabourRules}; the weekly rules (cap, working days) are not modelled, so a zero
 * excess is necessary, not sufficient, and the assignment adds drivers when it must.
 */
final class PairLoads {
    private static final int PAIRS = WeekTours.DAYS - 1;

    /**
     * A and B per pair as difference arrays (cell k holds A(k) - A(k-1)): a block changes a prefix or
     * suffix of cells, so an update is O(1) and the scans of {@link #pairExcess} sum as they go.
     */
    private final int[][] a = new int[PAIRS][];
    private final int[][] b = new int[PAIRS][];
    /** Per instance: first cell its block start counts in (pair day-1), or -1 on Monday. */
    final int[] startCell;
    /** Per instance: last cell its block end counts in (pair day), or -1 on Sunday. */
    final int[] endCell;
    private final boolean fatigue;
    private final long[] pairExcess = new long[PAIRS];
    private final long[] saved = new long[PAIRS];
    private final boolean[] dirty = new boolean[PAIRS];
    private final boolean[] touched = new boolean[PAIRS];
    private int drivers;
    private long excess;

    PairLoads(WeekTours w, LabourRules rules, int drivers) {
        this.fatigue = rules.forbidsConsecutiveTriples();
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
            a[p] = new int[thresholds[p].length + 2];
            b[p] = new int[thresholds[p].length + 2];
        }
        startCell = new int[w.size()];
        endCell = new int[w.size()];
        for (int i = 0; i < w.size(); i++) {
            int d = w.day[i];
            startCell[i] = d >= 1 ? 1 + Arrays.binarySearch(thresholds[d - 1], w.start[i]) : -1;
            endCell[i] = d < PAIRS ? SortedInts.lowerBound(thresholds[d], rules.restEnd(w.end[i])) : -1;
        }
        this.drivers = drivers;
    }

    /**
     * Adds (sign +1) or removes (-1) a block of day d starting at instance head and ending at
     * instance tail; {@code triple} when it is a 3er.
     */
    void update(int d, int head, int tail, boolean triple, int sign) {
        boolean t = triple && fatigue;
        if (d >= 1) {
            int p = d - 1;
            int[] l = t ? b[p] : a[p];
            add(l, startCell[head], l.length - 1, sign);
            touch(p);
        }
        if (d < PAIRS) {
            add(t ? a[d] : b[d], 0, endCell[tail], sign);
            touch(d);
        }
    }

    /** Adds {@code sign} to cells {@code from..to} of a difference array. */
    private static void add(int[] l, int from, int to, int sign) {
        if (from <= to) {
            l[from] += sign;
            if (to + 1 < l.length) {
                l[to + 1] -= sign;
            }
        }
    }

    private void touch(int p) {
        if (!touched[p]) {
            touched[p] = true;
            saved[p] = pairExcess[p];
        }
        dirty[p] = true;
    }

    /** Forgets the values before the updates since the last commit or rollback: they stay. */
    void commit() {
        Arrays.fill(touched, false);
    }

    /**
     * Restores the excess of before the updates since the last commit; the caller has already
     * undone those updates.
     */
    void rollback() {
        for (int p = 0; p < PAIRS; p++) {
            if (touched[p]) {
                pairExcess[p] = saved[p];
                touched[p] = false;
                dirty[p] = false;
            }
        }
        excess = sum();
    }

    private long sum() {
        long e = 0;
        for (long v : pairExcess) {
            e += v;
        }
        return e;
    }

    private long pairExcess(int p) {
        int[] la = a[p];
        int[] lb = b[p];
        int n = drivers;
        long e = 0;
        int best = Integer.MIN_VALUE;
        int va = 0;
        int vb = 0;
        for (int k = 0; k < la.length; k++) {
            va += la[k];
            vb += lb[k];
            best = Math.max(best, va);
            int v = best + vb - n;
            if (v > 0) {
                e += v;
            }
        }
        return e;
    }

    /** Removes every block. */
    void clear() {
        for (int p = 0; p < PAIRS; p++) {
            Arrays.fill(a[p], 0);
            Arrays.fill(b[p], 0);
        }
        Arrays.fill(pairExcess, 0);
        Arrays.fill(dirty, false);
        Arrays.fill(touched, false);
        excess = 0;
    }

    /** Current excess over the driver count. */
    long excess() {
        boolean changed = false;
        for (int p = 0; p < PAIRS; p++) {
            if (dirty[p]) {
                pairExcess[p] = pairExcess(p);
                dirty[p] = false;
                changed = true;
            }
        }
        if (changed) {
            excess = sum();
        }
        return excess;
    }

    /** Driver count the excess is measured against. */
    int drivers() {
        return drivers;
    }

    /** Changes the driver count and recomputes the excess. */
    void setDrivers(int n) {
        drivers = n;
        for (int p = 0; p < PAIRS; p++) {
            pairExcess[p] = pairExcess(p);
            dirty[p] = false;
            touched[p] = false;
        }
        excess = sum();
    }

    /** The smallest driver count with zero excess for the current blocks. */
    int minimalDrivers() {
        int m = 0;
        for (int p = 0; p < PAIRS; p++) {
            int best = Integer.MIN_VALUE;
            int va = 0;
            int vb = 0;
            for (int k = 0; k < a[p].length; k++) {
                va += a[p][k];
                vb += b[p][k];
                best = Math.max(best, va);
                m = Math.max(m, best + vb);
            }
        }
        return m;
    }
}
