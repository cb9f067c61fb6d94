package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import static io.solvereign.api.internal.io.ParseAsserts.auto;
import static io.solvereign.api.internal.io.ParseAsserts.canonical;
import static io.solvereign.api.internal.io.ParseAsserts.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode.Severity;
import io.solvereign.api.model.TourInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour CSV: one instance a row, location is the depot and qualifications the skill. */
class TourCsvParserTest {

    @Test
    void rowsAreInstancesAndRepeatsAreNotDuplicates() {
        ParseResult r = auto("day,start_time,end_time,location,qualifications\n"
                + "Mo,06:00,14:00,Nord,ADR\nMo,06:00,14:00,Nord,ADR\nDo,22:00,06:00,,\n");
        assertEquals(InputFormat.TOUR_CSV, r.format());
        assertEquals(Severity.PASS, r.status(), () -> r.issues().toString());
        assertEquals(List.of("Do 22:00-06:00", "Mo 06:00-14:00 Depot Nord", "Mo 06:00-14:00 Depot Nord"), canonical(r));
        TourInstance mo = r.forecast().instances().stream().filter(t -> t.day().number() == 1).findFirst().orElseThrow();
        assertEquals("ADR", mo.fingerprint().skill());
        assertEquals("Nord", mo.fingerprint().depot());
    }

    @Test
    void headerMayBeReorderedAndOptionalColumnsLeftOut() {
        ParseResult r = auto("end_time,day,start_time\n14:00,1,06:00\n10:00,Sunday,06:00\n");
        assertEquals(Severity.PASS, r.status(), () -> r.issues().toString());
        assertEquals(List.of("Mo 06:00-14:00", "So 06:00-10:00"), canonical(r));
    }

    @Test
    void cellIssuesNameTheirColumn() {
        ParseResult r = auto("day,start_time,end_time,location,qualifications\n"
                + "Xx,06:00,14:00,,\nMo,25:00,14:00,,\nMo,06:00,06:00,,\nMo,06:00,,,\nMo,06:00,14:00,Wien Nord,\n");
        assertEquals(List.of("2:1:MISSING_DAY", "3:2:INVALID_HOUR", "4:3:ZERO_DURATION", "5:3:MISSING_TIME_RANGE",
                "6:4:INVALID_CSV_FORMAT"), codes(r));
        assertTrue(r.issues().get(4).message().contains("Wien_Nord"));
    }

    @Test
    void missingRequiredColumnFailsEveryRow() {
        ParseResult r = auto("day,start_time,location\nMo,06:00,Nord\n");
        assertEquals(List.of("1:0:INVALID_CSV_FORMAT", "2:0:INVALID_CSV_FORMAT"), codes(r));
    }

    @Test
    void unknownColumnsAndCellsPastTheHeaderAreFlagged() {
        ParseResult r = auto("day,start_time,end_time,remark\nMo,06:00,14:00,früh,extra\nDi,06:00,14:00,,07:00\n");
        assertEquals(List.of("1:4:UNPARSED_TEXT", "2:5:UNPARSED_TEXT", "3:5:INVALID_CSV_FORMAT"), codes(r));
        assertEquals("früh extra", r.lines().get(1).note());
        assertEquals(1, r.forecast().instances().size());
    }

    @Test
    void semicolonDelimiterAndQuotedCells() {
        ParseResult r = auto("day;start_time;end_time;location;qualifications\n\"Mo\";06:00;14:00;\"Nord\";\n");
        assertEquals(Severity.PASS, r.status(), () -> r.issues().toString());
        assertEquals(List.of("Mo 06:00-14:00 Depot Nord"), canonical(r));
    }
}
