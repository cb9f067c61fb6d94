package io.solvereign.engine.bound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import io.solvereign.engine.Solvers;
import io.solvereign.engine.block.Block;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** M(w) and the certificate against a brute force over every roster of tiny weeks. */
class RosterNetworkTest {
    private static final RuleSet RULES = RuleSet.defaults();

    static Forecast tinyWeek(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<TourTemplate> ts = new ArrayList<>();
        int n = 2 + r.nextInt(9);
        for (int k = 0; k < n; k++) {
            int start = 15 * (16 + r.nextInt(64));
            int len = 30 * (4 + r.nextInt(12));
            ts.add(TourTemplate.of(Weekday.values()[r.nextInt(4)], new TimeRange(start, start + len), 1 + r.nextInt(3)));
        }
        return Forecast.of(ts);
    }

    /** Largest weight over all rosters: one block or none per day, rest and fatigue between worked days. */
    static long bruteForce(WeekTours w, BlockCatalog c, long[] weights) {
        return best(w, c, weights, 0, null, -9, Integer.MAX_VALUE);
    }

    private static long best(WeekTours w, BlockCatalog c, long[] weights, int d, Block last, int lastTripleDay,
                             int capLeft) {
        if (d == WeekTours.DAYS) {
            return 0;
        }
        long b = best(w, c, weights, d + 1, last, lastTripleDay, capLeft);
        for (Block k : c.day(d)) {
            if (k.minutes > capLeft) {
                continue;
            }
            if (last != null && last.end + RULES.minRestMinutes() > k.start) {
                continue;
            }
            if (k.isTriple() && lastTripleDay == d - 1) {
                continue;
            }
            long v = 0;
            for (int i = 0; i < k.lineCount(); i++) {
                v += weights[k.line(i)];
            }
            b = Math.max(b, v + best(w, c, weights, d + 1, k, k.isTriple() ? d : lastTripleDay, capLeft - k.minutes));
        }
        return b;
    }

    @Property(tries = 150)
    void longestPathEqualsBruteForce(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        WeekTours w = WeekTours.of(tinyWeek(seed), Set.of());
        BlockCatalog c = BlockCatalog.generate(w, LabourRules.of(RULES));
        RosterNetwork net = new RosterNetwork(w, c, RULES);
        SplittableRandom r = new SplittableRandom(seed + 7L);
        long[] wl = new long[w.lineCount()];
        double[] wd = new double[w.lineCount()];
        for (int t = 0; t < wl.length; t++) {
            wl[t] = r.nextInt(1000);
            wd[t] = wl[t];
        }
        long expected = bruteForce(w, c, wl);
        assertEquals(expected, net.maxWeight(wl));
        int[] path = new int[wl.length];
        assertEquals(expected, net.maxWeight(wd, path), 1e-6);
        long onPath = 0;
        for (int t = 0; t < wl.length; t++) {
            onPath += path[t] * wl[t];
        }
        assertEquals(expected, onPath, "the returned roster carries the optimum");
    }

    @Property(tries = 100)
    void cappedLongestPathEqualsBruteForceWithTheCap(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        // Durations are multiples of 30 min, so 30-min work units are exact; a 15 h cap binds often.
        RuleSet capped = RULES.toBuilder().maxWeeklyMinutes(900).fteMinMinutes(600).nearWeeklyMinutes(800).build();
        WeekTours w = WeekTours.of(tinyWeek(seed), Set.of());
        BlockCatalog c = BlockCatalog.generate(w, LabourRules.of(capped));
        RosterNetwork net = new RosterNetwork(w, c, capped, true);
        SplittableRandom r = new SplittableRandom(seed + 11L);
        long[] wl = new long[w.lineCount()];
        double[] wd = new double[w.lineCount()];
        for (int t = 0; t < wl.length; t++) {
            wl[t] = r.nextInt(1000);
            wd[t] = wl[t];
        }
        long expected = best(w, c, wl, 0, null, -9, capped.maxWeeklyMinutes());
        assertEquals(expected, net.maxWeight(wl));
        int[] path = new int[wl.length];
        assertEquals(expected, net.maxWeight(wd, path), 1e-6);
        long onPath = 0;
        for (int t = 0; t < wl.length; t++) {
            onPath += path[t] * wl[t];
        }
        assertEquals(expected, onPath, "the returned roster carries the optimum");
    }

    @Property(tries = 60)
    void certificateChecksExactlyAndBoundsTheSolver(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Forecast f = tinyWeek(seed);
        WeekTours w = WeekTours.of(f, Set.of());
        BlockCatalog c = BlockCatalog.generate(w, LabourRules.of(RULES));
        LowerBoundCertificate cert = LowerBound.compute(w, c, RULES, 10_000, () -> false, b -> { }).certificate();
        long[] weights = new long[w.lineCount()];
        long covered = 0;
        for (int t = 0; t < weights.length; t++) {
            weights[t] = cert.weights().get(w.lines[t].idStem());
            assertTrue(weights[t] >= 0);
            covered += weights[t] * w.lineCount[t];
        }
        long max = bruteForce(w, c, weights);
        assertEquals(covered, cert.coveredWeight());
        assertEquals(max, cert.maxRosterWeight());
        assertEquals((covered + max - 1) / max, cert.drivers());
        SolveResult res = Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(50_000).build());
        assertTrue(res.drivers() >= cert.drivers(), res.drivers() + " < bound " + cert.drivers());
        assertEquals(cert.drivers(), res.lowerBound());
    }
}
