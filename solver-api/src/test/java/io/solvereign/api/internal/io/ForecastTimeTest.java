package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourInstance;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Absolute instants of parsed tours (DOMAIN §4): daylight-saving weeks and midnight crossings. */
class ForecastTimeTest {
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    private static TourInstance only(String line, LocalDate anchor) {
        Forecast f = ForecastParser.parse(line, InputFormat.TEXT, anchor, VIENNA).requireSolvable();
        assertEquals(1, f.instances().size());
        return f.instances().get(0);
    }

    @ParameterizedTest(name = "{0} in the week of {1} lasts {2} min")
    @CsvSource({
        // 2026-03-29: 02:00 -> 03:00, an hour is lost
        "So 01:00-05:00, 2026-03-23, 180",
        "Sa 22:00-06:00, 2026-03-23, 420",
        // 2026-10-25: 03:00 -> 02:00, an hour is repeated
        "So 01:00-05:00, 2026-10-19, 300",
        "Sa 22:00-06:00, 2026-10-19, 540",
        // an ordinary week: wall clock and absolute agree
        "So 01:00-05:00, 2026-01-05, 240",
    })
    void daylightSavingWeeks(String line, LocalDate anchor, long minutes) {
        TourInstance t = only(line, anchor);
        assertEquals(minutes, t.durationMinutes());
        assertEquals(Duration.ofMinutes(minutes), Duration.between(t.start(), t.end()));
    }

    @Test
    void sundayOfTheSpringSwitchStartsAtTheRightOffset() {
        TourInstance t = only("So 01:00-05:00", LocalDate.of(2026, 3, 23));
        assertEquals(ZonedDateTime.parse("2026-03-29T01:00+01:00[Europe/Vienna]").toInstant(), t.start());
        assertEquals(ZonedDateTime.parse("2026-03-29T05:00+02:00[Europe/Vienna]").toInstant(), t.end());
    }

    @Test
    void crossMidnightTourEndsNextMorning() {
        LocalDate anchor = LocalDate.of(2026, 1, 5);
        TourInstance t = only("Do 22:00-06:00", anchor);
        assertEquals(ZonedDateTime.of(2026, 1, 8, 22, 0, 0, 0, VIENNA).toInstant(), t.start());
        assertEquals(ZonedDateTime.of(2026, 1, 9, 6, 0, 0, 0, VIENNA).toInstant(), t.end());
        assertEquals(480, t.durationMinutes());
        assertEquals(true, t.time().crossesMidnight());
    }

    @Test
    void sundayNightTourEndsOnTheNextWeeksMonday() {
        TourInstance t = only("So 23:00-01:00", LocalDate.of(2026, 1, 5));
        assertEquals(ZonedDateTime.of(2026, 1, 12, 1, 0, 0, 0, VIENNA).toInstant(), t.end());
    }

    @Test
    void aTourInsideTheSpringForwardGapIsReportedNotThrown() {
        ParseResult r = ForecastParser.parse("Mo 06:00-10:00\nSo 02:00-03:00\n", InputFormat.TEXT,
                LocalDate.of(2026, 3, 23), VIENNA);
        assertEquals(io.solvereign.api.ErrorCode.Severity.FAIL, r.status());
        assertEquals(1, r.failures().size(), r.failures()::toString);
        ParseIssue issue = r.failures().get(0);
        assertEquals(io.solvereign.api.ErrorCode.ZERO_DURATION, issue.code());
        assertEquals(2, issue.line());
        org.junit.jupiter.api.Assertions.assertTrue(issue.message().contains("clock change on 2026-03-29"), issue.message());
        assertEquals(1, r.forecast().instances().size(), "the other line is still reported");
    }
}
