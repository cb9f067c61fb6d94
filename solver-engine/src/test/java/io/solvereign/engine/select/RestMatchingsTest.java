package io.solvereign.engine.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The rest matchings of every class pair against augmenting-path matchings of the blocks. */
class RestMatchingsTest {

    @Property(tries = 150)
    void matchingsEqualAugmentingPathMatchings(@ForAll @IntRange(min = 0, max = 100000) int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        WeekTours w = randomWeek(r, 2);
        LabourRules rules = LabourRules.of(RuleSet.defaults());
        Chains chains = new Chains(w, rules);
        chains.greedy();
        boolean[] hasTours = hasTours(w);
        RestMatchings m = new RestMatchings(w, rules, hasTours);
        for (int i = 0; i < w.size(); i++) {
            if (chains.prev[i] < 0) {
                int tail = chains.tail(i);
                m.update(w.day[i], i, tail, chains.typeOf(i, tail).tours(), +1);
            }
        }
        m.refresh();
        List<List<TourBlock>> days = chains.blocks();
        for (int q = 0; q < m.pairs; q++) {
            List<TourBlock> x = days.get(m.pairDay[q]);
            List<TourBlock> y = days.get(m.pairDay[q] + 1);
            for (int a = 0; a < RestMatchings.CLASSES.length; a++) {
                for (int b = 0; b < RestMatchings.CLASSES.length; b++) {
                    assertEquals(maxMatching(x, y, a, b, rules), m.matched(q, a * RestMatchings.CLASSES.length + b),
                            "pair " + q + " classes " + a + "/" + b);
                }
            }
        }
    }

    /**
     * Changes kept or dropped at random: the pending matchings of a change, and the matchings after a
     * commit or a rollback, equal those of a fresh count of the blocks then present.
     */
    @Property(tries = 60)
    void incrementalMatchingsEqualAFreshCount(@ForAll @IntRange(min = 0, max = 100000) int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        WeekTours w = randomWeek(r, 3);
        LabourRules rules = LabourRules.of(RuleSet.defaults());
        Chains chains = new Chains(w, rules);
        chains.greedy();
        boolean[] hasTours = hasTours(w);
        List<int[]> blocks = new ArrayList<>();  // day, head, tail, tours
        for (int i = 0; i < w.size(); i++) {
            if (chains.prev[i] < 0) {
                int tail = chains.tail(i);
                blocks.add(new int[] {w.day[i], i, tail, chains.typeOf(i, tail).tours()});
            }
        }
        boolean[] in = new boolean[blocks.size()];
        RestMatchings m = new RestMatchings(w, rules, hasTours);
        m.refresh();
        for (int step = 0; step < 30; step++) {
            boolean[] before = in.clone();
            List<Integer> flipped = new ArrayList<>();
            for (int f = 0, n = 1 + r.nextInt(3); f < n; f++) {
                int b = r.nextInt(blocks.size());
                int[] x = blocks.get(b);
                m.update(x[0], x[1], x[2], x[3], in[b] ? -1 : +1);
                in[b] = !in[b];
                flipped.add(b);
            }
            m.recompute();
            int[][] fresh = fresh(w, rules, hasTours, blocks, in);
            for (int q = 0; q < m.pairs; q++) {
                for (int c = 0; c < RestMatchings.COMBOS; c++) {
                    assertEquals(fresh[q][c], m.dirty(q) ? m.pending(q, c) : m.matched(q, c), "step " + step);
                }
            }
            if (r.nextBoolean()) {
                m.commit();
            } else {
                for (int f = flipped.size() - 1; f >= 0; f--) {
                    int b = flipped.get(f);
                    int[] x = blocks.get(b);
                    m.update(x[0], x[1], x[2], x[3], in[b] ? -1 : +1);
                    in[b] = !in[b];
                }
                m.rollback();
                assertEquals(Arrays.toString(before), Arrays.toString(in));
            }
            int[][] now = fresh(w, rules, hasTours, blocks, in);
            for (int q = 0; q < m.pairs; q++) {
                for (int c = 0; c < RestMatchings.COMBOS; c++) {
                    assertEquals(now[q][c], m.matched(q, c), "step " + step + " after commit or rollback");
                }
            }
        }
    }

    private static int[][] fresh(WeekTours w, LabourRules rules, boolean[] hasTours, List<int[]> blocks, boolean[] in) {
        RestMatchings m = new RestMatchings(w, rules, hasTours);
        for (int b = 0; b < blocks.size(); b++) {
            if (in[b]) {
                int[] x = blocks.get(b);
                m.update(x[0], x[1], x[2], x[3], +1);
            }
        }
        m.refresh();
        int[][] out = new int[m.pairs][RestMatchings.COMBOS];
        for (int q = 0; q < m.pairs; q++) {
            for (int c = 0; c < RestMatchings.COMBOS; c++) {
                out[q][c] = m.matched(q, c);
            }
        }
        return out;
    }

    /** Maximum matching of class-a blocks of one day to class-b blocks of the next that may follow under rest. */
    private static int maxMatching(List<TourBlock> x, List<TourBlock> y, int a, int b, LabourRules rules) {
        List<TourBlock> left = x.stream().filter(t -> RestMatchings.inClass(a, t.size())).toList();
        List<TourBlock> right = y.stream().filter(t -> RestMatchings.inClass(b, t.size())).toList();
        int[] matchOf = new int[right.size()];
        Arrays.fill(matchOf, -1);
        int matched = 0;
        for (int u = 0; u < left.size(); u++) {
            if (augment(u, left, right, matchOf, new boolean[right.size()], rules)) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int u, List<TourBlock> left, List<TourBlock> right, int[] matchOf, boolean[] seen,
                                   LabourRules rules) {
        for (int v = 0; v < right.size(); v++) {
            if (!seen[v] && rules.restEnd(left.get(u).end) <= right.get(v).start) {
                seen[v] = true;
                if (matchOf[v] < 0 || augment(matchOf[v], left, right, matchOf, seen, rules)) {
                    matchOf[v] = u;
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs of up to three tours with 30-60 min gaps on Mo-Mi, starting across the whole day; at least {@code minRuns}. */
    private static WeekTours randomWeek(SplittableRandom r, int minRuns) {
        List<TourTemplate> ts = new ArrayList<>();
        for (int k = 0, n = minRuns + r.nextInt(10); k < n; k++) {
            Weekday day = Weekday.values()[r.nextInt(3)];
            int parts = 1 + r.nextInt(3);
            int start = 30 * r.nextInt(parts == 1 ? 38 : 16);
            for (int j = 0; j < parts; j++) {
                int len = 30 * (6 + r.nextInt(3));
                ts.add(TourTemplate.of(day, new TimeRange(start, start + len), 1 + r.nextInt(3)));
                start += len + 30 * (1 + r.nextInt(2));
            }
        }
        return WeekTours.of(Forecast.of(ts), Set.of());
    }

    private static boolean[] hasTours(WeekTours w) {
        boolean[] has = new boolean[WeekTours.DAYS];
        for (int i = 0; i < w.size(); i++) {
            has[w.day[i]] = true;
        }
        return has;
    }
}
