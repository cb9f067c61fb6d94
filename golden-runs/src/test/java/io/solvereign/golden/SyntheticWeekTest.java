package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.bench.SyntheticWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The synthetic-week generator (benchmarks' main code) is deterministic and stays inside its stated ranges. */
class SyntheticWeekTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void sameSeedSameWeekAndEveryLineParses(long seed) {
        SyntheticWeek w = SyntheticWeek.generate(seed, 900);
        assertEquals(w.text(), SyntheticWeek.generate(seed, 900).text());
        assertNotEquals(w.lines(), SyntheticWeek.generate(seed + 1, 900).lines());
        ParseResult r = ForecastParser.parse(w.text(), InputFormat.TEXT);
        assertTrue(r.status() != ErrorCode.Severity.FAIL, () -> r.issues().toString());
        assertTrue(r.issues().stream().allMatch(i -> i.code() == ErrorCode.HIGH_COUNT), () -> r.issues().toString());
        Forecast f = r.forecast();
        assertTrue(Math.abs(f.instances().size() - 900) <= 7, "about 900 tours, got " + f.instances().size());
        assertEquals(CanonicalForm.inputHash(f), CanonicalForm.inputHash(GoldenSolves.parse(w.shuffledText(seed))));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 4, 6, 11, 19, 22})
    void toursLastThreeHalfToFiveHalfHoursAndSplitsHaveLegalBreaks(long seed) {
        Forecast f = SyntheticWeek.generate(seed, 1500).forecast();
        int splits = 0;
        for (TourTemplate t : f.templates()) {
            for (TimeRange part : t.fingerprint().parts()) {
                assertTrue(part.durationMinutes() >= 210 && part.durationMinutes() <= 330, t.fingerprint()::canonicalLine);
            }
            if (t.isSplit()) {
                splits++;
                int gap = t.fingerprint().parts().get(1).startMinute() - t.fingerprint().parts().get(0).endMinute();
                assertTrue(gap >= 240 && gap <= 360, t.fingerprint()::canonicalLine);
            }
        }
        assertTrue(splits >= 1 && splits <= 2, "one or two split lines, got " + splits);
    }
}
