package io.solvereign.engine.bound;

import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.Block;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.internal.WeekTours;
import java.util.Objects;

/**
 * A certified lower bound on part-time drivers at a given headcount N. The full-time rosters of a
 * plan cover disjoint tours, so for weights {@code w(t) >= 0} on tour lines
 * {@code F * L(w) <= C(w) = sum count(t) w(t)}, where {@code L(w)} is the least weight a full-time
 * roster (work >= the FTE threshold) can collect; hence {@code F <= floor(C(w) / L(w))} and
 * {@code PT >= N - F}. {@code L(w)} is a shortest path over the driver states (day, first block
 * allowed, 3er yesterday, work so far) of the same relaxed network as the driver bound: a day off
 * resets rest, the weekly cap is ignored and work is rounded up to whole units, so every legal
 * full-time roster is a path and the minimum can only fall. Weights tried: work minutes and tour
 * counts, each restricted to every non-empty subset of the days that have tours (a short day caps
 * the full-time rosters that must work on it). Everything is exact {@code long} arithmetic.
 * Cost: O(2^days x blocks x levels), levels = FTE threshold / unit (at most {@value #MAX_LEVELS}).
 */
public final class PartTimeBound {
    private static final int MAX_LEVELS = 256;
    private static final long INF = Long.MAX_VALUE / 4;

    private final WeekTours week;
    private final Block[][] blocks;
    private final int[][] nextIdx;
    private final int[][] units;
    private final boolean fatigue;
    private final int top;

    private PartTimeBound(WeekTours week, BlockCatalog catalog, RuleSet rules) {
        this.week = week;
        fatigue = rules.forbidConsecutiveTriples();
        int g = 0;
        for (int l = 0; l < week.lineCount(); l++) {
            g = gcd(g, week.lineMinutes(l));
        }
        int fte = rules.fteMinMinutes();
        int unit = Math.max(1, g);
        if (ceilDiv(fte, unit) > MAX_LEVELS - 1) {
            unit = ceilDiv(fte, MAX_LEVELS - 1);
        }
        top = ceilDiv(fte, unit);
        blocks = new Block[WeekTours.DAYS][];
        nextIdx = new int[WeekTours.DAYS][];
        units = new int[WeekTours.DAYS][];
        for (int d = 0; d < WeekTours.DAYS; d++) {
            blocks[d] = catalog.day(d);
            int n = blocks[d].length;
            nextIdx[d] = new int[n];
            units[d] = new int[n];
            for (int i = 0; i < n; i++) {
                Block b = blocks[d][i];
                // Rounding up over-counts work: every real full-time roster stays full-time here.
                units[d][i] = ceilDiv(b.minutes, unit);
                nextIdx[d][i] = d + 1 < WeekTours.DAYS
                        ? firstStartAtOrAfter(catalog.day(d + 1), b.end + rules.minRestMinutes()) : 0;
            }
        }
    }

    /**
     * The bound for a plan with {@code drivers} drivers.
     *
     * @param week    the tours
     * @param catalog the legal blocks
     * @param rules   the rules (FTE threshold, rest, fatigue)
     * @param drivers the plan's headcount
     * @return the least number of part-time drivers any legal plan with that headcount has, or less
     */
    public static int compute(WeekTours week, BlockCatalog catalog, RuleSet rules, int drivers) {
        Objects.requireNonNull(week, "week");
        if (drivers <= 0 || rules.fteMinMinutes() <= 0 || week.lineCount() == 0) {
            return 0;
        }
        long fullTime = new PartTimeBound(week, catalog, rules).maxFullTime();
        return (int) Math.max(0, drivers - Math.min(fullTime, drivers));
    }

    /** The least {@code floor(C(w) / L(w))} over the weight families tried. */
    long maxFullTime() {
        int m = week.lineCount();
        int daysWithTours = 0;
        for (int l = 0; l < m; l++) {
            daysWithTours |= 1 << week.lineDay[l];
        }
        long best = Long.MAX_VALUE;
        for (int subset = daysWithTours; subset > 0; subset = (subset - 1) & daysWithTours) {
            for (int kind = 0; kind < 2; kind++) {
                long[] w = new long[m];
                long covered = 0;
                for (int l = 0; l < m; l++) {
                    if ((subset >> week.lineDay[l] & 1) != 0) {
                        w[l] = kind == 0 ? week.lineMinutes(l) : week.isSplitLine(l) ? 2 : 1;
                        covered += w[l] * week.lineCount[l];
                    }
                }
                long least = minFullTimeWeight(w);
                if (least >= INF) {
                    return 0;
                }
                if (least > 0) {
                    best = Math.min(best, covered / least);
                }
            }
        }
        return best;
    }

    /** {@code L(w)}: least weight over paths whose work reaches the FTE threshold; INF when none does. */
    long minFullTimeWeight(long[] w) {
        int lv = top + 1;
        long[] nextA = new long[lv];
        java.util.Arrays.fill(nextA, INF);
        nextA[top] = 0;
        long[] nextB = nextA;
        for (int d = WeekTours.DAYS - 1; d >= 0; d--) {
            Block[] bs = blocks[d];
            int n = bs.length;
            // a[i * lv + k]: least weight to finish from day d with blocks from index i allowed and k
            // work units so far; b: the same after a 3er yesterday.
            long[] a = new long[(n + 1) * lv];
            long[] b = new long[(n + 1) * lv];
            System.arraycopy(nextA, 0, a, n * lv, lv);
            System.arraycopy(nextA, 0, b, n * lv, lv);
            for (int i = n - 1; i >= 0; i--) {
                Block blk = bs[i];
                long sum = 0;
                for (int j = 0; j < blk.lineCount(); j++) {
                    sum += w[blk.line(j)];
                }
                long[] after = blk.isTriple() && fatigue ? nextB : nextA;
                int base = d + 1 < WeekTours.DAYS ? nextIdx[d][i] * lv : -1;
                int u = units[d][i];
                for (int k = 0; k < lv; k++) {
                    int k2 = Math.min(top, k + u);
                    long rest = base < 0 ? (k2 == top ? 0 : INF) : after[base + k2];
                    long v = rest >= INF ? INF : sum + rest;
                    int at = i * lv + k;
                    a[at] = Math.min(a[at + lv], v);
                    b[at] = blk.isTriple() ? b[at + lv] : Math.min(b[at + lv], v);
                }
            }
            nextA = a;
            nextB = b;
        }
        return nextA[0];
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

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
