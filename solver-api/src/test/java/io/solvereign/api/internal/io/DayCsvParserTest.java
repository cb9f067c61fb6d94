package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import static io.solvereign.api.internal.io.ParseAsserts.auto;
import static io.solvereign.api.internal.io.ParseAsserts.canonical;
import static io.solvereign.api.internal.io.ParseAsserts.codes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The depot day-block CSV and the noise real exports carry (DOMAIN §2, golden/README.md). */
class DayCsvParserTest {

    private static final String LONG = String.join("\n",
            "Montag;Anzahl",
            "04:45-09:15;2",
            "19:30-23:59;1",
            ";",
            ";",
            "Dienstag; Anzahl",
            "05:00-09:30;1",
            ";;",
            "Freitag ;Anzahl ",
            "06:00-10:30 ; 3",
            "");

    private static final String WIDE = String.join("\n",
            "Montag;Anzahl;Dienstag; Anzahl;Freitag ;Anzahl",
            "04:45-09:15;2;05:00-09:30;1;06:00-10:30;3",
            "19:30-23:59;1;;;;",
            "");

    @Test
    void longLayoutUnderstandsSeparatorsSpacedHeadersAnd2359() {
        ParseResult r = auto(LONG);
        assertEquals(InputFormat.DAY_CSV, r.format());
        assertEquals(Severity.PASS, r.status(), () -> r.issues().toString());
        assertArrayEquals(new int[] {3, 1, 0, 0, 3, 0, 0}, r.forecast().toursPerDay());
        assertTrue(canonical(r).contains("Mo 19:30-23:59"));
    }

    @Test
    void wideLayoutGivesTheSameCanonicalForm() {
        ParseResult wide = auto(WIDE);
        assertEquals(Severity.PASS, wide.status(), () -> wide.issues().toString());
        assertEquals(canonical(auto(LONG)), canonical(wide));
    }

    @Test
    void holidayMarkerIsAWarningAndTheDayHasNoTours() {
        ParseResult r = auto("Montag;Anzahl\n06:00-10:30;2\n;\nDienstag;Anzahl\nFeiertag;0\n;\n");
        assertEquals(Severity.WARN, r.status());
        assertEquals(List.of("5:1:HOLIDAY_MARKER"), codes(r));
        assertArrayEquals(new int[] {2, 0, 0, 0, 0, 0, 0}, r.forecast().toursPerDay());
    }

    @Test
    void holidayMarkerInTheWideLayout() {
        ParseResult r = auto("Montag;Anzahl;Dienstag;Anzahl\n06:00-10:30;2;Feiertag;0\n");
        assertEquals(List.of("2:3:HOLIDAY_MARKER"), codes(r));
        assertTrue(r.solvable());
    }

    @Test
    void holidayMarkerOnADayWithToursFails() {
        ParseResult r = auto("Dienstag;Anzahl\nFeiertag;0\n06:00-10:30;2\n");
        assertEquals(Severity.FAIL, r.status());
        assertEquals(List.of("2:1:HOLIDAY_MARKER", "2:1:INVALID_CSV_FORMAT"), codes(r));
    }

    @Test
    void cellIssuesNameLineAndColumn() {
        ParseResult r = auto("Montag;Anzahl;Dienstag;Anzahl\n06:00-10:30;2;25:00-14:00;1\n06:00-10:30;x;07:00-11:30;0\n");
        assertEquals(List.of("2:3:INVALID_HOUR", "3:2:INVALID_COUNT", "3:4:INVALID_COUNT"), codes(r));
        assertEquals(2, r.forecast().instances().size(), "the good cell of line 2 still counts for the report");
    }

    @Test
    void rowsBeforeAnyDayHeaderFail() {
        ParseResult r = ForecastParser.parse("06:00-10:30;2\nMontag;Anzahl\n07:00-11:30;1\n;\n08:00-12:30;1\n",
                InputFormat.DAY_CSV);
        assertEquals(List.of("1:1:MISSING_DAY", "5:1:MISSING_DAY"), codes(r));
    }

    @Test
    void aLabelWithACountIsNotATour() {
        ParseResult r = auto("Montag;Anzahl\nSonderfahrt;3\n");
        assertEquals(List.of("2:1:MISSING_TIME_RANGE"), codes(r));
    }

    @Test
    void missingCountAndExtraCellsAreReported() {
        ParseResult r = auto("Montag;Anzahl\n06:00-10:30;\n07:00-11:30;1;Kommentar\n08:00-12:30;1;;09:00-13:30\n");
        assertEquals(List.of("2:2:INVALID_COUNT", "3:3:UNPARSED_TEXT", "4:4:INVALID_CSV_FORMAT"), codes(r));
        assertEquals("Kommentar", r.lines().get(2).note());
    }

    @Test
    void repeatedRangeOfADayIsADuplicate() {
        ParseResult r = auto("Montag;Anzahl\n06:00-10:30;2\n06:00-10:30;3\n");
        assertEquals(List.of("3:1:DUPLICATE_LINE"), codes(r));
        assertEquals(5, r.forecast().instances().size());
    }

    @Test
    void wideHeaderWithAnUnknownDayFailsItsColumn() {
        ParseResult r = auto("Montag;Anzahl;Blautag;Anzahl\n06:00-10:30;2;07:00-11:30;1\n");
        assertEquals(List.of("1:3:INVALID_CSV_FORMAT", "2:3:MISSING_DAY"), codes(r));
    }

    @Test
    void longHeaderWithExtraCellsIsReadAsWideAndFailsLoudly() {
        ParseResult r = auto("Montag;Anzahl;Bemerkung\n06:00-10:30;2;früh\n");
        assertEquals(Severity.FAIL, r.status());
        assertEquals("1:3:INVALID_CSV_FORMAT", codes(r).get(0));
    }

    @Test
    void commaDelimitedDayBlockIsRecognised() {
        ParseResult r = auto("Montag,Anzahl\n06:00-10:30,2\n");
        assertEquals(InputFormat.DAY_CSV, r.format());
        assertEquals(List.of("Mo 06:00-10:30", "Mo 06:00-10:30"), canonical(r));
    }

    @Test
    void crossingTourInACsvCell() {
        ParseResult r = auto("Donnerstag;Anzahl\n22:00-06:00;1\n");
        assertTrue(r.forecast().instances().get(0).time().crossesMidnight());
    }
}
