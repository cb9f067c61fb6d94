package io.solvereign.engine.bound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.Weeks;
import io.solvereign.engine.block.Block;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The one-pass DP of the headcount bound ({@link PartTimeBound.Paths}) against a plain DP per path kind
 * (full-time, part-time) on random weeks and weights of both signs: same maxima, same traced paths.
 */
class PartTimeBoundPathsTest {

    @Property(tries = 40)
    void onePassEqualsOneDpPerKind(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Forecast f = Weeks.random(seed, 30 + r.nextInt(60), new int[] {240, 270, 300, 480},
                Forecast.DEFAULT_WEEK_ANCHOR);
        RuleSet rules = RuleSet.defaults().toBuilder().forbidConsecutiveTriples(r.nextBoolean()).build();
        WeekTours w = WeekTours.of(f, Set.of());
        PartTimeBound b = new PartTimeBound(w, BlockCatalog.generate(w, LabourRules.of(rules)), rules,
                2 + r.nextInt(31));
        PartTimeBound.Paths dp = b.new Paths();
        int m = w.lineCount();
        for (int round = 0; round < 5; round++) {
            long[] weights = new long[m];
            for (int t = 0; t < m; t++) {
                weights[t] = r.nextLong(-200_000, 400_000);
            }
            dp.solve(weights);
            for (boolean fullTime : new boolean[] {true, false}) {
                int[] expected = new int[m];
                long max = reference(b, weights, fullTime, expected);
                int[] path = new int[m];
                dp.path(fullTime, path);
                assertEquals(max, dp.max(fullTime), "seed " + seed + " full time " + fullTime);
                assertArrayEquals(expected, path, "seed " + seed + " full time " + fullTime);
            }
        }
    }

    /** The heaviest full-time or part-time path by a DP of its own (tables per call). */
    private static long reference(PartTimeBound pb, long[] w, boolean fullTime, int[] path) {
        int days = WeekTours.DAYS;
        int top = pb.top;
        int lv = top + 1;
        long neg = PartTimeBound.NEG;
        long[] term = new long[lv];
        for (int k = 0; k < lv; k++) {
            term[k] = (k == top) == fullTime ? 0 : neg;
        }
        long[][] as = new long[days][];
        long[][] bs = new long[days][];
        long[] nextA = term;
        long[] nextB = term;
        for (int d = days - 1; d >= 0; d--) {
            int n = pb.blocks[d].length;
            long[] a = new long[(n + 1) * lv];
            long[] b = new long[(n + 1) * lv];
            System.arraycopy(nextA, 0, a, n * lv, lv);
            System.arraycopy(nextA, 0, b, n * lv, lv);
            for (int i = n - 1; i >= 0; i--) {
                Block blk = pb.blocks[d][i];
                boolean skipTired = blk.isTriple() && pb.fatigue;
                for (int k = 0; k < lv; k++) {
                    long v = take(pb, w, d, i, k, nextA, nextB, term);
                    int at = i * lv + k;
                    a[at] = Math.max(a[at + lv], v);
                    b[at] = skipTired ? b[at + lv] : Math.max(b[at + lv], v);
                }
            }
            as[d] = a;
            bs[d] = b;
            nextA = a;
            nextB = b;
        }
        Arrays.fill(path, 0);
        if (as[0][0] <= neg) {
            return neg;
        }
        int idx = 0;
        int k = 0;
        boolean tired = false;
        for (int d = 0; d < days; d++) {
            long target = (tired ? bs[d] : as[d])[idx * lv + k];
            long[] afterA = d + 1 < days ? as[d + 1] : term;
            long[] afterB = d + 1 < days ? bs[d + 1] : term;
            int pick = -1;
            for (int i = idx; i < pb.blocks[d].length && pick < 0; i++) {
                if (!(tired && pb.blocks[d][i].isTriple()) && take(pb, w, d, i, k, afterA, afterB, term) == target) {
                    pick = i;
                }
            }
            if (pick < 0) {
                idx = 0;
                tired = false;
                continue;
            }
            Block blk = pb.blocks[d][pick];
            for (int j = 0; j < blk.lineCount(); j++) {
                path[blk.line(j)] = 1;
            }
            k = Math.min(top, k + pb.units[d][pick]);
            tired = blk.isTriple() && pb.fatigue;
            idx = pb.nextIdx[d][pick];
        }
        return as[0][0];
    }

    /** Weight of block i of day d at work level k, then the best continuation in the next day's tables. */
    private static long take(PartTimeBound pb, long[] w, int d, int i, int k, long[] nextA, long[] nextB, long[] term) {
        Block blk = pb.blocks[d][i];
        int k2 = Math.min(pb.top, k + pb.units[d][i]);
        long rest = d + 1 < WeekTours.DAYS
                ? (blk.isTriple() && pb.fatigue ? nextB : nextA)[pb.nextIdx[d][i] * (pb.top + 1) + k2] : term[k2];
        if (rest <= PartTimeBound.NEG) {
            return PartTimeBound.NEG;
        }
        long sum = 0;
        for (int j = 0; j < blk.lineCount(); j++) {
            sum += w[blk.line(j)];
        }
        return sum + rest;
    }
}
