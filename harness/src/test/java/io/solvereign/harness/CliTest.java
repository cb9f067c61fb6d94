package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.io.ExampleForecasts;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI contract of issue 2: outputs, JSON keys and exit codes 0 / 2 / 64. */
class CliTest {
    private static final String WIEN_HASH = "6f8aa578d8be0face5876c79c830ae94252d23db0ed672a946412354b0d53c4a";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"wien-standard-week.csv", "wien-standard-week-wide.csv"})
    void hashPrintsTheReferenceHashAlone(String name) {
        Cli r = Cli.run("hash", "--input", Cli.golden(name).toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(WIEN_HASH + "\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void importJsonReportsTheGoldenWeek() throws Exception {
        Cli r = Cli.run("import", "--json", "--input", Cli.golden("wien-standard-week.csv").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode j = MAPPER.readTree(r.out());
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.containsAll(List.of("status", "format", "input_hash", "tours", "tours_per_day", "issues")), keys::toString);
        assertEquals("daycsv", j.get("format").asText());
        assertEquals(WIEN_HASH, j.get("input_hash").asText());
        assertEquals(1385, j.get("tours").asInt());
        assertEquals("{\"Mo\":259,\"Di\":201,\"Mi\":196,\"Do\":191,\"Fr\":297,\"Sa\":241,\"So\":0}",
                j.get("tours_per_day").toString());
        assertTrue(j.get("status").asText().matches("PASS|WARN"));
    }

    @Test
    void issueExampleExitsTwoWithCodesAndLines() throws Exception {
        Path f = file("bad.txt", "Mo 06:00-14:00 3 Fahrer Depot Nord\nSa 25:00-14:00\nFr early shift\n");
        Cli text = Cli.run("import", "--input", f.toString());
        assertEquals(2, text.exit());
        assertTrue(text.out().contains("line 2: FAIL INVALID_HOUR"), text.out());
        assertTrue(text.out().contains("line 3: FAIL MISSING_TIME_RANGE"), text.out());
        Cli json = Cli.run("import", "--json", "--input", f.toString());
        assertEquals(2, json.exit());
        JsonNode j = MAPPER.readTree(json.out());
        assertEquals("FAIL", j.get("status").asText());
        assertTrue(j.get("input_hash").isNull());
        assertEquals(3, j.get("tours").asInt());
        JsonNode issues = j.get("issues");
        assertEquals(2, issues.size());
        assertEquals("INVALID_HOUR", issues.get(0).get("code").asText());
        assertEquals(2, issues.get(0).get("line").asInt());
        assertEquals("MISSING_TIME_RANGE", issues.get(1).get("code").asText());
        assertEquals(3, issues.get(1).get("line").asInt());
        Cli hash = Cli.run("hash", "--input", f.toString());
        assertEquals(2, hash.exit());
        assertEquals("", hash.out());
        assertTrue(hash.err().contains("INVALID_HOUR"));
    }

    @Test
    void csvIssuesCarryTheirColumnInJson() throws Exception {
        Path f = file("wide.csv", "Montag;Anzahl;Dienstag;Anzahl\n06:00-10:30;2;06:00-10:30;x\n");
        JsonNode issue = MAPPER.readTree(Cli.run("import", "--json", "--input", f.toString()).out()).get("issues").get(0);
        assertEquals("INVALID_COUNT", issue.get("code").asText());
        assertEquals(2, issue.get("line").asInt());
        assertEquals(4, issue.get("column").asInt());
    }

    @Test
    void unreadableFileIsOneLineOnStderrAndExitTwo() {
        Cli r = Cli.run("import", "--input", dir.resolve("missing.csv").toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("cannot read") && r.err().contains("missing.csv"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        Cli d = Cli.run("hash", "--input", dir.toString());
        assertEquals(2, d.exit());
        assertEquals(1, d.err().lines().count(), d.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bogus", "import --format xlsx", "import --week-anchor 2026-01-06",
        "import --week-anchor 05.01.2026", "import --time-zone Mars/Olympus", "import --inptu x", "hash --json",
        "import --input"})
    void wrongUsageExits64(String args) {
        Cli r = Cli.run(args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(64, r.exit(), r.err());
        assertFalse(r.err().isBlank());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void helpAndVersion() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("import") && help.out().contains("hash"), help.out());
        Cli importHelp = Cli.run("import", "--help");
        assertEquals(0, importHelp.exit());
        assertTrue(importHelp.out().contains("--week-anchor") && importHelp.out().contains("daycsv"));
        Cli version = Cli.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("solvereign "), version.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hash", "import", "solve", "dry-run", "drill sick-call", "drill freeze-window"})
    void withoutInputACommandRefusesAndPointsAtExample(String command) {
        Cli r = Cli.run(command.split(" "));
        assertEquals(64, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("--input") && r.err().contains("--example"), r.err());
    }

    @Test
    void exampleIsUsedOnlyWhenAskedForAndSaysSoFirst() {
        String expected = CanonicalForm.inputHash(ForecastParser.parse(
                new String(ExampleForecasts.viennaWeekBytes(), StandardCharsets.UTF_8), InputFormat.TEXT).requireSolvable());
        Cli hash = Cli.run("hash", "--example");
        assertEquals(0, hash.exit(), hash.err());
        assertEquals(expected + "\n", hash.out());
        assertTrue(hash.err().startsWith("EXAMPLE: "), hash.err());
        Cli imp = Cli.run("import", "--example", "--workspace", dir.resolve("ws").toString());
        assertEquals(0, imp.exit(), imp.err());
        assertTrue(imp.out().startsWith("EXAMPLE: "), imp.out());
        assertTrue(imp.out().contains("tours:       1274"), imp.out());
        assertTrue(imp.out().contains("status:      PASS"), imp.out());
    }

    @Test
    void formatAndAnchorOptionsAreHonoured() throws Exception {
        Path f = file("week.txt", "Montag;Anzahl\n06:00-10:30;2\n");
        Cli forcedText = Cli.run("import", "--json", "--format", "text", "--input", f.toString());
        assertEquals(2, forcedText.exit());
        assertEquals("text", MAPPER.readTree(forcedText.out()).get("format").asText());
        Cli anchored = Cli.run("import", "--json", "--week-anchor", "2026-03-23", "--input", f.toString());
        assertEquals(0, anchored.exit(), anchored.err());
        assertEquals("2026-03-23", MAPPER.readTree(anchored.out()).get("week_anchor_date").asText());
    }
}
