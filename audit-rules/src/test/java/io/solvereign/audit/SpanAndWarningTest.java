package io.solvereign.audit;

import static io.solvereign.api.model.Weekday.DI;
import static io.solvereign.api.model.Weekday.DO;
import static io.solvereign.api.model.Weekday.FR;
import static io.solvereign.api.model.Weekday.MI;
import static io.solvereign.api.model.Weekday.MO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.AuditStatus;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.Finding;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.NearViolation;
import io.solvereign.api.audit.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Day classification from the tours alone, the span limits, and the near-violation thresholds. */
class SpanAndWarningTest {

    private static AuditReport audit(WeekFixture week) {
        return Auditors.standard().audit(week.build().input());
    }

    private static List<String> failing(AuditReport r) {
        return r.checks().stream().filter(c -> !c.passed()).map(CheckResult::id).toList();
    }

    /** One finding's (check, measured, limit). */
    private static List<Object> shape(Finding f) {
        return List.of(f.checkId(), f.measured(), f.limit());
    }

    private static void warnsOnly(WeekFixture week, String check, long measured, long threshold) {
        AuditReport r = audit(week);
        assertEquals(AuditStatus.PASS, r.verdict(), () -> r.checks().toString());
        List<NearViolation> near = r.nearViolations();
        assertEquals(1, near.size(), near::toString);
        assertEquals(List.of(check, measured, threshold), shape(near.get(0)));
    }

    @Test
    void restBelowTwelveHoursWarns() {
        warnsOnly(WeekFixture.week().work("D1", MO, "14:00-18:30").work("D1", DI, "06:00-10:30"), "REST", 690, 720);
    }

    @Test
    void regularSpanOverTwelveHoursWarns() {
        warnsOnly(WeekFixture.week().work("D1", MO, "06:00-12:00", "12:30-18:30"), "SPAN_REGULAR", 750, 720);
    }

    @Test
    void aFifteenHourTourAloneOnItsDayFailsSpanRegular() {
        AuditReport r = audit(WeekFixture.week().work("D1", MO, "05:00-20:00"));
        assertEquals(List.of("SPAN_REGULAR"), failing(r));
        Violation v = r.check("SPAN_REGULAR").violations().get(0);
        assertEquals(List.of("SPAN_REGULAR", 900L, 840L), shape(v));
        assertEquals("D1", v.driverId());
        assertEquals(List.of("Mo-0500-2000-01"), v.instanceIds());
    }

    @Test
    void aTwentyThreeHourTourCrossingMidnightFailsSpanRegular() {
        AuditReport r = audit(WeekFixture.week().work("D1", MI, "10:00-09:00"));
        assertEquals(List.of("SPAN_REGULAR"), failing(r));
        assertEquals(List.of("SPAN_REGULAR", 1380L, 840L), shape(r.check("SPAN_REGULAR").violations().get(0)));
    }

    @Test
    void aThirteenHourTourAloneWarnsOnly() {
        warnsOnly(WeekFixture.week().work("D1", MO, "06:00-19:00"), "SPAN_REGULAR", 780, 720);
    }

    @Test
    void tripleSpanOverFourteenHoursWarns() {
        warnsOnly(WeekFixture.week().work("D1", MO, "06:00-10:30", "11:00-15:30", "16:00-20:30"),
                "SPAN_REGULAR", 870, 840);
    }

    @Test
    void splitBreakBelowThreeHundredWarns() {
        warnsOnly(WeekFixture.week().split("D1", MO, "06:00-10:00", "14:40-18:40"), "SPAN_SPLIT", 280, 300);
    }

    @Test
    void splitSpanOverFourteenHoursWarns() {
        warnsOnly(WeekFixture.week().split("D1", MO, "05:00-09:00", "15:00-20:00"), "SPAN_SPLIT", 900, 840);
    }

    @Test
    void weeklyWorkOverFortyEightHoursWarns() {
        WeekFixture w = WeekFixture.week();
        for (var day : List.of(MO, DI, MI, DO, FR)) {
            w.work("D1", day, "06:00-11:00", "11:30-16:30");
        }
        warnsOnly(w, "WEEKLY_HOURS", 3000, 2880);
    }

    @Test
    void twoLooseToursWithAHundredMinuteGapAreJudgedAsASplit() {
        AuditReport r = audit(WeekFixture.week().work("D1", MO, "06:00-10:00", "11:40-15:40"));
        assertEquals(List.of("SPAN_SPLIT"), failing(r));
        assertEquals(List.of("SPAN_SPLIT", 100L, 240L), shape(r.check("SPAN_SPLIT").violations().get(0)));
    }

    @Test
    void splitBreakOverSixHoursFails() {
        AuditReport r = audit(WeekFixture.week().split("D1", MO, "05:00-08:00", "14:01-17:00"));
        assertEquals(List.of("SPAN_SPLIT"), failing(r));
        assertEquals(List.of("SPAN_SPLIT", 361L, 360L), shape(r.check("SPAN_SPLIT").violations().get(0)));
    }

    @Test
    void splitSpanOverSixteenHoursFails() {
        AuditReport r = audit(WeekFixture.week().split("D1", MO, "04:00-09:00", "15:00-20:01"));
        assertEquals(List.of("SPAN_SPLIT"), failing(r));
        assertEquals(List.of("SPAN_SPLIT", 961L, 960L), shape(r.check("SPAN_SPLIT").violations().get(0)));
    }

    @Test
    void tripleWithALongGapFailsSpanRegular() {
        AuditReport r = audit(WeekFixture.week().work("D1", MO, "06:00-09:00", "09:30-12:30", "14:30-17:30"));
        assertEquals(List.of("SPAN_REGULAR"), failing(r));
        Violation v = r.check("SPAN_REGULAR").violations().get(0);
        assertEquals(List.of("SPAN_REGULAR", 120L, 60L), shape(v));
        assertEquals(List.of("Mo-0930-1230-01", "Mo-1430-1730-01"), v.instanceIds());
    }

    @Test
    void tripleSpanOverSixteenHoursFails() {
        AuditReport r = audit(WeekFixture.week().work("D1", MO, "04:00-09:00", "10:00-15:00", "16:00-20:01"));
        assertEquals(List.of("SPAN_REGULAR"), failing(r));
        assertEquals(List.of("SPAN_REGULAR", 961L, 960L), shape(r.check("SPAN_REGULAR").violations().get(0)));
    }

    @Test
    void fourToursInADayFail() {
        AuditReport r = audit(WeekFixture.week().work("D1", MO, "04:00-06:00", "06:30-08:30", "09:00-11:00",
                "11:30-13:30"));
        assertEquals(List.of("SPAN_REGULAR"), failing(r));
        Violation v = r.check("SPAN_REGULAR").violations().get(0);
        assertEquals(List.of("SPAN_REGULAR", 4L, 3L), shape(v));
        assertEquals(MeasureUnit.TOURS, v.unit());
    }

    @Test
    void splitPairSharedByTwoDriversFails() {
        WeekFixture.Built week = WeekFixture.week().split("D1", MO, "06:00-10:00", "15:00-19:00").build();
        AuditReport r = Auditors.standard().audit(week.moved("Mo-0600-1000+1500-1900-01b", "D2").input());
        assertEquals(List.of("SPAN_SPLIT"), failing(r));
        Violation v = r.check("SPAN_SPLIT").violations().get(0);
        assertEquals("D1,D2", v.driverId());
        assertEquals(List.of("SPAN_SPLIT", 2L, 1L), shape(v));
    }

    @Test
    void threeHeavyDaysInARowAreTwoFatigueViolations() {
        WeekFixture w = WeekFixture.week();
        for (var day : List.of(DI, MI, DO)) {
            w.work("D1", day, "06:00-09:00", "09:30-12:30", "13:00-16:00");
        }
        AuditReport r = audit(w);
        assertEquals(List.of("FATIGUE"), failing(r));
        assertEquals(2, r.check("FATIGUE").count());
    }

    @Test
    void heavyDaysWithADayOffBetweenAreFine() {
        WeekFixture w = WeekFixture.week();
        for (var day : List.of(MO, MI, FR)) {
            w.work("D1", day, "06:00-09:00", "09:30-12:30", "13:00-16:00");
        }
        assertEquals(List.of(), failing(audit(w)));
    }
}
