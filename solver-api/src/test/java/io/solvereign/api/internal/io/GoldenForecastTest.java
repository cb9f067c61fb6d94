package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.model.Forecast;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference figures of golden/README.md for both layouts of the Vienna standard week. */
class GoldenForecastTest {

    private static ParseResult read(String name) {
        return ForecastParser.read(GoldenFiles.file(name), InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR,
                Forecast.DEFAULT_ZONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wien-standard-week.csv", "wien-standard-week-wide.csv"})
    void bothLayoutsGiveTheReferenceInputHash(String name) {
        ParseResult r = read(name);
        assertEquals(InputFormat.DAY_CSV, r.format());
        assertTrue(r.solvable(), () -> "golden file must be solvable: " + r.failures());
        assertEquals(GoldenFiles.WIEN_INPUT_HASH, CanonicalForm.inputHash(r.forecast()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wien-standard-week.csv", "wien-standard-week-wide.csv"})
    void bothLayoutsCount1385ToursPerDay(String name) {
        Forecast f = read(name).forecast();
        assertEquals(1385, f.instances().size());
        assertArrayEquals(new int[] {259, 201, 196, 191, 297, 241, 0}, f.toursPerDay());
        assertEquals(1385, CanonicalForm.lines(f).size());
        assertTrue(f.instances().stream().allMatch(t -> t.time().durationMinutes() == 270), "all tours last 4h30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wien-standard-week.csv", "wien-standard-week-wide.csv"})
    void nothingIsDroppedAndTheExportPassesClean(String name) {
        ParseResult r = read(name);
        // Counts of 15-17 are normal in depot exports; HIGH_COUNT is a typo guard for typed text lines only.
        assertEquals(io.solvereign.api.ErrorCode.Severity.PASS, r.status(), () -> r.issues().toString());
        assertTrue(r.issues().isEmpty(), () -> r.issues().toString());
        assertTrue(r.lines().stream().allMatch(l -> l.header() || !l.templates().isEmpty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wien-standard-week.csv", "wien-standard-week-wide.csv"})
    void canonicalTextReparsesToTheSameHash(String name) {
        Forecast f = read(name).forecast();
        Forecast again = CanonicalForm.parse(CanonicalForm.text(f), Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE);
        assertEquals(CanonicalForm.lines(f), CanonicalForm.lines(again));
        assertEquals(GoldenFiles.WIEN_INPUT_HASH, CanonicalForm.inputHash(again));
    }
}
