package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.TourInstance;
import io.solvereign.fixtures.SyntheticWeek;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3, Must show: on other realistic weeks (synthetic, {@link SyntheticWeek}) every rule holds and
 * drivers are within 1 of the certified bound.
 *
 * <p>No week is exempt from the within-1 assertion (the former {@code KNOWN_GAP} list and its rules-only
 * test are gone). Seeds 5, 6, 27 and 38 used to be exempt; seed 1 and the default budget on main at
 * 5630ed9 gave: seed 5 (1,799 tours) 218 drivers vs bound 209; seed 6 (1,000 tours, Thursday holiday)
 * 142 vs 139; seed 27 (1,649 tours) 183 vs 174; seed 38 (1,800 tours) 219 vs 214. Diagnosis: the
 * selection met the bound's headcount on all four, but its Hall condition ignored fatigue (no 3er on
 * consecutive days), so the day-by-day assignment needed 4-9 drivers more (with fatigue switched off
 * it needed none; the weekly cap never bound, at most 44 h a driver; the bound with the cap was the
 * same). With fatigue in the selection's pair condition all four end at their bound: 209, 139, 174 and
 * 214 drivers, and every week of {@link #WEEKS} ends at its bound (gap 0 on all thirteen).
 */
class SyntheticWeeksIT {
    /** (seed, tours) of the weeks held to drivers <= bound + 1; chosen to span 600-1,800 tours and the day mixes. */
    static final long[][] WEEKS = {{1, 600}, {16, 950}, {6, 1000}, {10, 1100}, {3, 1200}, {22, 1400}, {18, 1550},
        {13, 1600}, {27, 1650}, {14, 1700}, {19, 1750}, {5, 1800}, {38, 1800}};

    static Stream<Arguments> weeks() {
        return Arrays.stream(WEEKS).map(w -> Arguments.of(w[0], (int) w[1]));
    }

    @ParameterizedTest(name = "seed {0}, {1} tours")
    @MethodSource("weeks")
    void everyRuleHoldsAndDriversAreWithinOneOfTheBound(long seed, int tours) {
        Kpis k = solveAndCheckRules(seed, tours);
        assertTrue(k.drivers() <= k.lowerBound() + 1, "seed " + seed + ": " + k.drivers() + " drivers, bound "
                + k.lowerBound() + " (gap " + k.gap() + ")");
    }

    /** The weeks differ the way the issue asks: totals, day mixes with a Sunday, depots, night tours. */
    @Test
    void theWeeksCoverOtherTotalsDayMixesAndTourShapes() {
        int min = Integer.MAX_VALUE;
        int max = 0;
        boolean sunday = false;
        boolean weekdayOff = false;
        boolean crossing = false;
        boolean depots = false;
        for (long[] w : WEEKS) {
            SyntheticWeek week = SyntheticWeek.generate(w[0], (int) w[1]);
            Forecast f = week.forecast();
            min = Math.min(min, f.instances().size());
            max = Math.max(max, f.instances().size());
            sunday |= week.hasSunday();
            weekdayOff |= Arrays.stream(f.toursPerDay()).limit(5).anyMatch(n -> n == 0);
            crossing |= f.instances().stream().anyMatch(t -> t.time().crossesMidnight());
            depots |= f.instances().stream().map(TourInstance::fingerprint).map(fp -> fp.depot()).distinct().count() >= 3;
        }
        assertTrue(min <= 650 && max >= 1700, "totals " + min + ".." + max);
        assertTrue(sunday && weekdayOff && crossing && depots,
                "sunday " + sunday + ", weekday off " + weekdayOff + ", crossing " + crossing + ", 3 depots " + depots);
    }

    private static Kpis solveAndCheckRules(long seed, int tours) {
        Forecast f = SyntheticWeek.generate(seed, tours).forecast();
        SolveResult r = GoldenSolves.solve(f);
        String what = "synthetic week seed " + seed;
        assertTrue(r.status() != SolveStatus.INFEASIBLE, what + ": " + r.infeasibilities());
        PlanChecks.assertAuditPasses(f, r.plan(), what);
        PlanChecks.assertRostersCsvHolds(f, r.plan(), what);
        PlanChecks.assertBoundHolds(f, r.plan(), what);
        return r.plan().kpis();
    }
}
