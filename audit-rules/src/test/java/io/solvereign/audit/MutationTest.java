package io.solvereign.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.AuditStatus;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.NearViolation;
import io.solvereign.api.audit.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The valid sample week passes 8/8; each single mutation fails exactly its own check. */
class MutationTest {
    private static final WeekFixture.Built VALID = SampleWeek.valid();

    private static AuditReport audit(WeekFixture.Built week) {
        return Auditors.standard().audit(week.input());
    }

    /** Asserts that only {@code checkId} fails, with one violation, and returns it. */
    private static Violation onlyFailure(AuditReport report, String checkId) {
        for (CheckResult c : report.checks()) {
            assertEquals(c.id().equals(checkId) ? AuditStatus.FAIL : AuditStatus.PASS, c.status(),
                    () -> c.id() + ": " + c.violations());
        }
        CheckResult failed = report.check(checkId);
        assertEquals(1, failed.count(), () -> failed.violations().toString());
        assertEquals(AuditStatus.FAIL, report.verdict());
        return failed.violations().get(0);
    }

    @Test
    void validWeekPassesAllSeven() {
        AuditReport report = audit(VALID);
        assertEquals(AuditReport.GATE_CHECKS, report.checks().stream().map(CheckResult::id).toList());
        report.checks().forEach(c -> assertEquals(AuditStatus.PASS, c.status(), () -> c.id() + ": " + c.violations()));
        assertEquals(AuditStatus.PASS, report.verdict());
        assertEquals(0, report.failedChecks());
        // 5 x 10 h + 2 h = 52 h = 3120 min: the one warning the week was built with.
        List<NearViolation> near = report.nearViolations();
        assertEquals(1, near.size(), near::toString);
        assertEquals("WEEKLY_HOURS", near.get(0).checkId());
        assertEquals("D010", near.get(0).driverId());
        assertEquals(3120, near.get(0).measured());
        assertEquals(2880, near.get(0).limit());
    }

    @Test
    void tourMovedOntoBusyDriverFailsOverlap() {
        Violation v = onlyFailure(audit(VALID.moved("Mo-0600-1030-02", "D002")), "OVERLAP");
        assertEquals("D002", v.driverId());
        assertEquals(List.of("Mo-0600-1030-01", "Mo-0600-1030-02"), v.instanceIds());
        assertEquals(270, v.measured());
        assertEquals(0, v.limit());
    }

    @Test
    void restOfTenHoursFiftyNineFailsRest() {
        Violation v = onlyFailure(audit(VALID.moved("Mo-1431-1901-01", "D004")), "REST");
        assertEquals("D004", v.driverId());
        assertEquals(List.of("Mo-1431-1901-01", "Di-0600-1030-01"), v.instanceIds());
        assertEquals(659, v.measured());
        assertEquals(660, v.limit());
        assertEquals(MeasureUnit.MINUTES, v.unit());
    }

    @Test
    void splitBreakOf239FailsSpanSplit() {
        Violation v = onlyFailure(audit(VALID.moved("Mi-1359-1829-01", "D006")), "SPAN_SPLIT");
        assertEquals("D006", v.driverId());
        assertEquals(List.of("Mi-0600-1000-01", "Mi-1359-1829-01"), v.instanceIds());
        assertEquals(239, v.measured());
        assertEquals(240, v.limit());
    }

    @Test
    void regularSpanOverFourteenHoursFailsSpanRegular() {
        Violation v = onlyFailure(audit(VALID.moved("Do-1330-2030-01", "D008")), "SPAN_REGULAR");
        assertEquals("D008", v.driverId());
        assertEquals(List.of("Do-0600-1300-01", "Do-1330-2030-01"), v.instanceIds());
        assertEquals(870, v.measured());
        assertEquals(840, v.limit());
    }

    @Test
    void fiftySixHoursFailWeeklyHours() {
        Violation v = onlyFailure(audit(VALID.moved("Sa-0900-1300-01", "D010")), "WEEKLY_HOURS");
        assertEquals("D010", v.driverId());
        assertEquals(3360, v.measured());
        assertEquals(3300, v.limit());
        assertEquals(12, v.instanceIds().size());
    }

    @Test
    void tripleOnTuesdayAndWednesdayFailsFatigue() {
        Violation v = onlyFailure(audit(VALID.moved("Mi-1300-1600-01", "D012")), "FATIGUE");
        assertEquals("D012", v.driverId());
        assertEquals(6, v.instanceIds().size());
        assertEquals("Di-0600-0900-01", v.instanceIds().get(0));
        assertEquals("Mi-1300-1600-01", v.instanceIds().get(5));
        assertEquals(2, v.measured());
        assertEquals(1, v.limit());
        assertTrue(v.message().contains("Di") && v.message().contains("Mi"), v.message());
    }

    @Test
    void droppedTourFailsCoverage() {
        Violation v = onlyFailure(audit(VALID.without("Mo-0500-0930-01")), "COVERAGE");
        assertEquals("", v.driverId());
        assertEquals(List.of("Mo-0500-0930-01"), v.instanceIds());
        assertEquals(0, v.measured());
        assertEquals(1, v.limit());
    }

    @Test
    void tourAssignedTwiceFailsCoverage() {
        Violation v = onlyFailure(audit(VALID.plus("D011", "So-1000-1400-01")), "COVERAGE");
        assertEquals("D011,D014", v.driverId());
        assertEquals(List.of("So-1000-1400-01"), v.instanceIds());
        assertEquals(2, v.measured());
        assertEquals(MeasureUnit.ASSIGNMENTS, v.unit());
    }
}
