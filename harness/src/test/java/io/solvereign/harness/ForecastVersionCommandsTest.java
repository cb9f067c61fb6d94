package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.store.ForecastKind;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.runbook.Runbook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compose, diff, solve --week, lock of a PARTIAL week and the partial-forecast drill on the command line. */
class ForecastVersionCommandsTest {
    @TempDir
    Path dir;

    private static final String MONDAY = "Mo 05:00-09:00 2 Fahrer\nMo 09:30-13:30\nDi 05:00-09:00\nDi 13:00-17:00\n";
    private static final String REST = "{\"tenant_code\":\"lts\",\"site_code\":\"wien_depot_1\","
            + "\"week_anchor_date\":\"2026-01-05\",\"tours\":["
            + "{\"external_id\":\"W1\",\"day\":3,\"start_time\":\"06:00\",\"end_time\":\"10:00\",\"count\":1},"
            + "{\"external_id\":\"D1\",\"day\":4,\"start_time\":\"06:00\",\"end_time\":\"10:00\",\"count\":1},"
            + "{\"external_id\":\"F1\",\"day\":5,\"start_time\":\"06:00\",\"end_time\":\"10:00\",\"count\":1},"
            + "{\"external_id\":\"S1\",\"day\":6,\"start_time\":\"06:00\",\"end_time\":\"10:00\",\"count\":1},"
            + "{\"external_id\":\"M1\",\"day\":1,\"start_time\":\"05:00\",\"end_time\":\"09:00\",\"count\":3}],"
            + "\"removals\":[{\"day\":2,\"start_time\":\"13:00\",\"end_time\":\"17:00\"}]}";

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void composeChainsPatchesAndReportsCompletenessAndDiff() throws Exception {
        RunbookFixture f = new RunbookFixture(dir.resolve("f"));
        Cli first = f.run("compose", "--week", "2026-W02", "--patch", file("mo.txt", MONDAY).toString(), "--json");
        assertEquals(0, first.exit(), first.err());
        JsonNode a = RunbookFixture.json(first.out());
        assertEquals("PARTIAL", a.at("/completeness/state").asText());
        assertEquals("", a.get("parent_id").asText());
        assertEquals(4, a.at("/diff/summary/added").asInt());
        Cli second = f.run("compose", "--week", "2026-W02", "--patch", file("rest.json", REST).toString(), "--json");
        assertEquals(0, second.exit(), second.err());
        JsonNode b = RunbookFixture.json(second.out());
        assertEquals("COMPLETE", b.at("/completeness/state").asText());
        assertEquals(a.get("forecast_version_id").asText(), b.get("parent_id").asText());
        assertEquals(4, b.at("/diff/summary/added").asInt());
        assertEquals(1, b.at("/diff/summary/removed").asInt());
        assertEquals(1, b.at("/diff/summary/changed").asInt(), "Monday 05:00 count 2 -> 3");
        String oneFile = "Mo 05:00-09:00 3 Fahrer\nMo 09:30-13:30\nDi 05:00-09:00\nMi 06:00-10:00\nDo 06:00-10:00\n"
                + "Fr 06:00-10:00\nSa 06:00-10:00\n";
        assertEquals(CanonicalForm.inputHash(ForecastParser.parse(oneFile, InputFormat.TEXT).requireSolvable()),
                b.get("input_hash").asText());
        ForecastVersion composed = Runbook.open(f.ws, Clock.systemUTC()).lifecycle().forecast(b.get("forecast_version_id")
                .asText());
        assertEquals(ForecastKind.COMPOSED, composed.meta().kind());
        assertEquals("2026-W02", composed.meta().weekKey());
        assertEquals("lts", composed.meta().attribute("tenant_code"));
        assertEquals("wien_depot_1", composed.meta().attribute("site_code"));
        assertEquals("6", composed.meta().attribute("expected_days"));
        assertTrue(composed.meta().attribute("provenance").contains("\"Mo-0500-0900\":\"F0003\""),
                composed.meta().attribute("provenance"));
        assertTrue(new String(composed.originalBytes(), StandardCharsets.UTF_8).contains("\"external_id\" : \"M1\""),
                "the composed version keeps the external ids");
    }

    @Test
    void composingInOneCallOrInTwoGivesTheSameWeek() throws Exception {
        Path mo = file("mo.txt", MONDAY);
        Path rest = file("rest.json", REST);
        RunbookFixture twoCalls = new RunbookFixture(dir.resolve("two"));
        assertEquals(0, twoCalls.run("compose", "--week", "2026-W02", "--patch", mo.toString()).exit());
        JsonNode a = RunbookFixture.json(twoCalls.run("compose", "--week", "2026-W02", "--patch", rest.toString(), "--json")
                .out());
        RunbookFixture oneCall = new RunbookFixture(dir.resolve("one"));
        JsonNode b = RunbookFixture.json(oneCall.run("compose", "--week", "2026-W02", "--patch", mo.toString(), "--patch",
                rest.toString(), "--json").out());
        assertEquals(a.get("input_hash"), b.get("input_hash"));
        assertEquals(a.get("completeness"), b.get("completeness"));
        assertEquals(a.at("/provenance/tombstones").size(), b.at("/provenance/tombstones").size());
        ForecastVersion x = Runbook.open(twoCalls.ws, Clock.systemUTC()).lifecycle().forecast(a.get("forecast_version_id")
                .asText());
        ForecastVersion y = Runbook.open(oneCall.ws, Clock.systemUTC()).lifecycle().forecast(b.get("forecast_version_id")
                .asText());
        assertArrayEquals(x.originalBytes(), y.originalBytes(), "the composed week is stored byte for byte the same");
    }

    @Test
    void externalIdsOfAJsonImportReachRostersCsv() throws Exception {
        RunbookFixture f = new RunbookFixture(dir.resolve("f"));
        Path out = dir.resolve("out");
        String noRemovals = REST.substring(0, REST.indexOf(",\"removals\"")) + "}";
        Cli r = f.run("solve", "--input", file("rest.json", noRemovals).toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("rosters.csv"));
        assertTrue(rows.get(0).endsWith(",External_ID"), rows.get(0));
        assertEquals(3, rows.stream().filter(l -> l.contains(",Mo-0500-0900-0") && l.endsWith(",M1")).count(),
                String.join("\n", rows));
        assertEquals(1, rows.stream().filter(l -> l.endsWith(",S1")).count());
    }

    @Test
    void aPatchWithRemovalsIsNotSolvedAlone() throws Exception {
        RunbookFixture f = new RunbookFixture(dir.resolve("f"));
        Cli r = f.run("solve", "--input", file("rm.txt", "Mo 06:00-10:00\n- Di 06:00-14:00\n").toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(RunbookFixture.oneLineNaming(r, "PATCH_NOT_SOLVABLE"), r.err());
    }

    @Test
    void aFailingPatchStoresNothingAndNamesItsPath() throws Exception {
        RunbookFixture f = new RunbookFixture(dir.resolve("f"));
        Cli r = f.run("compose", "--week", "2026-W02", "--patch", file("bad.json", REST.replace("\"day\":3", "\"day\":9"))
                .toString());
        assertEquals(2, r.exit());
        assertTrue(RunbookFixture.oneLineNaming(r, "INVALID_DAY"), r.err());
        assertTrue(r.err().contains("$.tours[0].day") && r.err().contains("HG-006"), r.err());
        Cli wrongWeek = f.run("compose", "--week", "2026-W03", "--patch", file("rest.json", REST).toString());
        assertEquals(2, wrongWeek.exit());
        assertTrue(RunbookFixture.oneLineNaming(wrongWeek, "WRONG_WEEK"), wrongWeek.err());
        assertTrue(Runbook.open(f.ws, Clock.systemUTC()).store().forecasts().isEmpty());
        assertEquals(64, f.run("compose", "--week", "2026-02", "--patch", "x").exit());
    }

    @Test
    void lockOfAPartialWeekIsRefusedAndLocksWithAnOverrideNamingUserAndReason() throws Exception {
        RunbookFixture f = new RunbookFixture(dir.resolve("f"));
        assertEquals(0, f.run("compose", "--week", "2026-W02", "--patch", file("mo.txt", MONDAY).toString()).exit());
        Cli solve = f.run("solve", "--week", "2026-W02", "--out", dir.resolve("out").toString(), "--json");
        assertEquals(0, solve.exit(), solve.err());
        String plan = RunbookFixture.json(solve.out()).get("plan_id").asText();
        Cli audit = f.run("audit", "--plan", plan, "--by", "auditor");
        assertEquals(0, audit.exit(), audit.out() + audit.err());
        Cli approve = f.run("approve", "--plan", plan, "--by", "lead", "--reason", "looks right");
        assertEquals(0, approve.exit(), approve.out() + approve.err());
        Cli refused = f.run("lock", "--plan", plan, "--by", "anna", "--reason", "publish early");
        assertEquals(2, refused.exit());
        assertTrue(RunbookFixture.oneLineNaming(refused, "PARTIAL_FORECAST"), refused.err());
        assertEquals(64, f.run("lock", "--plan", plan, "--by", "anna", "--reason", "r", "--partial-override-by", "carla")
                .exit());
        Cli locked = f.run("lock", "--plan", plan, "--by", "anna", "--reason", "publish early",
                "--partial-override-by", "carla", "--partial-override-reason", "Tuesday drivers must know today");
        assertEquals(0, locked.exit(), locked.err());
        Runbook rb = Runbook.open(f.ws, Clock.systemUTC());
        assertEquals(PlanStatus.LOCKED, rb.planVersion(plan).status());
        TrailEntry override = rb.lifecycle().trail(plan).stream()
                .filter(e -> e.action() == TrailAction.PARTIAL_RELEASE_OVERRIDE).findFirst().orElseThrow();
        assertEquals("carla", override.actor());
        assertEquals("Tuesday drivers must know today", override.reason());
        assertTrue(rb.lifecycle().trail(plan).stream().anyMatch(e -> e.action() == TrailAction.LOCK_REFUSED
                && "PARTIAL_FORECAST".equals(e.details().get("code"))));
    }

    @Test
    void diffOfFilesAndStoredVersionsIsDeterministicJson() throws Exception {
        RunbookFixture f = new RunbookFixture(dir.resolve("f"));
        Path a = file("a.txt", "Mo 06:00-14:00 3 Fahrer Depot Nord\nDi 06:00-10:00 + 15:00-19:00\n");
        Path b = file("b.txt", "Mo 06:00-14:00 4 Fahrer Depot Nord\nDi 06:00-10:00 + 16:00-20:00\nSa 05:00-09:00\n");
        Cli one = f.run("diff", "--old", a.toString(), "--new", b.toString(), "--json");
        assertEquals(0, one.exit(), one.err());
        Cli two = f.run("diff", "--old", a.toString(), "--new", b.toString(), "--json");
        assertArrayEquals(one.out().getBytes(StandardCharsets.UTF_8), two.out().getBytes(StandardCharsets.UTF_8));
        JsonNode d = RunbookFixture.json(one.out());
        assertEquals(1, d.at("/summary/added").asInt());
        assertEquals(2, d.at("/summary/changed").asInt());
        assertEquals(List.of("ADDED", "CHANGED", "CHANGED"), List.of(d.at("/entries/2/kind").asText(),
                d.at("/entries/0/kind").asText(), d.at("/entries/1/kind").asText()));
        assertEquals(0, f.run("import", "--input", a.toString()).exit());
        Cli byId = f.run("diff", "--old", "F0001", "--new", b.toString());
        assertEquals(0, byId.exit(), byId.err());
        assertTrue(byId.out().startsWith("1 added, 0 removed, 2 changed, 0 unchanged lines; tours 4 -> 6"), byId.out());
        Cli unknown = f.run("diff", "--old", "F0042", "--new", b.toString());
        assertEquals(2, unknown.exit());
        assertTrue(RunbookFixture.oneLineNaming(unknown, "NOT_FOUND"), unknown.err());
        assertEquals(64, f.run("diff", "--old", a.toString()).exit());
        assertEquals(64, f.run("diff", "--old", a.toString(), "--new", b.toString(), "--old-plan", "P0001").exit());
    }

    @Test
    void planDiffReportsChurnAndStability() {
        RunbookFixture f = new RunbookFixture(dir.resolve("f"));
        String p1 = f.solve();
        String p2 = f.solve();
        Cli same = f.run("diff", "--old-plan", p1, "--new-plan", p2, "--json");
        assertEquals(0, same.exit(), same.err());
        JsonNode d = RunbookFixture.json(same.out());
        assertEquals("100.00", d.get("stability_percent").asText());
        assertEquals("0.00", d.get("churn_percent").asText());
        assertEquals(d.get("old_assignments").asInt(), d.get("unchanged").asInt());
        Cli text = f.run("diff", "--old-plan", p1, "--new-plan", p2);
        assertTrue(text.out().contains("stability:        100.00 %"), text.out());
    }

    @Test
    void importOfJsonPrintsPathsAndGatesAndKeepsTenantAndSite() throws Exception {
        RunbookFixture f = new RunbookFixture(dir.resolve("f"));
        Cli r = f.run("import", "--input", file("rest.json", REST.replace("\"count\":1}", "\"count\":1,\"lat\":1}"))
                .toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = RunbookFixture.json(r.out());
        assertEquals("json", j.get("format").asText());
        assertEquals("lts", j.get("tenant_code").asText());
        assertEquals("$.tours[0].lat", j.at("/issues/0/path").asText());
        assertEquals("UNPARSED_FIELD", j.at("/issues/0/code").asText());
        assertEquals("$.tours[0].depot", j.at("/issues/1/path").asText());
        assertEquals("SG-002", j.at("/issues/1/gate").asText());
        ForecastVersion v = Runbook.open(f.ws, Clock.systemUTC()).lifecycle().forecast(j.get("forecast_version_id").asText());
        assertEquals("wien_depot_1", v.meta().attribute("site_code"));
    }

    @Test
    void partialForecastDrillPassesTwiceWithIdenticalHashes() throws Exception {
        Path week = DrillWeek.write(dir);
        Cli first = Cli.run("drill", "partial-forecast", "--input", week.toString(), "--out", dir.resolve("a").toString());
        assertEquals(0, first.exit(), first.out() + first.err());
        Cli second = Cli.run("drill", "partial-forecast", "--input", week.toString(), "--out", dir.resolve("b").toString());
        assertEquals(0, second.exit(), second.out() + second.err());
        for (String check : List.of("completeness PARTIAL, PARTIAL, COMPLETE", "diff counts per patch",
                "composed week = corrected week", "coverage 100 % after each patch", "lock of the PARTIAL week refused",
                "lock of the COMPLETE week")) {
            assertTrue(first.out().matches("(?s).*" + java.util.regex.Pattern.quote(check) + " +PASS.*"), first.out());
        }
        byte[] ra = Files.readAllBytes(dir.resolve("a/reports/partial-forecast.json"));
        byte[] rb = Files.readAllBytes(dir.resolve("b/reports/partial-forecast.json"));
        assertArrayEquals(ra, rb, "the results, with every input_hash and output_hash, are byte-identical");
        JsonNode steps = RunbookFixture.json(new String(ra, StandardCharsets.UTF_8)).get("steps");
        assertEquals(3, steps.size());
        for (JsonNode s : steps) {
            assertEquals(64, s.get("output_hash").asText().length());
        }
        String hashLine = first.out().lines().filter(l -> l.startsWith("results_hash")).findFirst().orElseThrow();
        assertEquals(hashLine.split(" ")[1], second.out().lines().filter(l -> l.startsWith("results_hash")).findFirst()
                .orElseThrow().split(" ")[1]);
    }
}
