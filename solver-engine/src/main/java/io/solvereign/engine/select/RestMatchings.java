package io.solvereign.engine.select;

import io.solvereign.engine.internal.SortedInts;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.Arrays;

/**
 * For every pair of consecutive calendar days with tours, and every pair of size classes
 * ({@link #CLASSES}: 2, 3, 2-3 or any tours), the largest number of drivers that can work a block of
 * the first class on the first day and one of the second class on the next day under the rest rule:
 * a maximum matching where a block of day d fits one of d+1 starting at or after its end + rest.
 * Those neighbourhoods are nested, so the matching equals the smallest cover
 * {@code min over t of #{left resting by t} + #{right starting after t}} (and {@code #right} for
 * {@code t = -inf}); it is kept in cell arrays like {@link PairLoads}. The fatigue rule is left out
 * (full-time patterns never put 3er next to 3er). Rest comes from {@link LabourRules}.
 */
final class RestMatchings {
    /** Size classes as bit masks over tour counts (bit s - 1 for s tours): {2}, {3}, {2,3}, {1,2,3}. */
    static final int[] CLASSES = {0b010, 0b100, 0b110, 0b111};
    /** Class pairs (left class, right class) per day pair. */
    static final int COMBOS = CLASSES.length * CLASSES.length;

    /** Number of day pairs. */
    final int pairs;
    /** Per pair: its first calendar day. */
    final int[] pairDay;
    /** Per calendar day: the pair it opens, or -1. */
    private final int[] leftOf;
    /** Per calendar day: the pair it closes, or -1. */
    private final int[] rightOf;
    /** Per pair and class: #left blocks resting by the cell's threshold, #right blocks starting after it. */
    private final int[][][] left;
    private final int[][][] right;
    /** Per instance: first cell it counts in as the tail of a left block, as the head of a right block. */
    private final int[] endCell;
    private final int[] startCell;
    private final int[][] matched;
    private final int[][] pending;
    private final boolean[] dirty;
    /** Per pair: bit c set when left (right) class c changed since the last commit or rollback. */
    private final int[] leftChanged;
    private final int[] rightChanged;

    RestMatchings(WeekTours w, LabourRules rules, boolean[] hasTours) {
        int[] pd = new int[WeekTours.DAYS];
        leftOf = new int[WeekTours.DAYS];
        rightOf = new int[WeekTours.DAYS];
        Arrays.fill(leftOf, -1);
        Arrays.fill(rightOf, -1);
        int n = 0;
        for (int d = 0; d + 1 < WeekTours.DAYS; d++) {
            if (hasTours[d] && hasTours[d + 1]) {
                leftOf[d] = n;
                rightOf[d + 1] = n;
                pd[n++] = d;
            }
        }
        pairs = n;
        pairDay = Arrays.copyOf(pd, n);
        int[][] thresholds = new int[n][];
        left = new int[n][CLASSES.length][];
        right = new int[n][CLASSES.length][];
        for (int q = 0; q < n; q++) {
            int next = pairDay[q] + 1;
            int[] starts = new int[w.size()];
            int k = 0;
            for (int i = 0; i < w.size(); i++) {
                if (w.day[i] == next) {
                    starts[k++] = w.start[i];
                }
            }
            thresholds[q] = Arrays.stream(starts, 0, k).sorted().distinct().toArray();
            for (int c = 0; c < CLASSES.length; c++) {
                left[q][c] = new int[thresholds[q].length + 1];
                right[q][c] = new int[thresholds[q].length + 1];
            }
        }
        endCell = new int[w.size()];
        startCell = new int[w.size()];
        for (int i = 0; i < w.size(); i++) {
            int d = w.day[i];
            // Cell 0 is t = -inf; cell j >= 1 is t = the (j-1)-th start of the next day.
            endCell[i] = leftOf[d] >= 0 ? 1 + SortedInts.lowerBound(thresholds[leftOf[d]], rules.restEnd(w.end[i])) : -1;
            startCell[i] = rightOf[d] >= 0 ? Arrays.binarySearch(thresholds[rightOf[d]], w.start[i]) : -1;
        }
        matched = new int[n][COMBOS];
        pending = new int[n][COMBOS];
        dirty = new boolean[n];
        leftChanged = new int[n];
        rightChanged = new int[n];
    }

    /** Adds (+1) or removes (-1) the block of {@code day} from {@code head} to {@code tail} with {@code tours} tours. */
    void update(int day, int head, int tail, int tours, int sign) {
        int q = leftOf[day];
        if (q >= 0) {
            for (int c = 0; c < CLASSES.length; c++) {
                if (inClass(c, tours)) {
                    int[] l = left[q][c];
                    for (int k = endCell[tail]; k < l.length; k++) {
                        l[k] += sign;
                    }
                    leftChanged[q] |= 1 << c;
                }
            }
            dirty[q] = true;
        }
        q = rightOf[day];
        if (q >= 0) {
            for (int c = 0; c < CLASSES.length; c++) {
                if (inClass(c, tours)) {
                    int[] r = right[q][c];
                    for (int k = 0; k <= startCell[head]; k++) {
                        r[k] += sign;
                    }
                    rightChanged[q] |= 1 << c;
                }
            }
            dirty[q] = true;
        }
    }

    /** Computes the matchings of the pairs changed since the last {@link #commit} into {@link #pending}. */
    void recompute() {
        for (int q = 0; q < pairs; q++) {
            if (dirty[q]) {
                compute(q, pending[q]);
            }
        }
    }

    /** The matchings of pair q; a combination whose two classes did not change keeps its committed value. */
    private void compute(int q, int[] out) {
        int[][] l = left[q];
        int[][] r = right[q];
        for (int a = 0; a < CLASSES.length; a++) {
            int[] la = l[a];
            for (int b = 0; b < CLASSES.length; b++) {
                if ((leftChanged[q] >> a & 1) == 0 && (rightChanged[q] >> b & 1) == 0) {
                    out[a * CLASSES.length + b] = matched[q][a * CLASSES.length + b];
                    continue;
                }
                int[] rb = r[b];
                int m = Integer.MAX_VALUE;
                for (int k = 0; k < la.length; k++) {
                    m = Math.min(m, la[k] + rb[k]);
                }
                out[a * CLASSES.length + b] = m;
            }
        }
    }

    /** True when the pair changed since the last commit. */
    boolean dirty(int q) {
        return dirty[q];
    }

    /** The current matching of a pair and class combination. */
    int matched(int q, int combo) {
        return matched[q][combo];
    }

    /** The recomputed matching of a changed pair. */
    int pending(int q, int combo) {
        return pending[q][combo];
    }

    /** Keeps the recomputed matchings. */
    void commit() {
        for (int q = 0; q < pairs; q++) {
            if (dirty[q]) {
                System.arraycopy(pending[q], 0, matched[q], 0, COMBOS);
                dirty[q] = false;
            }
        }
        Arrays.fill(leftChanged, 0);
        Arrays.fill(rightChanged, 0);
    }

    /** Forgets the recomputed matchings; the caller has already undone the updates. */
    void rollback() {
        Arrays.fill(dirty, false);
        Arrays.fill(leftChanged, 0);
        Arrays.fill(rightChanged, 0);
    }

    /** Removes every block. */
    void clear() {
        for (int q = 0; q < pairs; q++) {
            for (int c = 0; c < CLASSES.length; c++) {
                Arrays.fill(left[q][c], 0);
                Arrays.fill(right[q][c], 0);
            }
            Arrays.fill(matched[q], 0);
        }
        Arrays.fill(dirty, false);
        Arrays.fill(leftChanged, 0);
        Arrays.fill(rightChanged, 0);
    }

    /** Recomputes every pair from the arrays and commits. */
    void refresh() {
        Arrays.fill(dirty, true);
        Arrays.fill(leftChanged, (1 << CLASSES.length) - 1);
        Arrays.fill(rightChanged, (1 << CLASSES.length) - 1);
        recompute();
        commit();
    }

    /** True when a tour count {@code v} (0 = off) falls in class {@code c}. */
    static boolean inClass(int c, int v) {
        return v > 0 && (CLASSES[c] >> (v - 1) & 1) != 0;
    }
}
