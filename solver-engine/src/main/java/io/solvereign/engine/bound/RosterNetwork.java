package io.solvereign.engine.bound;

import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.Block;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.internal.WeekTours;

/**
 * The driver-state network of the bound as a dynamic programme. The state between days is
 * (day, first block index allowed today, 3er yesterday?): blocks of a day are sorted by start, so
 * "earliest start allowed" is an index into them. A day off resets the state (free start, no
 * fatigue), which relaxes rest across an off day and the weekly cap; a relaxation only raises
 * {@code M(w)}, so the bound stays valid. One evaluation costs O(blocks) after the
 * O(blocks log blocks) set-up.
 */
public final class RosterNetwork {
    private final int[][] lines;
    private final int[][] firstLine;
    private final boolean[][] triple;
    private final int[][] nextIdx;
    private final boolean fatigue;
    private final int lineCount;

    /** The network of the catalog's blocks under the rules. */
    public RosterNetwork(WeekTours week, BlockCatalog catalog, RuleSet rules) {
        lineCount = week.lineCount();
        fatigue = rules.forbidConsecutiveTriples();
        int days = WeekTours.DAYS;
        lines = new int[days][];
        firstLine = new int[days][];
        triple = new boolean[days][];
        nextIdx = new int[days][];
        for (int d = 0; d < days; d++) {
            Block[] bs = catalog.day(d);
            int n = bs.length;
            firstLine[d] = new int[n + 1];
            triple[d] = new boolean[n];
            nextIdx[d] = new int[n];
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
                nextIdx[d][i] = d + 1 < days ? firstStartAtOrAfter(catalog.day(d + 1), bs[i].end + rules.minRestMinutes()) : 0;
            }
            firstLine[d][n] = k;
        }
    }

    private static int firstStartAtOrAfter(Block[] bs, int t) {
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

    /** {@code M(w)} in exact arithmetic: the largest weight one roster can collect. */
    public long maxWeight(long[] w) {
        int days = WeekTours.DAYS;
        // a[i]: best from this day on when blocks from index i are allowed; b[i]: the same after a 3er.
        long[] nextA = {0};
        long[] nextB = {0};
        for (int d = days - 1; d >= 0; d--) {
            int n = triple[d].length;
            long off = nextA[0];
            long[] a = new long[n + 1];
            long[] b = new long[n + 1];
            a[n] = off;
            b[n] = off;
            for (int i = n - 1; i >= 0; i--) {
                long v = 0;
                for (int k = firstLine[d][i]; k < firstLine[d][i + 1]; k++) {
                    v += w[lines[d][k]];
                }
                if (d + 1 < days) {
                    int j = nextIdx[d][i];
                    v += triple[d][i] && fatigue ? nextB[j] : nextA[j];
                }
                a[i] = Math.max(a[i + 1], v);
                b[i] = triple[d][i] ? b[i + 1] : Math.max(b[i + 1], v);
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
        double[][] all = new double[days + 1][];
        double[][] noTr = new double[days + 1][];
        int[][] argAll = new int[days][];
        int[][] argNo = new int[days][];
        double[] offFrom = new double[days + 1];
        all[days] = new double[] {0};
        noTr[days] = new double[] {0};
        for (int d = days - 1; d >= 0; d--) {
            int n = triple[d].length;
            double off = offFrom[d + 1];
            double[] a = new double[n + 1];
            double[] b = new double[n + 1];
            int[] aa = new int[n + 1];
            int[] ab = new int[n + 1];
            a[n] = off;
            b[n] = off;
            aa[n] = -1;
            ab[n] = -1;
            for (int i = n - 1; i >= 0; i--) {
                double v = 0;
                for (int k = firstLine[d][i]; k < firstLine[d][i + 1]; k++) {
                    v += w[lines[d][k]];
                }
                if (d + 1 < days) {
                    int j = Math.min(nextIdx[d][i], all[d + 1].length - 1);
                    v += triple[d][i] && fatigue ? noTr[d + 1][j] : all[d + 1][j];
                }
                a[i] = a[i + 1];
                aa[i] = aa[i + 1];
                if (v > a[i]) {
                    a[i] = v;
                    aa[i] = i;
                }
                b[i] = b[i + 1];
                ab[i] = ab[i + 1];
                if (!triple[d][i] && v > b[i]) {
                    b[i] = v;
                    ab[i] = i;
                }
            }
            all[d] = a;
            noTr[d] = b;
            argAll[d] = aa;
            argNo[d] = ab;
            offFrom[d] = a[0];
        }
        java.util.Arrays.fill(path, 0);
        int idx = 0;
        boolean tired = false;
        for (int d = 0; d < days; d++) {
            int n = triple[d].length;
            int i = Math.min(idx, n);
            int pick = tired ? argNo[d][i] : argAll[d][i];
            if (pick < 0) {
                idx = 0;
                tired = false;
                continue;
            }
            for (int k = firstLine[d][pick]; k < firstLine[d][pick + 1]; k++) {
                path[lines[d][k]] = 1;
            }
            tired = triple[d][pick] && fatigue;
            idx = nextIdx[d][pick];
        }
        return all[0][0];
    }
}
