package io.solvereign.api.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.internal.io.VersionJson;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Weekday;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Patches from text (removal lines), tombstones, provenance and completeness of a composed week. */
class CompositionTest {
    private static Patch patch(String id, String text) {
        return Patch.of(id, ForecastParser.parse(text, InputFormat.AUTO));
    }

    private static Composition compose(Patch... patches) {
        return Composition.empty(Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE).applyAll(List.of(patches));
    }

    @Test
    void aTextLineStartingWithMinusIsARemoval() {
        ParseResult r = ForecastParser.parse("- Mo 06:00-14:00 Depot Nord\nDi 06:00-10:00", InputFormat.AUTO);
        assertTrue(r.solvable(), () -> r.issues().toString());
        assertEquals(1, r.removals().size());
        assertEquals("Mo 06:00-14:00 Depot Nord", r.removals().get(0).canonicalLine());
        assertEquals(1, r.forecast().instances().size(), "the removal is no tour");
        assertEquals(1, r.lines().get(0).removals().size());
    }

    @Test
    void aRemovalWithACountOrWithoutALineFails() {
        assertEquals(ErrorCode.INVALID_COUNT, ForecastParser.parse("- Mo 06:00-14:00 3 Fahrer", InputFormat.TEXT)
                .failures().get(0).code());
        assertEquals(ErrorCode.MISSING_DAY, ForecastParser.parse("-", InputFormat.TEXT).failures().get(0).code());
    }

    @Test
    void aTombstoneWinsOverAnEarlierAddAndLosesToALaterOne() {
        Composition c = compose(patch("F1", "Mo 06:00-14:00 2\nDi 06:00-14:00"), patch("F2", "- Mo 06:00-14:00"));
        assertEquals(List.of("Di 06:00-14:00"), CanonicalForm.lines(c.forecast()));
        assertEquals("F2", c.tombstones().values().iterator().next());
        Composition back = c.apply(patch("F3", "Mo 06:00-14:00 5"));
        assertEquals(6, back.forecast().instances().size());
        assertTrue(back.tombstones().isEmpty());
        assertEquals(List.of("F3", "F1"), List.copyOf(back.provenance().values()));
        assertEquals(List.of("F1", "F2", "F3"), back.chain());
    }

    @Test
    void theLaterPatchReplacesTheCountOfALine() {
        Composition c = compose(patch("F1", "Mo 06:00-14:00 2"), patch("F2", "Mo 06:00-14:00 3\nMo 06:00-14:00"));
        assertEquals(4, c.forecast().instances().size(), "the later patch's own lines add up, the earlier is replaced");
    }

    @Test
    void provenanceJsonNamesTheChainTheLinesAndTheTombstones() {
        Composition c = compose(patch("F1", "Mo 06:00-14:00 Depot Nord\nDi 05:00-09:00"), patch("F2", "- Di 05:00-09:00"));
        assertEquals("{\"chain\":[\"F1\",\"F2\"],\"lines\":{\"Mo-0600-1400-Nord\":\"F1\"},"
                + "\"tombstones\":{\"Di-0500-0900\":\"F2\"}}",
                io.solvereign.api.internal.io.CanonicalJson.canonicalize(VersionJson.provenance(c)));
    }

    @Test
    void completenessIsUnknownPartialOrComplete() {
        assertEquals(Completeness.State.UNKNOWN, compose().completeness(6).state());
        Composition two = compose(patch("F1", "Mo 06:00-14:00\nDi 06:00-14:00"));
        Completeness partial = two.completeness(6);
        assertEquals(Completeness.State.PARTIAL, partial.state());
        assertEquals(Set.of(Weekday.MI, Weekday.DO, Weekday.FR, Weekday.SA), partial.missing());
        Composition all = two.apply(patch("F2", "Mi 06:00-14:00\nDo 06:00-14:00\nFr 06:00-14:00\nSa 06:00-14:00"));
        assertEquals(Completeness.State.COMPLETE, all.completeness(6).state());
        assertEquals(Completeness.State.PARTIAL, all.completeness(7).state(), "Sunday expected but absent");
        assertEquals(Completeness.State.COMPLETE, two.completeness(2).state());
        assertThrows(IllegalArgumentException.class, () -> two.completeness(8));
    }

    @Test
    void aFeiertagZeroDayCountsAsPresent() {
        ParseResult r = ForecastParser.parse("Montag;Anzahl\n06:00-14:00;2\n;\nDienstag;Anzahl\nFeiertag;0\n",
                InputFormat.AUTO);
        assertTrue(r.solvable(), () -> r.issues().toString());
        assertEquals(Set.of(Weekday.DI), r.holidays());
        Completeness c = compose(Patch.of("F1", r)).completeness(2);
        assertEquals(Completeness.State.COMPLETE, c.state());
        assertFalse(c.present().contains(Weekday.MI));
    }

    @Test
    void weekKeysAreIsoWeeks() {
        assertEquals(java.time.LocalDate.of(2026, 1, 5), WeekKey.parse("2026-W02").monday());
        assertEquals("2026-W02", WeekKey.of(java.time.LocalDate.of(2026, 1, 8)).toString());
        assertEquals("2020-W53", WeekKey.parse("2020-W53").toString());
        assertThrows(IllegalArgumentException.class, () -> WeekKey.parse("2026-W54"));
        assertThrows(IllegalArgumentException.class, () -> WeekKey.parse("2026-02"));
    }
}
