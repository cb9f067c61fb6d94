package io.solvereign.audit;

import static io.solvereign.api.model.Weekday.MO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-edited plans: unknown ids, duplicates and gaps are violations, never exceptions. */
class CoverageEdgeTest {
    private static final WeekFixture.Built VALID = SampleWeek.valid();

    private static List<String> failing(AuditReport r) {
        return r.checks().stream().filter(c -> !c.passed()).map(CheckResult::id).toList();
    }

    @Test
    void unknownTourIdIsNamed() {
        AuditReport r = Auditors.standard().audit(VALID.plus("D001", "Mo-9999-9999-01").input());
        assertEquals(List.of("COVERAGE", "PLAN_INTEGRITY"), failing(r));
        Violation v = r.check("COVERAGE").violations().get(0);
        assertEquals("D001", v.driverId());
        assertEquals(List.of("Mo-9999-9999-01"), v.instanceIds());
        assertEquals(1, v.measured());
        assertEquals(0, v.limit());
        assertTrue(v.message().contains("not in the forecast"), v.message());
    }

    @Test
    void sameDriverHoldingATourTwiceIsADuplicateNotAnOverlap() {
        AuditReport r = Auditors.standard().audit(VALID.plus("D001", "Mo-0500-0930-01").input());
        assertEquals(List.of("COVERAGE"), failing(r));
        Violation v = r.check("COVERAGE").violations().get(0);
        assertEquals("D001,D001", v.driverId());
        assertEquals(2, v.measured());
    }

    @Test
    void eachProblemIsOneViolation() {
        WeekFixture.Built edited = VALID.without("Mo-0500-0930-01").plus("D011", "So-1000-1400-01")
                .plus("D002", "Xx-1").plus("D003", "Xx-1");
        CheckResult c = Auditors.standard().audit(edited.input()).check("COVERAGE");
        assertEquals(4, c.count(), c.violations()::toString);
        // Forecast instances first (dropped, then duplicated, in forecast order), then unknown ids.
        assertEquals(List.of(0L, 2L, 1L, 1L), c.violations().stream().map(Violation::measured).toList());
        assertEquals(List.of("", "D011,D014", "D002", "D003"), c.violations().stream().map(Violation::driverId).toList());
    }

    @Test
    void emptyPlanLeavesEveryTourUncovered() {
        WeekFixture.Built week = WeekFixture.week().work("D1", MO, "06:00-10:00").unassigned(MO, "06:00-10:00").build();
        AuditReport r = Auditors.standard().audit(new WeekFixture.Built(week.forecast(), List.of()).input());
        assertEquals(List.of("COVERAGE"), failing(r));
        assertEquals(2, r.check("COVERAGE").count());
    }

    @Test
    void unassignedForecastTourIsReported() {
        WeekFixture.Built week = WeekFixture.week().work("D1", MO, "06:00-10:00").unassigned(MO, "06:00-10:00").build();
        Violation v = Auditors.standard().audit(week.input()).check("COVERAGE").violations().get(0);
        assertEquals(List.of("Mo-0600-1000-02"), v.instanceIds());
    }

    @Test
    void emptyForecastAndPlanPass() {
        AuditReport r = Auditors.standard().audit(WeekFixture.week().build().input());
        assertEquals(List.of(), failing(r));
    }
}
