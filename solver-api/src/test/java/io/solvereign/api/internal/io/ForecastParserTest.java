package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import static io.solvereign.api.internal.io.ParseAsserts.auto;
import static io.solvereign.api.internal.io.ParseAsserts.canonical;
import static io.solvereign.api.internal.io.ParseAsserts.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.ErrorCode.Severity;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Forecast;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entry points: format detection, file reading, solvability. */
class ForecastParserTest {

    @TempDir
    Path dir;

    @Test
    void detectsEachFormat() {
        assertEquals(InputFormat.TEXT, auto("Mo 06:00-14:00").format());
        assertEquals(InputFormat.DAY_CSV, auto("Montag;Anzahl\n06:00-14:00;1").format());
        assertEquals(InputFormat.TOUR_CSV, auto("day,start_time,end_time\nMo,06:00,14:00").format());
        assertEquals(InputFormat.TEXT, auto("# only a comment").format());
    }

    @Test
    void readsUtf8WithBomAndCrlf() throws IOException {
        Path f = dir.resolve("week.txt");
        Files.write(f, "\uFEFFMo 06:00-14:00 2 Depot Süd\r\nDi 06:00-14:00\r\n".getBytes(StandardCharsets.UTF_8));
        ParseResult r = ForecastParser.read(f, InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE);
        assertEquals(Severity.PASS, r.status(), () -> r.issues().toString());
        assertEquals(List.of("Di 06:00-14:00", "Mo 06:00-14:00 Depot Süd", "Mo 06:00-14:00 Depot Süd"), canonical(r));
        assertEquals("Di 06:00-14:00", r.lines().get(1).raw());
    }

    @Test
    void lineEndingsDoNotChangeTheHash() {
        String lf = "Montag;Anzahl\n06:00-10:30;2\n;\nDienstag;Anzahl\n07:00-11:30;1\n";
        assertEquals(ParseAsserts.hash(auto(lf)), ParseAsserts.hash(auto(lf.replace("\n", "\r\n"))));
        assertEquals(ParseAsserts.hash(auto(lf)), ParseAsserts.hash(auto(lf.replace("\n", "\r"))));
    }

    @Test
    void missingFileIsOneUnreadableInputMessage() {
        Path missing = dir.resolve("nope.csv");
        SolvereignException e = assertThrows(SolvereignException.class,
                () -> ForecastParser.read(missing, InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE));
        assertEquals(ErrorCode.UNREADABLE_INPUT, e.code());
        assertTrue(e.getMessage().contains("cannot read forecast " + missing + ": no such file"), e.getMessage());
    }

    @Test
    void directoryAndNonUtf8AreUnreadable() throws IOException {
        SolvereignException e = assertThrows(SolvereignException.class,
                () -> ForecastParser.read(dir, InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE));
        assertEquals(ErrorCode.UNREADABLE_INPUT, e.code());
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Mo 06:00-14:00 Depot S\u00fcd".getBytes(StandardCharsets.ISO_8859_1));
        SolvereignException e2 = assertThrows(SolvereignException.class,
                () -> ForecastParser.read(latin1, InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE));
        assertTrue(e2.getMessage().contains("not UTF-8"), e2.getMessage());
    }

    @Test
    void requireSolvableListsTheFailures() {
        ParseResult r = auto("Mo 06:00-14:00\nSa 25:00-14:00\nFr early shift");
        assertFalse(r.solvable());
        SolvereignException e = assertThrows(SolvereignException.class, r::requireSolvable);
        assertEquals(ErrorCode.INVALID_HOUR, e.code());
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("line 3"), e.getMessage());
        assertEquals(2, r.failures().size());
    }

    @Test
    void emptyInputFails() {
        ParseResult r = auto("# nothing yet\n\n");
        assertEquals(List.of("0:0:EMPTY_FORECAST"), codes(r));
        assertFalse(r.solvable());
    }

    @Test
    void anchorMustBeAMonday() {
        assertThrows(IllegalArgumentException.class,
                () -> ForecastParser.parse("Mo 06:00-14:00", InputFormat.TEXT, LocalDate.of(2026, 1, 6), Forecast.DEFAULT_ZONE));
    }

    @Test
    void forcedFormatIsHonoured() {
        ParseResult r = ForecastParser.parse("Mo 06:00-14:00", InputFormat.DAY_CSV);
        assertEquals(InputFormat.DAY_CSV, r.format());
        assertEquals(List.of("1:1:MISSING_DAY"), codes(r));
    }

    @Test
    void cliNamesRoundTrip() {
        for (InputFormat f : InputFormat.values()) {
            assertEquals(f, InputFormat.fromCliName(f.cliName()));
        }
        assertEquals(InputFormat.DAY_CSV, InputFormat.fromCliName(" DayCSV "));
        assertThrows(IllegalArgumentException.class, () -> InputFormat.fromCliName("xlsx"));
    }
}
