package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ReadLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader checks what a file is and how big before reading it; limits can be raised. */
class BoundedFilesTest {
    @TempDir
    Path dir;

    private static SolvereignException refused(org.junit.jupiter.api.function.Executable read) {
        return assertThrows(SolvereignException.class, read);
    }

    @Test
    void aDeviceIsRefusedWithoutReading() {
        SolvereignException e = refused(() -> BoundedFiles.readBytes(Path.of("/dev/zero"), 10, "forecast", "forecastBytes"));
        assertEquals(ErrorCode.UNREADABLE_INPUT, e.code());
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void aFileAboveItsLimitIsRefusedNamingSizeLimitAndProperty() throws Exception {
        Path f = dir.resolve("plan.json");
        Files.write(f, new byte[2048]);
        SolvereignException e = refused(() -> PlanJson.read(f, ReadLimits.defaults().withPlanBytes(1024)));
        assertEquals(ErrorCode.INPUT_TOO_LARGE, e.code());
        assertTrue(e.getMessage().contains("2048 bytes") && e.getMessage().contains("1 KB")
                && e.getMessage().contains("-Dsolvereign.limit.planBytes"), e.getMessage());
    }

    @Test
    void aForecastIsReadWithinRaisedLimitsAndRefusedAboveThem() throws Exception {
        Path f = dir.resolve("week.txt");
        Files.writeString(f, "Mo 06:00-14:00\n".repeat(100), StandardCharsets.UTF_8);
        ReadLimits tight = ReadLimits.defaults().withForecastBytes(1000);
        assertEquals(ErrorCode.INPUT_TOO_LARGE, refused(() -> ForecastParser.read(f, InputFormat.AUTO,
                Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE, tight)).code());
        assertEquals(100, ForecastParser.read(f, InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE,
                tight.withForecastBytes(2000)).forecast().instances().size());
    }

    @Test
    void limitsComeFromPropertiesWithUnits() {
        ReadLimits l = ReadLimits.fromProperties(Map.of("solvereign.limit.planBytes", "512MB",
                "solvereign.limit.forecastLines", "10")::get);
        assertEquals(512L * 1024 * 1024, l.planBytes());
        assertEquals(10, l.forecastLines());
        assertEquals(ReadLimits.defaults().forecastBytes(), l.forecastBytes());
        SolvereignException e = refused(() -> ReadLimits.fromProperties(Map.of("solvereign.limit.keyBytes", "-3")::get));
        assertEquals(ErrorCode.INVALID_LIMIT, e.code());
        assertTrue(e.getMessage().contains("solvereign.limit.keyBytes"), e.getMessage());
    }

    @Test
    void notUtf8NamesTheByte() throws Exception {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, new byte[] {'M', 'o', ' ', (byte) 0xFC, '\n'});
        SolvereignException e = refused(() -> ForecastParser.read(f, InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR,
                Forecast.DEFAULT_ZONE));
        assertTrue(e.getMessage().contains("not UTF-8 text at byte 3"), e.getMessage());
    }

    @Test
    void aRuleSetFileOverridesOnlyTheFieldsItNames() throws Exception {
        Path f = dir.resolve("rules.json");
        Files.writeString(f, "{\"max_weekly_minutes\": 3000}");
        RuleSet r = RuleSetJson.read(f, ReadLimits.defaults());
        assertEquals(3000, r.maxWeeklyMinutes());
        assertEquals(RuleSet.defaults().minRestMinutes(), r.minRestMinutes());
        Files.writeString(f, "{\"regular_gap_max\": 300}");
        SolvereignException e = refused(() -> RuleSetJson.read(f, ReadLimits.defaults()));
        assertEquals(ErrorCode.MALFORMED_JSON, e.code());
        assertTrue(e.getMessage().contains(f + ": $: regularGapMax (300) must be below splitBreakMin"), e.getMessage());
        Files.writeString(f, "[1]");
        assertTrue(refused(() -> RuleSetJson.read(f, ReadLimits.defaults())).getMessage()
                .contains("$: expected an object"));
    }

    @Test
    void aStreamedPlanEqualsTheOneReadFromText() throws Exception {
        Path f = dir.resolve(PlanJson.FILE_NAME);
        String text = PlanJson.write(SamplePlans.plan());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        assertEquals(PlanJson.read(text, "text"), PlanJson.read(f));
        Files.writeString(f, text + "{}");
        assertTrue(refused(() -> PlanJson.read(f)).getMessage().contains("unexpected content after the plan object"));
    }
}
