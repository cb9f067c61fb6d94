package io.solvereign.engine.bound;

import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.Block;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;

/**
 * The driver-state network of the bound as a dynamic programme. The state between days is
 * (day, first block index allowed today, 3er yesterday?, work so far): blocks of a day are
 * sorted by start, so "earliest start allowed" is an index into them. Work is counted in units of
 * the gcd of the tour durations (coarsened to at most {@value #MAX_LEVELS} levels by rounding
 * durations down), and only when the network is built with the cap; otherwise it has one level.
 * A day off resets start and fatigue, which relaxes rest across an off day. Every relaxation only
 * raises {@code M(w)}, so the bound stays valid. One evaluation costs O(blocks x levels).
 */
public final class RosterNetwork {
    private static final int MAX_LEVELS = 256;
    private static final long NEG = Long.MIN_VALUE / 4;

    private final int[][] lines;
    private final int[][] firstLine;
    private final boolean[][] triple;
    private final int[][] nextIdx;
    private final int[][] units;
    private final boolean fatigue;
    private final int lineCount;
    private final int levels;
    private final boolean capped;

    /**
     * The network of the catalog's blocks under the rules.
     *
     * @param withCap whether to track work against the weekly cap (slower by the number of levels)
     */
    public RosterNetwork(WeekTours week, BlockCatalog catalog, RuleSet rules, boolean withCap) {
        LabourRules labour = LabourRules.of(rules);
        int cap = labour.weeklyCapMinutes();
        lineCount = week.lineCount();
        fatigue = labour.forbidsConsecutiveTriples();
        capped = withCap;
        int unit = 1;
        if (withCap) {
            int g = 0;
            for (int l = 0; l < lineCount; l++) {
                g = gcd(g, week.lineMinutes(l));
            }
            unit = Math.max(1, g);
            if (cap / unit + 1 > MAX_LEVELS) {
                unit = (cap + MAX_LEVELS - 2) / (MAX_LEVELS - 1);
            }
        }
        levels = withCap ? cap / unit + 1 : 1;
        int days = WeekTours.DAYS;
        lines = new int[days][];
        firstLine = new int[days][];
        triple = new boolean[days][];
        nextIdx = new int[days][];
        units = new int[days][];
        for (int d = 0; d < days; d++) {
            Block[] bs = catalog.day(d);
            int n = bs.length;
            firstLine[d] = new int[n + 1];
            triple[d] = new boolean[n];
            nextIdx[d] = new int[n];
            units[d] = new int[n];
            int total = 0;
            for (Block b : bs) {
                total += b.lineCount();
            }
            lines[d] = new int[total];
            int k = 0;
            for (int i = 0; i < n; i++) {
                firstLine[d][i] = k;
                for (int j = 0; j < bs[i].lineCount(); j++) {
                    lines[d][k++] = bs[i].line(j);
                }
                triple[d][i] = bs[i].isTriple();
                units[d][i] = withCap ? bs[i].minutes / unit : 0;
                nextIdx[d][i] = d + 1 < days ? firstStartAtOrAfter(catalog.day(d + 1), labour.restEnd(bs[i].end)) : 0;
            }
            firstLine[d][n] = k;
        }
    }

    /** The network without the weekly cap (one work level). */
    public RosterNetwork(WeekTours week, BlockCatalog catalog, RuleSet rules) {
        this(week, catalog, rules, false);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Index of the first block of a start-sorted day that starts at or after {@code t} (the rest-window edge). */
    static int firstStartAtOrAfter(Block[] bs, int t) {
        int lo = 0;
        int hi = bs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bs[mid].start < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of tour lines the weights are indexed by. */
    public int lineCount() {
        return lineCount;
    }

    /** True when the network tracks the weekly cap. */
    public boolean capped() {
        return capped;
    }

    /** {@code M(w)} in exact arithmetic: the largest weight one roster can collect. */
    public long maxWeight(long[] w) {
        int days = WeekTours.DAYS;
        int lv = levels;
        // a[i * lv + m]: best from this day on with blocks from index i allowed and m work units used;
        // b: the same after a 3er yesterday.
        long[] nextA = new long[lv];
        long[] nextB = new long[lv];
        for (int d = days - 1; d >= 0; d--) {
            int n = triple[d].length;
            long[] a = new long[(n + 1) * lv];
            long[] b = new long[(n + 1) * lv];
            System.arraycopy(nextA, 0, a, n * lv, lv);
            System.arraycopy(nextA, 0, b, n * lv, lv);
            for (int i = n - 1; i >= 0; i--) {
                long sum = 0;
                for (int k = firstLine[d][i]; k < firstLine[d][i + 1]; k++) {
                    sum += w[lines[d][k]];
                }
                long[] after = triple[d][i] && fatigue ? nextB : nextA;
                int base = d + 1 < days ? nextIdx[d][i] * lv : -1;
                int u = units[d][i];
                for (int m = 0; m < lv; m++) {
                    int m2 = m + u;
                    long v = m2 >= lv ? NEG : base < 0 ? sum : sum + after[base + m2];
                    int at = i * lv + m;
                    a[at] = Math.max(a[at + lv], v);
                    b[at] = triple[d][i] ? b[at + lv] : Math.max(b[at + lv], v);
                }
            }
            nextA = a;
            nextB = b;
        }
        return nextA[0];
    }

    /**
     * {@code M(w)} in doubles, and the lines of one best roster.
     *
     * @param w    weight per line
     * @param path receives 1 for each line on the best roster, 0 elsewhere (length = line count)
     * @return the best roster's weight
     */
    public double maxWeight(double[] w, int[] path) {
        int days = WeekTours.DAYS;
        int lv = levels;
        double[] nextA = new double[lv];
        double[] nextB = new double[lv];
        int[][] argA = new int[days][];
        int[][] argB = new int[days][];
        for (int d = days - 1; d >= 0; d--) {
            int n = triple[d].length;
            double[] a = new double[(n + 1) * lv];
            double[] b = new double[(n + 1) * lv];
            int[] aa = new int[(n + 1) * lv];
            int[] ab = new int[(n + 1) * lv];
            System.arraycopy(nextA, 0, a, n * lv, lv);
            System.arraycopy(nextA, 0, b, n * lv, lv);
            java.util.Arrays.fill(aa, n * lv, (n + 1) * lv, -1);
            java.util.Arrays.fill(ab, n * lv, (n + 1) * lv, -1);
            for (int i = n - 1; i >= 0; i--) {
                double sum = 0;
                for (int k = firstLine[d][i]; k < firstLine[d][i + 1]; k++) {
                    sum += w[lines[d][k]];
                }
                double[] after = triple[d][i] && fatigue ? nextB : nextA;
                int base = d + 1 < days ? nextIdx[d][i] * lv : -1;
                int u = units[d][i];
                for (int m = 0; m < lv; m++) {
                    int m2 = m + u;
                    double v = m2 >= lv ? Double.NEGATIVE_INFINITY : base < 0 ? sum : sum + after[base + m2];
                    int at = i * lv + m;
                    a[at] = a[at + lv];
                    aa[at] = aa[at + lv];
                    if (v > a[at]) {
                        a[at] = v;
                        aa[at] = i;
                    }
                    b[at] = b[at + lv];
                    ab[at] = ab[at + lv];
                    if (!triple[d][i] && v > b[at]) {
                        b[at] = v;
                        ab[at] = i;
                    }
                }
            }
            argA[d] = aa;
            argB[d] = ab;
            nextA = a;
            nextB = b;
        }
        java.util.Arrays.fill(path, 0);
        int idx = 0;
        int m = 0;
        boolean tired = false;
        for (int d = 0; d < days; d++) {
            int n = triple[d].length;
            int pick = (tired ? argB[d] : argA[d])[Math.min(idx, n) * lv + m];
            if (pick < 0) {
                idx = 0;
                tired = false;
                continue;
            }
            for (int k = firstLine[d][pick]; k < firstLine[d][pick + 1]; k++) {
                path[lines[d][k]] = 1;
            }
            m += units[d][pick];
            tired = triple[d][pick] && fatigue;
            idx = nextIdx[d][pick];
        }
        return nextA[0];
    }
}
