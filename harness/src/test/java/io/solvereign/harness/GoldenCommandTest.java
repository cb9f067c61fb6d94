package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code golden}: file format (sorted keys, pretty, final newline), field-by-field change lines,
 * exit codes of {@code --check} and {@code --update}. Runs on a tiny week so it stays fast; the real
 * cases are exercised by golden-runs.
 */
class GoldenCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TINY = "Mo 05:00-09:00\nMo 09:30-13:30\nDi 05:00-09:00 2 Fahrer\nDi 14:00-18:00\n";

    @TempDir
    Path dir;

    private static GoldenCommand.Case tiny() {
        return new GoldenCommand.Case("tiny", "test:tiny",
                () -> ForecastParser.parse(TINY, InputFormat.TEXT).requireSolvable());
    }

    private record Run(int exit, String out) {
    }

    private Run run(boolean update, boolean check) {
        GoldenCommand cmd = new GoldenCommand();
        cmd.expectedDir = dir;
        cmd.update = update;
        cmd.check = check;
        StringWriter out = new StringWriter();
        int exit = cmd.run(List.of(tiny()), new PrintWriter(out, true));
        return new Run(exit, out.toString());
    }

    @Test
    void updateWritesSortedPrettyJsonWithTrailingNewlineAndCheckThenPasses() throws Exception {
        Run first = run(true, false);
        assertEquals(ExitCodes.OK, first.exit(), first.out());
        assertTrue(first.out().contains("tiny: no expected file yet"), first.out());
        Path file = dir.resolve("tiny.json");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n") && !text.contains("\r"), text);
        assertTrue(text.contains("\n  \"drivers\": "), text);
        JsonNode j = MAPPER.readTree(text);
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertEquals(keys.stream().sorted().toList(), keys, "keys sorted");
        assertEquals(List.of("block_mix", "case", "cost", "drivers", "fte_drivers", "gap", "input", "input_hash",
                "lower_bound", "max_work_minutes", "min_work_minutes", "output_hash", "pt_drivers", "pt_lower_bound", "schema", "seed",
                "solver_config_hash", "solver_version", "status", "total_work_minutes", "tours", "work_budget"), keys);
        assertEquals(5, j.get("tours").asInt());
        assertEquals(GoldenCommand.SCHEMA, j.get("schema").asText());

        Run check = run(false, true);
        assertEquals(ExitCodes.OK, check.exit(), check.out());
        assertTrue(check.out().contains("tiny: unchanged"), check.out());
        assertEquals(text, Files.readString(file, StandardCharsets.UTF_8), "check never writes");
    }

    @Test
    void aChangedFieldIsPrintedAsOldToNewAndCheckExitsOne() throws Exception {
        run(true, false);
        Path file = dir.resolve("tiny.json");
        String good = Files.readString(file, StandardCharsets.UTF_8);
        int drivers = MAPPER.readTree(good).get("drivers").asInt();
        String edited = good.replace("\"drivers\": " + drivers + ",", "\"drivers\": 99,")
                .replace("\"1er\": ", "\"1er\": 7");
        Files.writeString(file, edited, StandardCharsets.UTF_8);

        Run check = run(false, true);
        assertEquals(GoldenCommand.DIFFERS, check.exit(), check.out());
        assertTrue(check.out().contains("  drivers: 99 -> " + drivers + "\n"), check.out());
        assertTrue(check.out().contains("  block_mix.1er: 7"), check.out());
        assertTrue(check.out().contains("tiny: 2 field(s) differ"), check.out());
        assertEquals(edited, Files.readString(file, StandardCharsets.UTF_8), "check never writes");

        Run update = run(true, false);
        assertEquals(ExitCodes.OK, update.exit(), update.out());
        assertTrue(update.out().contains("  drivers: 99 -> " + drivers), update.out());
        assertEquals(good, Files.readString(file, StandardCharsets.UTF_8), "update restores the computed content");

        Files.writeString(file, edited, StandardCharsets.UTF_8);
        assertEquals(GoldenCommand.DIFFERS, run(true, true).exit(), "--update --check rewrites and still reports");
        assertEquals(good, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void diffNamesAddedAndRemovedFields() throws Exception {
        JsonNode a = MAPPER.readTree("{\"a\":1,\"m\":{\"x\":\"s\"},\"gone\":true}");
        JsonNode b = MAPPER.readTree("{\"a\":2,\"m\":{\"x\":\"s\",\"y\":3}}");
        assertEquals(List.of("a: 1 -> 2", "gone: true -> (absent)", "m.y: (absent) -> 3"), GoldenCommand.diff(a, b));
        assertTrue(GoldenCommand.diff(b, b).isEmpty());
    }

    @Test
    void aMissingExpectedFolderIsBadInputAndCliIsRegistered() {
        Cli r = Cli.run("golden", "--check", "--expected-dir", dir.resolve("nope").toString());
        assertEquals(ExitCodes.FAIL, r.exit(), r.err());
        assertTrue(r.err().contains("is not a folder"), r.err());
        assertFalse(Files.exists(dir.resolve("nope")));
    }

    @Test
    void findsGoldenFolderByWalkingUp() throws Exception {
        Path golden = Files.createDirectories(dir.resolve("shared/golden"));
        Path deep = Files.createDirectories(dir.resolve("repo/golden-runs"));
        assertEquals(golden, GoldenCommand.findGolden(deep));
    }
}
