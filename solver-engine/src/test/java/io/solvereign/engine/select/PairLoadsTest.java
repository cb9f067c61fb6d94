package io.solvereign.engine.select;

import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Hall's condition on consecutive days against an independent minimum path cover and pairwise matchings. */
class PairLoadsTest {
    private static int hallDrivers(Forecast f) {
        WeekTours w = WeekTours.of(f, Set.of());
        Chains singles = new Chains(w, LabourRules.of(RuleSet.defaults()));
        PairLoads loads = new PairLoads(w, LabourRules.of(RuleSet.defaults()), 1);
        singles.register(loads);
        return loads.minimalDrivers();
    }

    @Test
    void lateEndsBlockEarlyStartsNextDay() {
        // Mo ends 20:00 + 11 h rest = Di 07:00.
        assertEquals(5, hallDrivers(Forecast.of(List.of(tour(Weekday.MO, "12:00", "20:00", 3),
                tour(Weekday.DI, "06:59", "10:00", 2)))));
        assertEquals(3, hallDrivers(Forecast.of(List.of(tour(Weekday.MO, "12:00", "20:00", 3),
                tour(Weekday.DI, "07:00", "10:00", 2)))));
    }

    @Test
    void crossMidnightTourRestsFromItsRealEnd() {
        // Do 22:00-06:00 ends Fr 06:00; Fr 16:59 is 10:59 later, Fr 17:00 exactly 11 h.
        assertEquals(2, hallDrivers(Forecast.of(List.of(tour(Weekday.DO, "22:00", "06:00", 1),
                tour(Weekday.FR, "16:59", "20:00", 1)))));
        assertEquals(1, hallDrivers(Forecast.of(List.of(tour(Weekday.DO, "22:00", "06:00", 1),
                tour(Weekday.FR, "17:00", "20:00", 1)))));
    }

    /** Minimal drivers of the greedy chains, with or without the fatigue rule. */
    private static int chainDrivers(Forecast f, boolean fatigue) {
        WeekTours w = WeekTours.of(f, Set.of());
        Chains chains = new Chains(w, LabourRules.of(RuleSet.defaults()));
        chains.greedy();
        PairLoads loads = new PairLoads(w, LabourRules.of(RuleSet.defaults().toBuilder().forbidConsecutiveTriples(fatigue).build()), 1);
        chains.register(loads);
        return loads.minimalDrivers();
    }

    @Test
    void aThreeErAfterAThreeErNeedsAnotherDriver() {
        // Mo and Di each one 3er 05:00-18:00 (gaps 30 min); Mo 18:00 + 11 h rest = Di 05:00.
        List<TourTemplate> ts = new ArrayList<>();
        for (Weekday d : List.of(Weekday.MO, Weekday.DI)) {
            ts.add(tour(d, "05:00", "09:00", 1));
            ts.add(tour(d, "09:30", "13:30", 1));
            ts.add(tour(d, "14:00", "18:00", 1));
        }
        Forecast f = Forecast.of(ts);
        assertEquals(1, chainDrivers(f, false));
        assertEquals(2, chainDrivers(f, true));
    }

    @Property(tries = 200)
    void fatigueHallCountEqualsPairwiseMatching(@ForAll @IntRange(min = 0, max = 100000) int seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        List<TourTemplate> ts = new ArrayList<>();
        // Families of up to three tours with 30-60 min gaps, so that 3ers meet on consecutive days.
        int n = 2 + r.nextInt(8);
        for (int k = 0; k < n; k++) {
            Weekday day = Weekday.values()[r.nextInt(3)];
            int start = 30 * (8 + r.nextInt(20));
            int parts = 1 + r.nextInt(3);
            for (int j = 0; j < parts; j++) {
                int len = 30 * (6 + r.nextInt(3));
                ts.add(TourTemplate.of(day, new TimeRange(start, start + len), 1 + r.nextInt(3)));
                start += len + 30 * (1 + r.nextInt(2));
            }
        }
        Forecast f = Forecast.of(ts);
        WeekTours w = WeekTours.of(f, Set.of());
        Chains chains = new Chains(w, LabourRules.of(RuleSet.defaults()));
        chains.greedy();
        assertEquals(pairwiseDrivers(chains.blocks()), chainDrivers(f, true));
    }

    /**
     * Drivers for the blocks day by day, with rest and fatigue between consecutive days: per pair,
     * blocks of both days minus a maximum matching of "can follow" (the others need a driver off the
     * day before); at least the busiest day.
     */
    private static int pairwiseDrivers(List<List<io.solvereign.engine.block.TourBlock>> days) {
        int rest = RuleSet.defaults().minRestMinutes();
        int need = 0;
        for (int d = 0; d < days.size(); d++) {
            need = Math.max(need, days.get(d).size());
            if (d + 1 == days.size()) {
                break;
            }
            var x = days.get(d);
            var y = days.get(d + 1);
            boolean[][] follows = new boolean[x.size()][y.size()];
            for (int u = 0; u < x.size(); u++) {
                for (int v = 0; v < y.size(); v++) {
                    follows[u][v] = x.get(u).end + rest <= y.get(v).start
                            && !(x.get(u).isTriple() && y.get(v).isTriple());
                }
            }
            need = Math.max(need, x.size() + y.size() - maxMatching(follows, y.size()));
        }
        return need;
    }

    private static int maxMatching(boolean[][] follows, int right) {
        int[] matchOf = new int[right];
        Arrays.fill(matchOf, -1);
        int matched = 0;
        for (int u = 0; u < follows.length; u++) {
            if (augmentPair(u, follows, matchOf, new boolean[right])) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augmentPair(int u, boolean[][] follows, int[] matchOf, boolean[] seen) {
        for (int v = 0; v < matchOf.length; v++) {
            if (follows[u][v] && !seen[v]) {
                seen[v] = true;
                if (matchOf[v] < 0 || augmentPair(matchOf[v], follows, matchOf, seen)) {
                    matchOf[v] = u;
                    return true;
                }
            }
        }
        return false;
    }

    @Property(tries = 200)
    void hallCountEqualsMinimumPathCover(@ForAll @IntRange(min = 0, max = 100000) int seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        List<TourTemplate> ts = new ArrayList<>();
        int n = 1 + r.nextInt(10);
        for (int k = 0; k < n; k++) {
            int start = 60 * (3 + r.nextInt(18));
            int len = 60 * (2 + r.nextInt(8));
            ts.add(TourTemplate.of(Weekday.values()[r.nextInt(3)], new TimeRange(start, start + len), 1 + r.nextInt(2)));
        }
        Forecast f = Forecast.of(ts);
        assertEquals(minPathCover(WeekTours.of(f, Set.of())), hallDrivers(f));
    }

    /** Drivers needed when every tour is a single: tours minus a maximum matching of "can follow". */
    private static int minPathCover(WeekTours w) {
        int n = w.size();
        int rest = RuleSet.defaults().minRestMinutes();
        boolean[][] follows = new boolean[n][n];
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                follows[u][v] = w.day[v] > w.day[u] && w.end[u] + rest <= w.start[v];
            }
        }
        int[] matchOf = new int[n];
        Arrays.fill(matchOf, -1);
        int matched = 0;
        for (int u = 0; u < n; u++) {
            if (augment(u, follows, matchOf, new boolean[n])) {
                matched++;
            }
        }
        return n - matched;
    }

    private static boolean augment(int u, boolean[][] follows, int[] matchOf, boolean[] seen) {
        for (int v = 0; v < follows.length; v++) {
            if (follows[u][v] && !seen[v]) {
                seen[v] = true;
                if (matchOf[v] < 0 || augment(matchOf[v], follows, matchOf, seen)) {
                    matchOf[v] = u;
                    return true;
                }
            }
        }
        return false;
    }
}
