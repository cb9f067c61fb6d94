package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.bench.ShortWeek;
import io.solvereign.bench.ShortWeekShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The short-week generator (benchmarks' main code) is deterministic and makes the week its shape names. */
class ShortWeekTest {

    @ParameterizedTest
    @EnumSource(ShortWeekShape.class)
    void sameSeedSameWeekOtherSeedOtherWeek(ShortWeekShape shape) {
        ShortWeek w = ShortWeek.generate(shape, 3);
        assertEquals(w.text(), ShortWeek.generate(shape, 3).text());
        assertNotEquals(w.text(), ShortWeek.generate(shape, 4).text());
        assertEquals(shape.id() + "-s3", w.name());
    }

    @ParameterizedTest
    @EnumSource(ShortWeekShape.class)
    void theWeekHasTheShapesToursLengthAndHolidays(ShortWeekShape shape) {
        ShortWeek w = ShortWeek.generate(shape, 1);
        ParseResult r = ForecastParser.parse(w.text(), InputFormat.DAY_CSV);
        // Only notes are allowed: the holiday marker and counts above 10.
        assertTrue(r.issues().stream().allMatch(i -> i.code() == ErrorCode.HOLIDAY_MARKER || i.code() == ErrorCode.HIGH_COUNT),
                () -> r.issues().toString());
        Forecast f = r.forecast();
        assertEquals(shape.tours(), f.instances().size());
        for (TourTemplate t : f.templates()) {
            assertEquals(shape.tourMinutes(), t.fingerprint().parts().get(0).durationMinutes(), t.fingerprint()::canonicalLine);
            assertTrue(!t.fingerprint().parts().get(0).crossesMidnight(), t.fingerprint()::canonicalLine);
        }
        long holidays = r.issues().stream().filter(i -> i.code() == ErrorCode.HOLIDAY_MARKER).count();
        assertEquals(w.text().split("Feiertag;0", -1).length - 1, holidays, "each Feiertag;0 is reported");
        int[] perDay = f.toursPerDay();
        for (int d = 0; d < 7; d++) {
            boolean holiday = w.text().contains(io.solvereign.api.model.Weekday.ofNumber(d + 1).germanName() + ";Anzahl\nFeiertag;0");
            assertTrue(!holiday || perDay[d] == 0, "holiday with tours on day " + (d + 1));
        }
    }
}
