package io.solvereign.engine.select;

import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The full-time potential on hand-made weeks, and its incremental updates against a solve from scratch. */
class FullTimePotentialTest {

    /** 3er Di, 2er Mi, 3er Do, 2er Fr of 4 h tours (40 h): one full-time week when Mi starts at {@code mi}. */
    private static double potential(String mi, int drivers) {
        List<TourTemplate> ts = new ArrayList<>();
        for (Weekday d : List.of(Weekday.DI, Weekday.DO)) {
            ts.add(tour(d, "05:00", "09:00", 1));
            ts.add(tour(d, "09:30", "13:30", 1));
            ts.add(tour(d, "14:00", "18:00", 1));
        }
        int start = Integer.parseInt(mi.substring(0, 2)) * 60;
        for (Weekday d : List.of(Weekday.MI, Weekday.FR)) {
            ts.add(TourTemplate.of(d, new TimeRange(start, start + 240), 1));
            ts.add(TourTemplate.of(d, new TimeRange(start + 270, start + 510), 1));
        }
        WeekTours w = WeekTours.of(Forecast.of(ts), Set.of());
        Chains chains = new Chains(w, LabourRules.of(RuleSet.defaults()));
        chains.greedy();
        FullTimePotential ft = FullTimePotential.of(w, RuleSet.defaults());
        assertNotNull(ft);
        ft.reset(chains, drivers);
        return ft.value();
    }

    @Test
    void aRestfulWeekOfThreeAndTwoErIsOneFullTimeDriver() {
        // Di ends 18:00 + 11 h rest = Mi 05:00.
        assertEquals(1.0, potential("05", 1), 1e-9);
    }

    @Test
    void restBetweenTheBlocksIsPricedIn() {
        // Mi from 04:00 is too early after Di's 3er: the blocks per day and size alone would allow one.
        assertEquals(0.0, potential("04", 2), 1e-9);
    }

    @Test
    void weeksOfMixedTourLengthsHaveNoPotential() {
        Forecast f = Forecast.of(List.of(tour(Weekday.MO, "06:00", "10:00", 1), tour(Weekday.DI, "06:00", "11:00", 1)));
        assertNull(FullTimePotential.of(WeekTours.of(f, Set.of()), RuleSet.defaults()));
    }

    @Property(tries = 40)
    void incrementalValueEqualsASolveFromScratch(@ForAll @IntRange(min = 0, max = 100000) int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<TourTemplate> ts = new ArrayList<>();
        // 4 h tours on Di-Fr in runs with 30-60 min gaps, so that 2er, 3er and splits can form.
        for (Weekday day : List.of(Weekday.DI, Weekday.MI, Weekday.DO, Weekday.FR)) {
            int runs = 2 + r.nextInt(5);
            for (int k = 0; k < runs; k++) {
                int start = 30 * (6 + r.nextInt(20));
                int parts = 1 + r.nextInt(3);
                for (int j = 0; j < parts; j++) {
                    ts.add(TourTemplate.of(day, new TimeRange(start, start + 240), 1 + r.nextInt(4)));
                    start += 240 + 30 * (1 + r.nextInt(2));
                }
            }
        }
        WeekTours w = WeekTours.of(Forecast.of(ts), Set.of());
        LabourRules labour = LabourRules.of(RuleSet.defaults());
        Chains chains = new Chains(w, labour);
        chains.greedy();
        PairLoads loads = new PairLoads(w, labour, 1);
        chains.register(loads);
        int n = loads.minimalDrivers();
        loads.setDrivers(n);
        FullTimePotential ft = FullTimePotential.of(w, RuleSet.defaults());
        assertNotNull(ft);
        ft.reset(chains, n);
        ChainSearch search = new ChainSearch(chains, loads, new SplittableRandom(seed), BlockType.DOUBLE_SPLIT,
                BlockType.SINGLE);
        search.fullTime = ft;
        search.wFullTime = 32;
        for (int k = 0; k < 3000; k++) {
            search.step(2.0);
        }
        double incremental = ft.value();
        FullTimePotential fresh = FullTimePotential.of(w, RuleSet.defaults());
        fresh.reset(chains, n);
        assertEquals(fresh.value(), incremental, 1e-6);
    }
}
