package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ConfigHash;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.internal.io.OutputHash;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import io.solvereign.engine.Solvers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solvereign audit}: text and JSON output, exit codes 0 / 1 / 2, hand-edited plans. */
class AuditCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Four tours; in the valid plan D1 works Monday morning and Tuesday, D2 Monday afternoon and Wednesday. */
    private static final String FORECAST = "Mo 06:00-10:30\nMo 14:00-18:30\nDi 06:00-10:30\nMi 06:00-10:30\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    /** A plan file giving each instance id to the named driver, with real hashes. */
    private Path plan(Map<String, String> driverOf) {
        Forecast forecast = ForecastParser.parse(FORECAST, InputFormat.TEXT).requireSolvable();
        List<Assignment> assignments = new ArrayList<>();
        for (TourInstance t : forecast.instances()) {
            String driver = driverOf.get(t.id());
            assignments.add(new Assignment(driver, t.id(), t.day(), driver + "-" + t.day().abbreviation(), BlockType.SINGLE,
                    t.time().startMinute(), t.time().endMinute(), false));
        }
        Kpis kpis = new Kpis(2, 0, 2, 4, 4, 0, 0, 0, 1080, 540, 540, 1);
        String config = ConfigHash.of(RuleSet.defaults(), 7, 2_000_000L, "test");
        Plan plan = new Plan(CanonicalForm.inputHash(forecast), config, OutputHash.of(assignments, config, kpis), 7, 2_000_000L,
                "test", forecast.weekAnchor(), forecast.zone(), RuleSet.defaults(), assignments, kpis,
                LowerBoundCertificate.none());
        Path file = dir.resolve(PlanJson.FILE_NAME);
        PlanJson.write(plan, file);
        return file;
    }

    private Path validPlan() {
        return plan(Map.of("Mo-0600-1030-01", "D1", "Mo-1400-1830-01", "D2", "Di-0600-1030-01", "D1",
                "Mi-0600-1030-01", "D2"));
    }

    private Cli audit(Path plan, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("audit", "--forecast", write("week.txt", FORECAST).toString(),
                "--plan", plan.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void oneCleanLine(Cli r) {
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void validPlanPassesAllChecksWithExitZero() throws Exception {
        Cli r = audit(validPlan());
        assertEquals(0, r.exit(), r.err() + r.out());
        assertEquals("", r.err());
        for (String id : List.of("COVERAGE", "OVERLAP", "REST", "SPAN_REGULAR", "SPAN_SPLIT", "FATIGUE", "WEEKLY_HOURS")) {
            assertTrue(r.out().lines().anyMatch(l -> l.matches(id + " +PASS +0")), id + "\n" + r.out());
        }
        assertTrue(r.out().contains("REPRODUCIBILITY  NOT_RUN"), r.out());
        assertTrue(r.out().contains("near-violations: 0"), r.out());
        assertTrue(r.out().contains("verdict: PASS, release gate: closed"), r.out());
    }

    @Test
    void jsonHasTheReportKeys() throws Exception {
        Cli r = audit(validPlan(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = MAPPER.readTree(r.out());
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("verdict", "release_gate", "checks", "near_violations", "reproducibility"), keys);
        assertEquals("PASS", j.get("verdict").asText());
        assertFalse(j.get("release_gate").asBoolean());
        assertEquals(8, j.get("checks").size());
        assertEquals("NOT_RUN", j.get("reproducibility").get("status").asText());
    }

    @Test
    void nearViolationIsCountedButPasses() throws Exception {
        // D1 ends Monday 18:30 and starts Tuesday 06:00: 690 min of rest is legal but below 12 h.
        Cli r = audit(plan(Map.of("Mo-0600-1030-01", "D2", "Mo-1400-1830-01", "D1", "Di-0600-1030-01", "D1",
                "Mi-0600-1030-01", "D2")));
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("near-violations: 1"), r.out());
        assertTrue(r.out().contains("D1: rest 690 min"), r.out());
    }

    @Test
    void shortSplitBreakFailsWithExitOne() throws Exception {
        // Both Monday tours to D1: a 210 min gap is judged as a split break, below 240.
        Cli r = audit(plan(Map.of("Mo-0600-1030-01", "D1", "Mo-1400-1830-01", "D1", "Di-0600-1030-01", "D2",
                "Mi-0600-1030-01", "D2")), "--json");
        assertEquals(1, r.exit(), r.out());
        JsonNode j = MAPPER.readTree(r.out());
        assertEquals("FAIL", j.get("verdict").asText());
        JsonNode split = j.get("checks").get(4);
        assertEquals("SPAN_SPLIT", split.get("id").asText());
        assertEquals(1, split.get("count").asInt());
        assertEquals("D1", split.get("violations").get(0).get("driver").asText());
        assertEquals(210, split.get("violations").get(0).get("measured").asInt());
    }

    @Test
    void handEditedPlanWithUnknownIdAndDuplicateGivesViolationsAndExitOne() throws Exception {
        Path file = validPlan();
        ObjectNode tree = (ObjectNode) MAPPER.readTree(Files.readString(file));
        ArrayNode assignments = (ArrayNode) tree.get("assignments");
        ((ObjectNode) assignments.get(0)).put("tour_instance_id", "Mo-9999-9999-01");
        ObjectNode copy = assignments.get(1).deepCopy();
        copy.put("driver_id", "D3");
        assignments.add(copy);
        Files.writeString(file, MAPPER.writeValueAsString(tree), StandardCharsets.UTF_8);

        Cli r = audit(file, "--json");
        assertEquals(1, r.exit(), r.err() + r.out());
        JsonNode coverage = MAPPER.readTree(r.out()).get("checks").get(0);
        assertEquals("COVERAGE", coverage.get("id").asText());
        assertEquals("FAIL", coverage.get("status").asText());
        // The replaced tour is now uncovered, the copied one is held twice, the unknown id is named.
        assertEquals(3, coverage.get("count").asInt(), coverage.toString());
        assertTrue(coverage.toString().contains("Mo-9999-9999-01"), coverage.toString());

        Cli text = audit(file);
        assertEquals(1, text.exit());
        assertTrue(text.out().contains("COVERAGE         FAIL    3"), text.out());
        assertTrue(text.out().contains("not in the forecast"), text.out());
    }

    @Test
    void brokenJsonIsOneLineAndExitTwo() throws Exception {
        Path file = validPlan();
        String content = Files.readString(file);
        Files.writeString(file, content.substring(0, content.length() / 2), StandardCharsets.UTF_8);
        Cli r = audit(file);
        assertEquals(2, r.exit());
        oneCleanLine(r);
        assertTrue(r.err().contains("MALFORMED_PLAN") && r.err().contains(file.toString()), r.err());
    }

    @Test
    void missingPlanFileIsExitTwo() throws Exception {
        Cli r = audit(dir.resolve("nope.json"));
        assertEquals(2, r.exit());
        oneCleanLine(r);
        assertTrue(r.err().contains("cannot read"), r.err());
    }

    @Test
    void forecastWithAFailLineIsExitTwo() throws Exception {
        Path plan = validPlan();
        Cli r = Cli.run("audit", "--forecast", write("bad.txt", FORECAST + "Sa 25:00-14:00\n").toString(),
                "--plan", plan.toString());
        assertEquals(2, r.exit());
        oneCleanLine(r);
        assertTrue(r.err().contains("INVALID_HOUR"), r.err());
    }

    @Test
    void otherForecastIsWarnedAboutAndAudited() throws Exception {
        Path plan = validPlan();
        Cli r = Cli.run("audit", "--forecast", write("other.txt", FORECAST + "Do 06:00-10:30\n").toString(),
                "--plan", plan.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("warning: plan input_hash"), r.err());
        assertTrue(r.out().contains("tour Do-0600-1030-01 is not assigned"), r.out());
    }

    /** The engine's own plan for the forecast text, written as a plan file. */
    private Path solvedPlan(String forecastText, long seed) {
        Forecast forecast = ForecastParser.parse(forecastText, InputFormat.AUTO).requireSolvable();
        Plan plan = Solvers.create().solve(SolveRequest.newBuilder(forecast).seed(seed).build()).plan();
        Path file = dir.resolve("solved.json");
        PlanJson.write(plan, file);
        return file;
    }

    @Test
    void reproduceReSolvesAndOpensTheReleaseGate() throws Exception {
        Cli r = audit(solvedPlan(FORECAST, 7), "--reproduce", "--json");
        assertEquals(0, r.exit(), r.err() + r.out());
        JsonNode j = MAPPER.readTree(r.out());
        assertEquals("PASS", j.get("reproducibility").get("status").asText());
        assertEquals(j.get("reproducibility").get("expected_output_hash"), j.get("reproducibility").get("actual_output_hash"));
        assertTrue(j.get("release_gate").asBoolean(), r.out());
    }

    @Test
    void reproduceCatchesAnEditedOutputHash() throws Exception {
        Path file = solvedPlan(FORECAST, 7);
        ObjectNode tree = (ObjectNode) MAPPER.readTree(Files.readString(file));
        tree.put("output_hash", "0".repeat(64));
        Files.writeString(file, MAPPER.writeValueAsString(tree), StandardCharsets.UTF_8);
        Cli r = audit(file, "--reproduce");
        assertEquals(1, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("REPRODUCIBILITY  FAIL"), r.out());
        assertTrue(r.out().contains("verdict: FAIL, release gate: closed"), r.out());
        assertFalse(r.out().lines().anyMatch(l -> l.matches("[A-Z_]+ +FAIL +\\d+")), "all eight checks pass: " + r.out());
    }

    @Test
    void solveThenAuditTheWienWeekPassesEightOfEightAndReproduces() throws Exception {
        Path golden = Cli.golden("wien-standard-week.csv");
        Path out = dir.resolve("out");
        Cli solve = Cli.run("solve", "--input", golden.toString(), "--seed", "94", "--out", out.toString());
        assertEquals(0, solve.exit(), solve.err());
        Cli r = Cli.run("audit", "--forecast", golden.toString(), "--plan", out.resolve(PlanJson.FILE_NAME).toString(),
                "--reproduce", "--json");
        assertEquals(0, r.exit(), r.err() + r.out());
        JsonNode j = MAPPER.readTree(r.out());
        assertEquals(8, j.get("checks").size());
        for (JsonNode check : j.get("checks")) {
            assertEquals("PASS", check.get("status").asText(), check.toString());
        }
        assertEquals("PASS", j.get("reproducibility").get("status").asText());
        assertTrue(j.get("release_gate").asBoolean());
    }

    @Test
    void missingOptionsAreWrongUsage() {
        assertEquals(64, Cli.run("audit", "--plan", "x.json").exit());
    }
}
