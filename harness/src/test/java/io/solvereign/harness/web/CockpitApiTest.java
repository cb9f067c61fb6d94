package io.solvereign.harness.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the cockpit's JSON API over real HTTP, with the CLI's JSON where the CLI has the verb. */
class CockpitApiTest {
    @TempDir
    Path dir;
    WebFixture web;
    WebClient dave;
    WebClient anna;

    @BeforeEach
    void start() {
        web = new WebFixture(dir);
        dave = web.as("dave");
        anna = web.as("anna");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void uploadReportsEveryLineAndStoresAPassingForecast() {
        WebClient.Answer a = dave.upload("/api/forecasts?name=week.txt",
                WebFixture.SMALL_WEEK.getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(201, a.status(), a.toString());
        JsonNode n = a.json();
        assertEquals("PASS", n.get("status").asText());
        assertEquals("F0001", n.get("id").asText());
        assertEquals(n.get("id"), n.get("forecast_version_id"));
        assertEquals(11, n.get("tours").asInt());
        assertTrue(n.get("solvable").asBoolean());
        assertEquals(9, n.get("lines").size(), "one entry per content line");
        JsonNode di = n.get("lines").get(4);
        assertEquals("Di 05:00-09:00 2 Fahrer", di.get("text").asText());
        assertEquals(2, di.get("canonical").get(0).get("count").asInt());
        // The same bytes through the CLI give the same report keys and the same version.
        JsonNode cli = WebFixture.json(web.cli("import", "-i", web.smallWeekFile().toString(), "--json").out());
        for (String key : List.of("status", "format", "input_hash", "forecast_version_id", "tours", "tours_per_day",
            "issues")) {
            assertEquals(cli.get(key), n.get(key), key);
        }
        JsonNode list = dave.getJson("/api/forecasts").get("forecasts");
        assertEquals(1, list.size());
        assertEquals(n.get("input_hash"), list.get(0).get("input_hash"));
        assertEquals(10, list.get(0).get("tour_lines").asInt(), "the split is one line of two tours");
        JsonNode stored = dave.getJson("/api/forecasts/F0001");
        assertEquals("PASS", stored.get("status").asText());
        assertEquals(9, stored.get("lines").size());
    }

    @Test
    void everyLineIsListedWithoutHolesSkippedOnesMarked() {
        WebClient.Answer a = dave.upload("/api/forecasts?name=c.txt",
                "# week 2\r\n\r\nMo 06:00-14:00 3\r\nDi 06:00-14:00\r\n".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(201, a.status(), a.toString());
        JsonNode lines = a.json().get("lines");
        assertEquals(4, lines.size(), lines.toString());
        for (int i = 0; i < 4; i++) {
            assertEquals(i + 1, lines.get(i).get("line").asInt());
        }
        assertTrue(lines.get(0).get("skipped").asBoolean());
        assertEquals("# week 2", lines.get(0).get("text").asText());
        assertTrue(lines.get(1).get("skipped").asBoolean());
        assertFalse(lines.get(2).get("skipped").asBoolean());
        assertEquals("Mo 06:00-14:00", lines.get(2).get("canonical").get(0).get("text").asText());
        assertEquals(3, lines.get(2).get("canonical").get(0).get("count").asInt());
        assertEquals(4, dave.getJson("/api/forecasts/" + a.json().get("id").asText()).get("lines").size());
    }

    @Test
    void aFailingUploadIs422WithItsLinesAndNothingIsStored() {
        WebClient.Answer a = dave.upload("/api/forecasts?name=bad.txt",
                "Mo 06:00-14:00\nSa 25:00-14:00\n".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(422, a.status(), a.toString());
        JsonNode n = a.json();
        assertEquals("FAIL", n.get("status").asText());
        assertTrue(n.get("id").isNull());
        assertFalse(n.get("solvable").asBoolean());
        assertFalse(n.get("blocked_reason").asText().isEmpty());
        assertEquals("INVALID_HOUR", n.get("error").get("code").asText(), n.toString());
        assertEquals("FAIL", n.get("lines").get(1).get("status").asText());
        assertEquals("INVALID_HOUR", n.get("lines").get(1).get("codes").get(0).asText());
        assertEquals("PASS", n.get("lines").get(0).get("status").asText());
        assertEquals(0, dave.getJson("/api/forecasts").get("forecasts").size());
    }

    @Test
    void theWholeRunbookThroughTheApi() throws Exception {
        String id = web.solveViaApi(dave);
        JsonNode plan = dave.getJson("/api/plans/" + id);
        assertEquals("DRAFT", plan.get("status").asText());
        assertEquals("audit", plan.get("waiting_for").asText());
        assertTrue(plan.get("preview").get("checks").isEmpty(), "no audit yet");
        JsonNode release = dave.getJson("/api/plans/" + id + "/release");
        assertEquals("AUDIT_GATE_FAIL", release.get("blocking_code").asText());
        assertFalse(release.get("can_approve").asBoolean());

        JsonNode audit = dave.runJobDone("/api/plans/" + id + "/audit", "{}");
        assertTrue(audit.get("release_gate").asBoolean());
        assertTrue(audit.get("recorded").asBoolean());
        plan = dave.getJson("/api/plans/" + id);
        JsonNode preview = plan.get("preview");
        assertEquals(9, preview.get("checks").size(), "eight checks and REPRODUCIBILITY");
        preview.get("checks").forEach(c -> assertEquals("PASS", c.get("verdict").asText(), c.toString()));
        assertEquals(plan.get("kpis").get("drivers").asInt(), preview.get("roster").size());
        int tours = 0;
        for (JsonNode row : preview.get("roster")) {
            assertEquals(7, row.get("days").size());
            assertEquals(row.get("part_time").asBoolean() ? "PT" : "FTE", row.get("type").asText());
            for (JsonNode cell : row.get("days")) {
                tours += cell.isNull() ? 0 : cell.get("tours").size();
            }
        }
        assertEquals(11, tours, "every tour in the matrix once");
        int histogram = 0;
        for (JsonNode b : preview.get("hours_histogram")) {
            histogram += b.get("drivers").asInt();
        }
        assertEquals(preview.get("roster").size(), histogram);
        assertEquals(plan.get("kpis").get("block_mix"), preview.get("block_mix"));

        release = dave.getJson("/api/plans/" + id + "/release");
        assertTrue(release.get("can_approve").asBoolean());
        assertEquals("NOT_APPROVED", release.get("blocking_code").asText());
        WebClient.Answer approve = dave.post("/api/plans/" + id + "/approve", "{\"reason\":\"reviewed\"}");
        assertEquals(200, approve.status(), approve.toString());
        assertEquals("dave", approve.json().get("by").asText());
        assertTrue(approve.json().get("conditions_met").get("audits_pass").asBoolean());
        assertTrue(dave.getJson("/api/plans/" + id + "/release").get("can_lock").asBoolean());

        WebClient.Answer lock = anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"week 2 release\"}");
        assertEquals(200, lock.status(), lock.toString());
        assertEquals("LOCKED", lock.json().get("status").asText());
        assertEquals("anna", lock.json().get("by").asText());
        assertEquals("ALREADY_LOCKED", dave.getJson("/api/plans/" + id + "/release").get("blocking_code").asText());

        WebClient.Answer zip = dave.get("/api/plans/" + id + "/evidence");
        assertEquals(200, zip.status());
        assertEquals("application/zip", zip.header("Content-Type").orElse(""));
        assertEquals('P', zip.bytes()[0]);
        assertEquals('K', zip.bytes()[1]);
        Path pack = Files.write(dir.resolve("evidence.zip"), zip.bytes());
        assertEquals(0, web.cliAnyExit("verify-evidence", "-i", pack.toString()).exit(), "the pack verifies");
        JsonNode trail = dave.getJson("/api/plans/" + id).get("trail");
        assertTrue(actions(trail).contains("EVIDENCE_EXPORTED by dave"), actions(trail).toString());

        JsonNode plans = dave.getJson("/api/plans?status=LOCKED").get("plans");
        assertEquals(1, plans.size());
        assertEquals(0, dave.getJson("/api/plans?status=DRAFT").get("plans").size());
        assertEquals(400, dave.get("/api/plans?status=NOPE").status());
        assertEquals(400, dave.get("/api/plans?week=2026-2").status());
    }

    @Test
    void refusalsCarryTheCliCodesWithTheirStatuses() {
        String id = web.solveViaApi(dave);
        assertRefused(anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"r\"}"), 409, "AUDIT_GATE_FAIL");
        assertRefused(dave.post("/api/plans/" + id + "/approve", "{\"reason\":\"r\"}"), 409, "AUDIT_GATE_FAIL");
        dave.runJobDone("/api/plans/" + id + "/audit", "{}");
        assertRefused(anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"r\"}"), 409, "NOT_APPROVED");
        assertEquals(200, dave.post("/api/plans/" + id + "/approve", "{\"reason\":\"ok\"}").status());

        assertEquals(200, anna.post("/api/publishing", "{\"on\":false,\"reason\":\"storm\"}").status());
        JsonNode release = dave.getJson("/api/plans/" + id + "/release");
        assertEquals("FREEZE_ACTIVE", release.get("blocking_code").asText());
        assertFalse(release.get("checklist").get(3).get("ok").asBoolean(), "kill switch item");
        assertRefused(anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"r\"}"), 409, "FREEZE_ACTIVE");
        assertRefused(dave.post("/api/plans/" + id + "/approve", "{\"reason\":\"r\"}"), 409, "FREEZE_ACTIVE");
        JsonNode on = anna.post("/api/publishing", "{\"on\":true,\"reason\":\"all clear\"}").json();
        assertTrue(on.get("allowed").asBoolean());
        assertEquals("anna", on.get("by").asText());

        assertEquals(200, anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"r\"}").status());
        assertRefused(anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"r\"}"), 409, "ALREADY_LOCKED");
        assertRefused(dave.post("/api/plans/" + id + "/approve", "{\"reason\":\"r\"}"), 409, "ALREADY_LOCKED");
        assertRefused(dave.get("/api/plans/P9999"), 404, "NOT_FOUND");
        assertRefused(dave.post("/api/solve", "{\"forecast_id\":\"F9999\"}"), 404, "NOT_FOUND");
        assertRefused(dave.post("/api/plans/" + id + "/approve", "{}"), 400, "BAD_REQUEST");
        assertRefused(dave.post("/api/plans/" + id + "/approve", "not json"), 400, "MALFORMED_JSON");
        assertRefused(dave.get("/api/jobs/J999"), 404, "NOT_FOUND");
        assertRefused(dave.get("/api/nothing"), 404, "NOT_FOUND");
        assertRefused(dave.get("/api/solve"), 405, "METHOD_NOT_ALLOWED");
        assertRefused(dave.post("/api/plans/" + id + "/approve", "{\"reason\":\"" + "x".repeat(1 << 20) + "\"}"),
                413, "INPUT_TOO_LARGE");
    }

    @Test
    void aPartialWeekIsRefusedWithPartialForecastUnlessOverridden() throws Exception {
        Path patch = Files.writeString(dir.resolve("mo-di.txt"), "Mo 05:00-09:00\nMo 09:30-13:30\nDi 13:00-17:00\n");
        web.cli("compose", "--week", "2026-W02", "--patch", patch.toString());
        JsonNode solved = WebFixture.json(web.cli("solve", "--week", "2026-W02", "-o", dir.resolve("out").toString(),
                "--json").out());
        String id = solved.get("plan_id").asText();
        dave.runJobDone("/api/plans/" + id + "/audit", "{}");
        assertEquals(200, dave.post("/api/plans/" + id + "/approve", "{\"reason\":\"ok\"}").status());
        JsonNode release = dave.getJson("/api/plans/" + id + "/release");
        assertEquals("PARTIAL_FORECAST", release.get("blocking_code").asText());
        assertEquals("PARTIAL", release.get("checklist").get(2).get("detail").asText());
        JsonNode week = dave.getJson("/api/weeks/2026-W02");
        assertEquals("PARTIAL", week.get("completeness").get("state").asText(), week.toString());
        assertEquals("[\"Mo\",\"Di\"]", week.get("completeness").get("present").toString());
        assertTrue(WebClient.texts(week.get("completeness").get("missing")).contains("Mi"));
        assertEquals(1, week.get("compositions").size());
        assertEquals(solved.get("forecast_version_id").asText(), week.get("compositions").get(0).get("id").asText());
        assertEquals(0, dave.getJson("/api/weeks/2026-W03").get("compositions").size());
        assertRefused(dave.get("/api/weeks/2026-W99"), 400, "BAD_REQUEST");
        assertRefused(anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"r\"}"), 409, "PARTIAL_FORECAST");
        WebClient.Answer ok = anna.post("/api/plans/" + id + "/lock",
                "{\"reason\":\"r\",\"partial_override_reason\":\"Sa/So come late, Mo-Fr must go out\"}");
        assertEquals(200, ok.status(), ok.toString());
        assertEquals("anna", ok.json().get("partial_override_by").asText());
        assertTrue(actions(dave.getJson("/api/plans/" + id).get("trail")).contains("PARTIAL_RELEASE_OVERRIDE by anna"));
    }

    @Test
    void diffAndRepairAreTheCliVerbs() {
        String id = web.approvedViaApi(dave);
        assertEquals(200, anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"r\"}").status());
        WebClient.Answer second = dave.upload("/api/forecasts?name=w2.txt",
                (WebFixture.SMALL_WEEK + "Do 06:00-14:00\n").getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(201, second.status(), second.toString());
        com.fasterxml.jackson.databind.node.ObjectNode diff =
                (com.fasterxml.jackson.databind.node.ObjectNode) dave.getJson("/api/diff?from=F0001&to=F0002");
        assertEquals("", diff.get("completeness").get("state").asText(), "a whole-week import is not composed");
        diff.remove("completeness");
        JsonNode cli = WebFixture.json(web.cli("diff", "--old", "F0001", "--new", "F0002", "--json").out());
        assertEquals(cli, diff, "diff --json plus completeness");
        assertEquals(1, diff.get("summary").get("added").asInt(), diff.toString());
        assertEquals(400, dave.get("/api/diff?from=F0001").status());

        String driver = dave.getJson("/api/plans/" + id).get("preview").get("roster").get(0).get("driver").asText();
        JsonNode repair = dave.runJobDone("/api/plans/" + id + "/repair", "{\"absent\":[\"" + driver
                + "\"],\"now\":\"2026-01-03T08:00\"}");
        assertNotNull(repair.get("plan_id"), repair.toString());
        JsonNode repaired = dave.getJson("/api/plans/" + repair.get("plan_id").asText());
        assertEquals(id, repaired.get("baseline_plan_id").asText());
        assertEquals("DRAFT", repaired.get("status").asText());
        assertTrue(repaired.get("trail").toString().contains("2026-01-03T07:00:00Z"),
                "the repair ran at the given now, 08:00 in the plan's zone: " + repaired.get("trail"));
        assertRefused(dave.post("/api/plans/" + id + "/repair", "{\"absent\":[\"D001\"],\"now\":\"noon\"}"), 400,
                "BAD_REQUEST");
        assertRefused(dave.post("/api/plans/" + id + "/repair", "{\"absent\":[]}"), 400, "BAD_REQUEST");
        assertRefused(dave.post("/api/plans/" + id + "/repair", "{\"absent\":[\"D001\"],\"days\":[\"Xx\"]}"), 400,
                "BAD_REQUEST");
    }

    @Test
    void openApiAndPagesAreServed() {
        JsonNode api = web.anonymous().getJson("/api/openapi.json");
        assertTrue(api.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/login", "/api/logout", "/api/me", "/api/status", "/api/plans",
            "/api/plans/{id}", "/api/plans/{id}/release", "/api/plans/{id}/evidence", "/api/plans/{id}/audit",
            "/api/plans/{id}/approve", "/api/plans/{id}/lock", "/api/plans/{id}/repair", "/api/forecasts",
            "/api/forecasts/{id}", "/api/diff", "/api/weeks/{week}", "/api/solve", "/api/jobs/{id}", "/api/publishing")) {
            assertTrue(api.get("paths").has(path), path);
        }
        WebClient.Answer page = web.anonymous().get("/");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(404, web.anonymous().get("/../pom.xml").status());
        assertEquals(404, web.anonymous().get("/no-such-page.js").status());
    }

    private static void assertRefused(WebClient.Answer a, int status, String code) {
        assertEquals(status, a.status(), a.toString());
        assertEquals(code, a.code(), a.toString());
        assertFalse(a.json().get("error").get("message").asText().isEmpty());
    }

    private static List<String> actions(JsonNode trail) {
        java.util.ArrayList<String> l = new java.util.ArrayList<>();
        trail.forEach(t -> l.add(t.get("action").asText() + " by " + t.get("actor").asText()));
        return l;
    }
}
