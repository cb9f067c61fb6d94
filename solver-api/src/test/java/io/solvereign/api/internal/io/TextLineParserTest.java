package io.solvereign.api.internal.io;

import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.io.ParsedLine;
import static io.solvereign.api.internal.io.ParseAsserts.canonical;
import static io.solvereign.api.internal.io.ParseAsserts.codes;
import static io.solvereign.api.internal.io.ParseAsserts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.ErrorCode.Severity;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text-line grammar of DOMAIN §2, one rule per test. */
class TextLineParserTest {

    @Test
    void countFahrerAndDepotParse() {
        ParseResult r = text("Mo 06:00-14:00 3 Fahrer Depot Nord");
        assertEquals(Severity.PASS, r.status());
        TourTemplate t = r.lines().get(0).templates().get(0);
        assertEquals(3, t.count());
        assertEquals("Nord", t.fingerprint().depot());
        assertEquals(Weekday.MO, t.day());
        assertEquals(1, t.sourceLine());
        assertEquals(List.of("Mo 06:00-14:00 Depot Nord", "Mo 06:00-14:00 Depot Nord", "Mo 06:00-14:00 Depot Nord"),
                canonical(r));
    }

    @Test
    void issueExampleFailsWithHourAndMissingRangeOnTheirLines() {
        ParseResult r = text("Mo 06:00-14:00 3 Fahrer Depot Nord\nSa 25:00-14:00\nFr early shift\n");
        assertEquals(Severity.FAIL, r.status());
        assertEquals(List.of("2:0:INVALID_HOUR", "3:0:MISSING_TIME_RANGE"), codes(r));
        assertEquals(3, r.forecast().instances().size(), "the good line still counts for the report");
        assertEquals(List.of(Severity.PASS, Severity.FAIL, Severity.FAIL), r.lines().stream().map(ParsedLine::status).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Sa 25:00-14:00 | INVALID_HOUR",
        "Mo 24:00-14:00 | INVALID_HOUR",
        "Mo 06:00-24:00 | INVALID_HOUR",
        "Mo 06:60-14:00 | INVALID_MINUTE",
        "Mo 0600-1400 | INVALID_TIME_FORMAT",
        "Mo 6.00-14.00 | INVALID_TIME_FORMAT",
        "Fr early shift | MISSING_TIME_RANGE",
        "Fr | MISSING_TIME_RANGE",
        "Mo 06:00 | INVALID_TIME_RANGE",
        "Mo 06:00-14:00-18:00 | INVALID_TIME_RANGE",
        "early 06:00-14:00 | MISSING_DAY",
        "06:00-14:00 | MISSING_DAY",
        "Di 06:00-10:00 + 15:00-19:00 + 20:00-21:00 | INVALID_SPLIT_FORMAT",
        "Di 06:00-10:00 + | INVALID_SPLIT_FORMAT",
        "Di 06:00-10:00 15:00-19:00 | INVALID_SPLIT_FORMAT",
        "Di 15:00-19:00 + 06:00-10:00 | INVALID_SPLIT_FORMAT",
        "Di 22:00-02:00 + 03:00-05:00 | INVALID_SPLIT_FORMAT",
        "Mo 06:00-14:00 0 | INVALID_COUNT",
        "Mo 06:00-14:00 -2 Fahrer | INVALID_COUNT",
        "Mo 06:00-14:00 2 3 | INVALID_COUNT",
        "Mo 06:00-14:00 99999999999999999999 | INVALID_COUNT",
        "Mo 06:00-14:00 3Fahrer | INVALID_COUNT",
        "Mo 06:00-14:00 3x | INVALID_COUNT",
        "Mo 06:00-14:00 15:00 | INVALID_TIME_RANGE",
        "Mo 06:00-06:00 | ZERO_DURATION",
        "Di 06:00-10:00 + 15:00-15:00 | ZERO_DURATION",
        "Mi 10:00-09:00 | NO_LEGAL_BLOCK",
        "Mo 05:00-21:30 | NO_LEGAL_BLOCK",
        "Mo 06:00-20:01 | NO_LEGAL_BLOCK",
        "Di 04:00-12:30 + 13:00-21:00 | NO_LEGAL_BLOCK",
        "Di 06:00-10:00 + 12:00-16:00 | NO_LEGAL_BLOCK",
        "Di 06:00-10:00 + 16:01-20:00 | NO_LEGAL_BLOCK",
        "Di 04:00-12:00 + 16:00-20:01 | NO_LEGAL_BLOCK",
    })
    void failingLines(String line, ErrorCode code) {
        ParseResult r = text(line);
        assertEquals(Severity.FAIL, r.status());
        assertEquals(code, r.issues().get(0).code(), () -> r.issues().toString());
        assertEquals(1, r.issues().get(0).line());
        assertEquals(0, r.issues().get(0).column());
        assertTrue(r.forecast().instances().isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Mo 06:00-14:00 11 | HIGH_COUNT",
        "Mo 06:00-14:00 early shift | UNPARSED_TEXT",
        "Mo 06:00-14:00 Depot | UNPARSED_TEXT",
        "Mo 06:00-14:00 Depot Nord Depot Sued | UNPARSED_TEXT",
        "Mo 06:00-14:00 Tour42 | UNPARSED_TEXT",
    })
    void warningLinesKeepTheirTours(String line, ErrorCode code) {
        ParseResult r = text(line);
        assertEquals(Severity.WARN, r.status());
        assertEquals(List.of(code), r.issues().stream().map(ParseIssue::code).toList());
        assertTrue(r.solvable());
        assertTrue(!r.forecast().instances().isEmpty());
    }

    @Test
    void unparsedWordsAreKeptAsANote() {
        ParseResult r = text("Mo 06:00-14:00 2 early shift Depot Nord");
        assertEquals("early shift", r.lines().get(0).note());
        assertTrue(r.issues().get(0).message().contains("early shift"));
        assertEquals(List.of("Mo 06:00-14:00 Depot Nord", "Mo 06:00-14:00 Depot Nord"), canonical(r));
    }

    @Test
    void exactlyTenIsNotHighAndTheLimitsOfEveryBlockAreLegal() {
        assertEquals(Severity.PASS, text("Mo 06:00-20:00 10").status());          // 14 h, a one-tour day
        assertEquals(Severity.PASS, text("Di 06:00-10:00 + 16:00-20:00").status()); // break 360, span 14 h
        assertEquals(Severity.PASS, text("Di 04:00-12:00 + 16:00-20:00").status()); // break 240, span 16 h
        assertEquals(Severity.PASS, text("Di 06:00-12:00 + 13:00-20:00").status()); // gap 60, a 2er-reg of 14 h
    }

    @Test
    void aLineNoBlockCanHoldNamesTheRuleAndItsLimit() {
        ParseIssue issue = text("Mi 10:00-09:00").issues().get(0);
        assertEquals(ErrorCode.NO_LEGAL_BLOCK, issue.code());
        assertTrue(issue.message().contains("23:00 h") && issue.message().contains("SPAN_REGULAR")
                && issue.message().contains("14:00 h"), issue.message());
    }

    @Test
    void duplicateLinesAreKeptAddedAndWarned() {
        ParseResult r = text("Mo 06:00-14:00 2\n# comment\n\nMo  06:00 - 14:00   3 Fahrer\n");
        assertEquals(Severity.WARN, r.status());
        assertEquals(List.of("4:0:DUPLICATE_LINE"), codes(r));
        assertTrue(r.issues().get(0).message().contains("line 1"));
        assertEquals(5, r.forecast().instances().size());
    }

    @Test
    void splitShiftIsOneCanonicalLinePerPair() {
        ParseResult r = text("Di 06:00-10:00 + 15:00-19:00 2");
        assertEquals(Severity.PASS, r.status());
        assertEquals(List.of("Di 06:00-10:00 + 15:00-19:00", "Di 06:00-10:00 + 15:00-19:00"), canonical(r));
        assertEquals(4, r.forecast().instances().size(), "two pairs give four instances");
        assertEquals(canonical(r), canonical(text("Di 06:00-10:00+15:00-19:00 2")));
    }

    @Test
    void secondPartMayCrossMidnight() {
        ParseResult r = text("Fr 10:00-14:00 + 20:00-02:00");
        assertEquals(Severity.PASS, r.status());
        assertTrue(r.forecast().instances().stream().anyMatch(t -> t.time().crossesMidnight()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mon 06:00-14:00 | Mo 06:00-14:00",
        "Sun 06:00-14:00 | So 06:00-14:00",
        "monday 06:00-14:00 | Mo 06:00-14:00",
        "Freitag 6:00-14:00 | Fr 06:00-14:00",
        "DO 22:00-06:00 | Do 22:00-06:00",
        "Sa 19:30-23:59 | Sa 19:30-23:59",
        "  Mi\t06:00 -14:00\tFahrer  | Mi 06:00-14:00",
    })
    void dayNamesAndSpacingVariants(String line, String canonicalLine) {
        ParseResult r = text(line);
        assertEquals(Severity.PASS, r.status(), () -> r.issues().toString());
        assertEquals(List.of(canonicalLine), canonical(r));
    }

    @Test
    void depotIsTheWholeNextWordAndABareNumberIsTheCount() {
        ParseResult r = text("Mo 06:00-14:00 Depot Lager1 2");
        assertEquals(Severity.PASS, r.status());
        assertEquals(List.of("Mo 06:00-14:00 Depot Lager1", "Mo 06:00-14:00 Depot Lager1"), canonical(r));
    }

    @Test
    void commentsAndBlankLinesAreSkippedNotListed() {
        ParseResult r = text("# week 12\n\n   \n  # indented comment\nMo 06:00-14:00\n");
        assertEquals(List.of(5), r.lines().stream().map(ParsedLine::line).toList());
    }
}
