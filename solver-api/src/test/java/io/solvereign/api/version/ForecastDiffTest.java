package io.solvereign.api.version;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.internal.io.VersionJson;
import io.solvereign.api.model.Forecast;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Snapshot tests of the fingerprint diff over fixed pairs: the JSON must equal the reviewed file in
 * {@code src/test/resources/diff-snapshots/<case>.json} byte for byte.
 */
class ForecastDiffTest {
    static Forecast text(String lines) {
        return ForecastParser.parse(lines.replace('|', '\n'), InputFormat.TEXT).forecast();
    }

    static String json(String oldLines, String newLines) {
        return VersionJson.pretty(VersionJson.forecastDiff(ForecastDiff.of(text(oldLines), text(newLines)), "old", "new"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "no-change;Mo 06:00-14:00 3 Fahrer|Di 06:00-10:00 + 15:00-19:00;Di 06:00-10:00 + 15:00-19:00|Mo 06:00-14:00 3",
        "added;Mo 06:00-14:00;Mo 06:00-14:00|Sa 05:00-09:30 2 Fahrer",
        "removed;Mo 06:00-14:00|Fr 22:00-06:00;Mo 06:00-14:00",
        "count-changed;Mo 06:00-14:00 3 Fahrer Depot Nord;Mo 06:00-14:00 5 Fahrer Depot Nord",
        "depot-changed;Mo 06:00-14:00 Depot Nord;Mo 06:00-14:00 Depot Sued",
        "split-partner-changed;Di 06:00-10:00 + 15:00-19:00 2;Di 06:00-10:00 + 16:00-21:00 2",
        "empty-forecasts;# nothing;# nothing yet",
    })
    void diffJsonEqualsTheReviewedSnapshot(String name, String oldLines, String newLines) throws IOException {
        String expected;
        try (InputStream in = ForecastDiffTest.class.getResourceAsStream("/diff-snapshots/" + name + ".json")) {
            assertNotNull(in, "snapshot " + name + ".json missing");
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, json(oldLines, newLines));
    }

    @Test
    void depotChangeIsOneRemovedAndOneAdded() {
        ForecastDiff d = ForecastDiff.of(text("Mo 06:00-14:00 Depot Nord"), text("Mo 06:00-14:00 Depot Sued"));
        assertEquals(List.of(ForecastDiff.Kind.REMOVED, ForecastDiff.Kind.ADDED),
                d.entries().stream().map(ForecastDiff.Entry::kind).toList());
        assertEquals(new ForecastDiff.Summary(1, 1, 0, 0, 1, 1), d.summary());
    }

    @Test
    void aSplitPartnerChangeIsChangedWithItsFields() {
        ForecastDiff d = ForecastDiff.of(text("Di 06:00-10:00 + 15:00-19:00 2"), text("Di 06:00-10:00 + 16:00-21:00 3"));
        assertEquals(1, d.entries().size());
        ForecastDiff.Entry e = d.entries().get(0);
        assertEquals(ForecastDiff.Kind.CHANGED, e.kind());
        assertEquals(List.of("count", "split_partner", "work_minutes"), e.changedFields());
        assertEquals("15:00-19:00", e.oldLine().splitPartner());
        assertEquals("16:00-21:00", e.newLine().splitPartner());
        assertEquals(1, e.tourDelta());
    }

    @Test
    void lineOrderFormatAndRepeatedLinesDoNotMatter() {
        Forecast a = text("Mo 06:00-14:00 2|Di 07:00-11:00|Mo 06:00-14:00");
        Forecast b = ForecastParser.parse("day,start_time,end_time,location,qualifications\n"
                + "Di,07:00,11:00,,\nMo,06:00,14:00,,\nMo,06:00,14:00,,\nMo,06:00,14:00,,\n", InputFormat.AUTO).forecast();
        ForecastDiff d = ForecastDiff.of(a, b);
        assertEquals(0, d.entries().size());
        assertEquals(2, d.summary().unchanged());
    }

    @Test
    void theDiffJsonIsByteIdenticalAcrossRuns() {
        String a = "Mo 06:00-14:00 3|Di 06:00-10:00 + 15:00-19:00|Sa 05:00-09:30 Depot Nord";
        String b = "Mo 06:00-14:00 4|Di 06:00-10:00 + 16:00-20:00|So 05:00-09:30";
        byte[] first = json(a, b).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(first, json(a, b).getBytes(StandardCharsets.UTF_8));
        }
    }
}
