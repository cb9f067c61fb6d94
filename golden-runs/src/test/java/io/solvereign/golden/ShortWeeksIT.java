package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 on the short weeks (holidays, 4- and 5-day weeks, 4 h and 4h30 tours, 950-1,900 tours;
 * {@link io.solvereign.bench.ShortWeek}): the engine, through its public API with seed 1 and the default
 * budget, reaches the proven driver optimum ({@code short-weeks/optima.csv}, re-checked by
 * {@link ShortWeekOptimaTest}); its part-time count is never below the proven optimum (a check on the
 * yardstick as much as on the engine); its {@code pt_lower_bound} is never above that optimum and at most 3
 * below it; every plan passes the audit and the exported rosters' rule check.
 *
 * <p>Part-time is held to issue 10's acceptance, at most {@link #PT_TOLERANCE} above the proven optimum, on
 * every week but the two listed in {@link #KNOWN_GAPS}, which are held to what they reach today, so a
 * change that widens any gap fails here; a week leaves the list when the engine closes its gap. The line
 * printed per week shows each gap.
 */
class ShortWeeksIT {
    /** The acceptance: the certified part-time bound at most this far below the proven optimum. */
    static final int BOUND_TOLERANCE = 3;
    /** The acceptance: part-time at most this far above the proven optimum. */
    static final int PT_TOLERANCE = 2;
    /**
     * Weeks the engine does not bring within {@link #PT_TOLERANCE} yet, with the gap they reach (issue 10
     * stays open for them). None since the day-middle re-matchings (holiday-mo-240 and lopsided-four-270
     * were +3); kept so that a week can be listed again with its reason.
     */
    static final Map<String, Integer> KNOWN_GAPS = Map.of();

    static Stream<ShortWeekRecord> weeks() {
        return ShortWeekRecord.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weeks")
    void driversAtTheOptimumAndPartTimeNearIt(ShortWeekRecord r) {
        Forecast f = r.generate().forecast();
        long t0 = System.nanoTime();
        SolveResult res = GoldenSolves.solve(f);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(res.status() != SolveStatus.INFEASIBLE, r.week() + ": " + res.infeasibilities());
        PlanChecks.assertAuditPasses(f, res.plan(), r.week());
        PlanChecks.assertRostersCsvHolds(f, res.plan(), r.week());
        PlanChecks.assertBoundHolds(f, res.plan(), r.week());
        Kpis k = res.plan().kpis();
        System.out.printf(java.util.Locale.ROOT, "ShortWeeksIT %s: drivers %d (optimum %d), pt %d (optimum %d),"
                + " pt_lower_bound %d, %s, %.1f s%n", r.week(), k.drivers(), r.drivers(), k.ptDrivers(), r.partTime(),
                k.ptLowerBound(), res.cost(), seconds);
        assertEquals(r.drivers(), k.drivers(), r.week() + ": drivers " + k.drivers() + ", proven optimum " + r.drivers());
        // Part-time and the certified part-time bound at that (optimal) headcount, reported together.
        int allowed = KNOWN_GAPS.getOrDefault(r.week(), PT_TOLERANCE);
        assertAll(r.week(),
            () -> assertTrue(k.ptDrivers() >= r.partTime(), r.week() + ": part-time " + k.ptDrivers()
                    + " below the proven optimum " + r.partTime() + " at " + r.drivers() + " drivers"),
            () -> assertTrue(k.ptDrivers() <= r.partTime() + allowed, r.week() + ": part-time " + k.ptDrivers()
                    + ", proven optimum " + r.partTime() + " (allowed: optimum + " + allowed + ")"),
            () -> assertTrue(k.ptLowerBound() <= r.partTime(), r.week() + ": pt_lower_bound " + k.ptLowerBound()
                    + " above the proven optimum " + r.partTime()),
            () -> assertTrue(k.ptLowerBound() >= r.partTime() - BOUND_TOLERANCE, r.week() + ": pt_lower_bound "
                    + k.ptLowerBound() + ", proven optimum " + r.partTime() + " (allowed: optimum - " + BOUND_TOLERANCE + ")"));
    }
}
