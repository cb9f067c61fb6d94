package io.solvereign.audit;

import static io.solvereign.api.model.Weekday.DI;
import static io.solvereign.api.model.Weekday.DO;
import static io.solvereign.api.model.Weekday.FR;
import static io.solvereign.api.model.Weekday.MI;
import static io.solvereign.api.model.Weekday.MO;
import static io.solvereign.api.model.Weekday.SA;
import static io.solvereign.api.model.Weekday.SO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.AuditStatus;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rest, span and weekly work are measured on absolute instants: the Europe/Vienna switch nights
 * (2026-03-29 loses an hour, 2026-10-25 gains one) and tours crossing midnight.
 */
class AbsoluteTimeTest {
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 23);
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 19);

    private static AuditReport audit(WeekFixture week) {
        return Auditors.standard().audit(week.build().input());
    }

    private static void onlyFails(AuditReport report, String... ids) {
        List<String> failing = report.checks().stream().filter(c -> !c.passed()).map(CheckResult::id).toList();
        assertEquals(List.of(ids), failing, () -> report.checks().toString());
    }

    @Test
    void restOverSpringNightIsTenHoursNotEleven() {
        // Sa 20:00 -> So 07:00 is 11 h on the wall clock, 10 h absolute.
        AuditReport r = audit(WeekFixture.week(SPRING).work("D1", SA, "15:30-20:00").work("D1", SO, "07:00-11:30"));
        onlyFails(r, "REST");
        Violation v = r.check("REST").violations().get(0);
        assertEquals(600, v.measured());
        assertEquals(List.of("Sa-1530-2000-01", "So-0700-1130-01"), v.instanceIds());
    }

    @Test
    void restOverAutumnNightIsTwelveHours() {
        AuditReport r = audit(WeekFixture.week(AUTUMN).work("D1", SA, "15:30-20:00").work("D1", SO, "07:00-11:30"));
        onlyFails(r);
        assertEquals(List.of(), r.nearViolations(), "12 h absolute is not below the 12 h warning threshold");
    }

    @Test
    void autumnRestShortOnTheWallClockPassesWithWarning() {
        // Sa 20:30 -> So 07:00: 10 h 30 on the wall clock, 11 h 30 absolute.
        AuditReport r = audit(WeekFixture.week(AUTUMN).work("D1", SA, "16:00-20:30").work("D1", SO, "07:00-11:30"));
        onlyFails(r);
        assertEquals(1, r.nearViolations().size());
        assertEquals("REST", r.nearViolations().get(0).checkId());
        assertEquals(690, r.nearViolations().get(0).measured());
    }

    private static WeekFixture fiftyFiveWallClockHours(LocalDate anchor) {
        WeekFixture w = WeekFixture.week(anchor);
        for (var day : List.of(MO, DI, MI, DO, FR)) {
            w.work("D1", day, "06:00-11:00", "11:30-16:30");
        }
        // Sunday 01:00-05:00 spans the switch: 3 h absolute in spring, 5 h in autumn.
        return w.work("D1", SA, "06:00-07:00").work("D1", SO, "01:00-05:00");
    }

    @Test
    void weeklyHoursUseAbsoluteDurations() {
        AuditReport normal = audit(fiftyFiveWallClockHours(LocalDate.of(2026, 1, 5)));
        onlyFails(normal);
        assertEquals(3300, normal.nearViolations().get(0).measured());

        AuditReport spring = audit(fiftyFiveWallClockHours(SPRING));
        onlyFails(spring);
        assertEquals(3240, spring.nearViolations().get(0).measured());

        AuditReport autumn = audit(fiftyFiveWallClockHours(AUTUMN));
        onlyFails(autumn, "WEEKLY_HOURS");
        assertEquals(3360, autumn.check("WEEKLY_HOURS").violations().get(0).measured());
    }

    @Test
    void splitBreakOverSpringNightIsAnHourShorter() {
        // 01:30 -> 05:30 is 240 min on the wall clock, 180 min absolute.
        AuditReport r = audit(WeekFixture.week(SPRING).split("D1", SO, "00:30-01:30", "05:30-09:30"));
        onlyFails(r, "SPAN_SPLIT");
        assertEquals(180, r.check("SPAN_SPLIT").violations().get(0).measured());
    }

    @Test
    void crossMidnightTourThenFridayWorkTooEarlyFailsRest() {
        AuditReport r = audit(WeekFixture.week().work("D1", DO, "22:00-06:00").work("D1", FR, "16:00-20:00"));
        onlyFails(r, "REST");
        Violation v = r.check("REST").violations().get(0);
        assertEquals(600, v.measured(), "Friday 06:00 to 16:00");
        assertEquals(List.of("Do-2200-0600-01", "Fr-1600-2000-01"), v.instanceIds());
    }

    @Test
    void crossMidnightTourThenFridayAfterElevenHoursPasses() {
        AuditReport r = audit(WeekFixture.week().work("D1", DO, "22:00-06:00").work("D1", FR, "17:00-21:00"));
        onlyFails(r);
        assertEquals(660, r.nearViolations().get(0).measured());
        assertEquals(AuditStatus.PASS, r.verdict());
    }

    @Test
    void crossMidnightTourOverlapsFridayMorning() {
        AuditReport r = audit(WeekFixture.week().work("D1", DO, "22:00-06:00").work("D1", FR, "05:00-09:00"));
        onlyFails(r, "OVERLAP", "REST");
        assertEquals(60, r.check("OVERLAP").violations().get(0).measured());
        assertEquals(-60, r.check("REST").violations().get(0).measured());
    }

    @Test
    void crossMidnightTourBelongsToItsStartDay() {
        // Both tours are Thursday's: gap 30 makes a regular 2er, span 15:00 -> Fr 06:00 = 900 min.
        AuditReport r = audit(WeekFixture.week().work("D1", DO, "15:00-21:30", "22:00-06:00"));
        onlyFails(r, "SPAN_REGULAR");
        Violation v = r.check("SPAN_REGULAR").violations().get(0);
        assertEquals(900, v.measured());
        assertEquals(840, v.limit());
        assertTrue(v.message().contains("D1 Do"), v.message());
    }
}
