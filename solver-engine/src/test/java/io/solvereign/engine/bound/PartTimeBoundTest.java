package io.solvereign.engine.bound;

import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import io.solvereign.engine.Solvers;
import io.solvereign.engine.Weeks;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The part-time bound: exact on weeks where full time is out of reach or limited by one day, and never above a plan. */
class PartTimeBoundTest {
    private static final RuleSet RULES = RuleSet.defaults();

    private static int bound(Forecast f, int drivers) {
        WeekTours w = WeekTours.of(f, Set.of());
        return PartTimeBound.compute(w, BlockCatalog.generate(w, LabourRules.of(RULES)), RULES, drivers, drivers);
    }

    @Test
    void twoDaysCannotMakeFullTimeSoEveryDriverIsPartTime() {
        // At most 16 h of work a day, so 32 h in two days: nobody reaches 40 h.
        Forecast f = Forecast.of(List.of(tour(Weekday.MO, "06:00", "14:00", 5), tour(Weekday.DI, "06:00", "14:00", 5)));
        assertEquals(5, bound(f, 5));
        SolveResult r = Solvers.create().solve(SolveRequest.newBuilder(f).build());
        assertEquals(5, r.plan().kpis().ptDrivers());
        assertEquals(5, r.ptLowerBound());
        // Ten singles are not proven optimal, so the status names the levels up to part-time.
        assertEquals(SolveStatus.PART_TIME_OPTIMAL, r.status());
        assertEquals(List.of(ObjectiveLevel.DRIVERS, ObjectiveLevel.PART_TIME, ObjectiveLevel.SPLITS),
                r.provenLevels());
    }

    @Test
    void aSmallDayCapsTheFullTimers() {
        // 4 h 30 tours Monday to Thursday: 9 of them (40 h 30) need all four days (3 + 2 + 3 at most
        // from Tuesday on), and Monday has only 2 tours, so at most 2 drivers are full-time whatever
        // the other days hold.
        List<TourTemplate> ts = new ArrayList<>();
        ts.add(tour(Weekday.MO, "06:00", "10:30", 2));
        for (Weekday d : List.of(Weekday.DI, Weekday.MI, Weekday.DO)) {
            for (int start = 5 * 60; start <= 16 * 60; start += 30) {
                ts.add(TourTemplate.of(d, new TimeRange(start, start + 270), 2));
            }
        }
        WeekTours w = WeekTours.of(Forecast.of(ts), Set.of());
        assertEquals(2, new PartTimeBound(w, BlockCatalog.generate(w, LabourRules.of(RULES)), RULES).maxFullTime());
    }

    @Test
    void zeroDriversOrNoToursGiveZero() {
        assertEquals(0, bound(Forecast.of(List.of()), 3));
        assertEquals(0, bound(Forecast.of(List.of(tour(Weekday.MO, "06:00", "14:00", 1))), 0));
    }

    /** A plan is a witness: its part-time count at its headcount is never below the certified bound. */
    @Property(tries = 25)
    void neverAboveThePartTimeOfAPlan(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Forecast f = Weeks.random(seed, 60, new int[] {240, 270, 300}, Forecast.DEFAULT_WEEK_ANCHOR);
        SolveResult r = Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(20_000).build());
        Kpis k = r.plan().kpis();
        assertTrue(k.ptLowerBound() <= k.ptDrivers(), "seed " + seed + ": " + k);
        assertTrue(k.ptDrivers() > 0 || k.ptLowerBound() == 0, "seed " + seed);
        // The total-work bound is a weaker certificate: never above the plan nor the full bound.
        WeekTours w = WeekTours.of(f, Set.of());
        int byWork = PartTimeBound.byTotalWork(w, RULES, k.drivers());
        assertTrue(byWork <= bound(f, k.drivers()) && byWork <= k.ptDrivers(), "seed " + seed + ": " + byWork);
    }

    @Test
    void totalWorkBelowTheThresholdsForcesPartTime() {
        // 10 tours of 8 h = 80 h: at most 2 drivers reach 40 h, so 5 drivers include 3 part-timers.
        Forecast f = Forecast.of(List.of(tour(Weekday.MO, "06:00", "14:00", 5), tour(Weekday.DI, "06:00", "14:00", 5)));
        assertEquals(3, PartTimeBound.byTotalWork(WeekTours.of(f, Set.of()), RULES, 5));
        assertEquals(0, PartTimeBound.byTotalWork(WeekTours.of(f, Set.of()), RULES, 2));
    }
}
