package io.solvereign.engine.bound;

import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.Block;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.Objects;

/**
 * A certified lower bound on part-time drivers at a given headcount N, the better of two. First, the full-time rosters of a
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
    static final long NEG = Long.MIN_VALUE / 4;
    /** Weights of the headcount bound are integers in units of 1 / DUAL_SCALE. */
    private static final long DUAL_SCALE = 1L << 16;
    /**
     * Subgradient steps of the headcount bound: on the short weeks with proven optima (950-1,400
     * tours) 3,000 steps end within 3 of the optimum, 300 end 10-20 below it.
     */
    static final int DUAL_ITERATIONS = 3000;
    /** Work levels of the headcount bound's network (tours of one length keep their exact levels). */
    private static final int DUAL_MAX_LEVELS = 32;
    /** DP cell updates the headcount bound may spend (about a second); caps the steps on large weeks. */
    private static final long DUAL_CELL_BUDGET = 150_000_000L;
    /** Steps without a better dual value before the step factor is halved. */
    private static final int STALE_STEPS = 100;

    private final WeekTours week;
    // The network, package-private for the tests' reference DP.
    final Block[][] blocks;
    final int[][] nextIdx;
    final int[][] units;
    final boolean fatigue;
    final int top;

    PartTimeBound(WeekTours week, BlockCatalog catalog, RuleSet rules) {
        this(week, catalog, rules, MAX_LEVELS);
    }

    /** The network with at most {@code maxLevels} work levels (coarser units round work up, which stays valid). */
    PartTimeBound(WeekTours week, BlockCatalog catalog, RuleSet rules, int maxLevels) {
        this.week = week;
        LabourRules labour = LabourRules.of(rules);
        fatigue = labour.forbidsConsecutiveTriples();
        int g = 0;
        for (int l = 0; l < week.lineCount(); l++) {
            g = gcd(g, week.lineMinutes(l));
        }
        int fte = rules.fteMinMinutes();
        int unit = Math.max(1, g);
        if (ceilDiv(fte, unit) > maxLevels - 1) {
            unit = ceilDiv(fte, maxLevels - 1);
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
                        ? RosterNetwork.firstStartAtOrAfter(catalog.day(d + 1), labour.restEnd(b.end)) : 0;
            }
        }
    }

    /**
     * The bound for a plan with {@code drivers} drivers.
     *
     * @param week    the tours
     * @param catalog the legal blocks
     * @param rules   the rules (FTE threshold, rest, fatigue)
     * @param drivers  the plan's headcount
     * @param partTime the plan's part-time drivers (where the search for a better bound stops)
     * @return the least number of part-time drivers any legal plan with that headcount has, or less
     */
    public static int compute(WeekTours week, BlockCatalog catalog, RuleSet rules, int drivers, int partTime) {
        Objects.requireNonNull(week, "week");
        if (drivers <= 0 || rules.fteMinMinutes() <= 0 || week.lineCount() == 0) {
            return 0;
        }
        PartTimeBound b = new PartTimeBound(week, catalog, rules);
        long fullTime = b.maxFullTime();
        int packing = (int) Math.max(0, drivers - Math.min(fullTime, drivers));
        if (packing >= partTime) {
            return packing;
        }
        PartTimeBound coarse = b.top < DUAL_MAX_LEVELS ? b : new PartTimeBound(week, catalog, rules, DUAL_MAX_LEVELS);
        // A fixed amount of DP cell updates, so the bound stays cheap on large weeks with mixed tour lengths.
        long cells = 2L * (catalog.size() + WeekTours.DAYS) * (coarse.top + 1);
        int steps = (int) Math.max(100, Math.min(DUAL_ITERATIONS, DUAL_CELL_BUDGET / cells));
        return Math.max(packing, coarse.headcountBound(drivers, partTime, steps));
    }

    /**
     * The simplest certified bound, in O(tour lines): a full-time roster works at least the FTE
     * threshold, so at most {@code total work / threshold} of the {@code drivers} are full-time; above
     * 0 means part-timers are forced at that headcount ({@link #compute} is never lower).
     */
    public static int byTotalWork(WeekTours week, RuleSet rules, int drivers) {
        Objects.requireNonNull(week, "week");
        if (drivers <= 0 || rules.fteMinMinutes() <= 0) {
            return 0;
        }
        long work = 0;
        for (int l = 0; l < week.lineCount(); l++) {
            work += (long) week.lineMinutes(l) * week.lineCount[l];
        }
        return (int) Math.max(0, drivers - Math.min(drivers, work / rules.fteMinMinutes()));
    }

    /**
     * The bound with the headcount coupled in (the dual of {@code min PT} over rosters covering every
     * tour exactly once with N of them): for any weights {@code w} (any sign) and scale S, every
     * full-time roster collects at most {@code M_fte(w)} and every part-time one at most
     * {@code M_pt(w)}, so with {@code mu = max(M_fte, M_pt - S)} the N rosters of a plan give
     * {@code C(w) <= N mu + S PT}, i.e. {@code PT >= ceil((C(w) - N mu) / S)}. The weights come from
     * a subgradient ascent (Polyak steps towards {@code upper}, deterministic); each iterate is
     * checked exactly in {@code long}.
     *
     * @param drivers    the headcount N
     * @param upper      a known part-time count at that headcount (the plan's), the step target
     * @param iterations subgradient steps
     * @return the best bound found, at least 0
     */
    int headcountBound(int drivers, int upper, int iterations) {
        int m = week.lineCount();
        double[] w = new double[m];
        long[] wl = new long[m];
        int[] path = new int[m];
        double[] g = new double[m];
        Paths dp = new Paths();
        int best = 0;
        double lambda = 2.0;
        double bestValue = Double.NEGATIVE_INFINITY;
        int stale = 0;
        for (int it = 0; it < iterations; it++) {
            long covered = 0;
            for (int t = 0; t < m; t++) {
                wl[t] = Math.round(w[t] * DUAL_SCALE);
                covered += wl[t] * week.lineCount[t];
            }
            dp.solve(wl);
            long mf = dp.max(true);
            long mp = dp.max(false);
            long mu = Math.max(mf, mp <= NEG ? NEG : mp - DUAL_SCALE);
            if (mu <= NEG) {
                return drivers;
            }
            long slack = covered - (long) drivers * mu;
            int bound = (int) Math.max(0, Math.min(drivers, Math.floorDiv(slack + DUAL_SCALE - 1, DUAL_SCALE)));
            best = Math.max(best, bound);
            if (best >= upper) {
                break;
            }
            double value = (double) slack / DUAL_SCALE;
            if (value > bestValue + 1e-9) {
                bestValue = value;
                stale = 0;
            } else if (++stale >= STALE_STEPS) {
                lambda /= 2;
                stale = 0;
            }
            // Only the path that sets mu steers the step, so only that one is traced back.
            dp.path(mf >= mp - DUAL_SCALE, path);
            double norm = 0;
            for (int t = 0; t < m; t++) {
                g[t] = week.lineCount[t] - (double) drivers * path[t];
                norm += g[t] * g[t];
            }
            if (norm == 0) {
                break;
            }
            // Polyak step towards the plan's part-time count, an upper bound of the dual's optimum.
            double step = lambda * Math.max(0.5, upper - value) / norm;
            for (int t = 0; t < m; t++) {
                w[t] += step * g[t];
            }
        }
        return best;
    }

    /**
     * The heaviest full-time and part-time paths for one weight vector: both backward DPs in one pass
     * over the blocks (they share the block weights and successors), in tables kept across calls.
     * {@code f*} / {@code p*}: best weight to finish from day d with blocks from index i allowed and k
     * work units so far, reaching the threshold / staying below it; {@code *a} free, {@code *b} after a
     * 3er yesterday (under the fatigue rule).
     */
    final class Paths {
        private final int lv = top + 1;
        private final long[] termF = new long[lv];
        private final long[] termP = new long[lv];
        private final long[][] fa = new long[WeekTours.DAYS][];
        private final long[][] fb = new long[WeekTours.DAYS][];
        private final long[][] pa = new long[WeekTours.DAYS][];
        private final long[][] pb = new long[WeekTours.DAYS][];
        /** Per day and block: the sum of the current weights of its lines. */
        private final long[][] sums = new long[WeekTours.DAYS][];

        Paths() {
            for (int k = 0; k < lv; k++) {
                termF[k] = k == top ? 0 : NEG;
                termP[k] = k == top ? NEG : 0;
            }
            for (int d = 0; d < WeekTours.DAYS; d++) {
                int n = blocks[d].length;
                fa[d] = new long[(n + 1) * lv];
                fb[d] = new long[(n + 1) * lv];
                pa[d] = new long[(n + 1) * lv];
                pb[d] = new long[(n + 1) * lv];
                sums[d] = new long[n];
            }
        }

        /** Fills the tables for weights {@code w}. */
        void solve(long[] w) {
            for (int d = WeekTours.DAYS - 1; d >= 0; d--) {
                Block[] day = blocks[d];
                int n = day.length;
                long[] fA = fa[d];
                long[] fB = fb[d];
                long[] pA = pa[d];
                long[] pB = pb[d];
                boolean last = d + 1 == WeekTours.DAYS;
                long[] nfA = last ? termF : fa[d + 1];
                long[] nfB = last ? termF : fb[d + 1];
                long[] npA = last ? termP : pa[d + 1];
                long[] npB = last ? termP : pb[d + 1];
                int end = n * lv;
                // Past the last block: skip the day (a day off resets the fatigue state).
                System.arraycopy(nfA, 0, fA, end, lv);
                System.arraycopy(nfA, 0, fB, end, lv);
                System.arraycopy(npA, 0, pA, end, lv);
                System.arraycopy(npA, 0, pB, end, lv);
                for (int i = n - 1; i >= 0; i--) {
                    Block blk = day[i];
                    long sum = 0;
                    for (int j = 0; j < blk.lineCount(); j++) {
                        sum += w[blk.line(j)];
                    }
                    sums[d][i] = sum;
                    boolean skipTired = blk.isTriple() && fatigue;
                    long[] afterF = skipTired ? nfB : nfA;
                    long[] afterP = skipTired ? npB : npA;
                    // The last day's successor is the terminal vector, at offset 0.
                    int base = last ? 0 : nextIdx[d][i] * lv;
                    int u = units[d][i];
                    int at = i * lv;
                    for (int k = 0; k < lv; k++, at++) {
                        int k2 = Math.min(top, k + u);
                        long restF = afterF[base + k2];
                        long restP = afterP[base + k2];
                        long vf = restF <= NEG ? NEG : sum + restF;
                        long vp = restP <= NEG ? NEG : sum + restP;
                        fA[at] = Math.max(fA[at + lv], vf);
                        pA[at] = Math.max(pA[at + lv], vp);
                        fB[at] = skipTired ? fB[at + lv] : Math.max(fB[at + lv], vf);
                        pB[at] = skipTired ? pB[at + lv] : Math.max(pB[at + lv], vp);
                    }
                }
            }
        }

        /** The heaviest full-time ({@code fullTime}) or part-time path's weight, {@link #NEG} when there is none. */
        long max(boolean fullTime) {
            long v = (fullTime ? fa : pa)[0][0];
            return v <= NEG ? NEG : v;
        }

        /** Marks the lines of the heaviest such path in {@code path} (0/1; all 0 when there is none). */
        void path(boolean fullTime, int[] path) {
            java.util.Arrays.fill(path, 0);
            long[][] as = fullTime ? fa : pa;
            long[][] bs = fullTime ? fb : pb;
            long[] term = fullTime ? termF : termP;
            if (as[0][0] <= NEG) {
                return;
            }
            int idx = 0;
            int k = 0;
            boolean tired = false;
            for (int d = 0; d < WeekTours.DAYS; d++) {
                long target = (tired ? bs[d] : as[d])[idx * lv + k];
                long[] afterA = d + 1 < WeekTours.DAYS ? as[d + 1] : term;
                long[] afterB = d + 1 < WeekTours.DAYS ? bs[d + 1] : term;
                int pick = -1;
                for (int i = idx; i < blocks[d].length && pick < 0; i++) {
                    if (tired && blocks[d][i].isTriple()) {
                        continue;
                    }
                    if (value(d, i, k, afterA, afterB, term) == target) {
                        pick = i;
                    }
                }
                if (pick < 0) {
                    idx = 0;
                    tired = false;
                    continue;
                }
                Block blk = blocks[d][pick];
                for (int j = 0; j < blk.lineCount(); j++) {
                    path[blk.line(j)] = 1;
                }
                k = Math.min(top, k + units[d][pick]);
                tired = blk.isTriple() && fatigue;
                idx = nextIdx[d][pick];
            }
        }

        /** Weight of taking block i of day d at work level k, then the best continuation. */
        private long value(int d, int i, int k, long[] nextA, long[] nextB, long[] term) {
            Block blk = blocks[d][i];
            int k2 = Math.min(top, k + units[d][i]);
            long rest;
            if (d + 1 < WeekTours.DAYS) {
                rest = (blk.isTriple() && fatigue ? nextB : nextA)[nextIdx[d][i] * lv + k2];
            } else {
                rest = term[k2];
            }
            return rest <= NEG ? NEG : sums[d][i] + rest;
        }
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

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
