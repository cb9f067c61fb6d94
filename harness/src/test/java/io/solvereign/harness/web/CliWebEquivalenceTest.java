package io.solvereign.harness.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cockpit and the CLI are windows on one store: a plan locked through the API is LOCKED for
 * {@code status} and {@code show} with the web user in the trail, a plan locked by the CLI is LOCKED
 * through the API, and the API's reads are the CLI's JSON.
 */
class CliWebEquivalenceTest {
    @TempDir
    Path dir;
    WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(dir);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aPlanLockedThroughTheApiIsLockedForTheCliWithTheWebUserInTheTrail() {
        String id = web.approvedViaApi(web.as("dave"));
        assertEquals(200, web.as("anna").post("/api/plans/" + id + "/lock", "{\"reason\":\"Tuesday 17:00\"}").status());

        JsonNode status = WebFixture.json(web.cli("status", "--json").out());
        assertEquals(id, status.get("locked_by_week").get(0).get("plan_id").asText());
        assertEquals(1, status.get("plans_by_status").get("LOCKED").asInt());
        JsonNode show = WebFixture.json(web.cli("show", "--plan", id, "--json").out());
        assertEquals("LOCKED", show.get("status").asText());
        assertTrue(trailHas(show, "PLAN_LOCKED", "anna", "Tuesday 17:00"), show.get("trail").toString());
        assertTrue(trailHas(show, "PLAN_APPROVED", "dave", "reviewed"), show.get("trail").toString());
        assertTrue(trailHas(show, "AUDIT_RECORDED", "dave", null), show.get("trail").toString());
        assertTrue(web.cli("show", "--plan", id).out().contains("LOCKED"));
        // The CLI refuses what the API has done.
        assertEquals(2, web.cliAnyExit("lock", "--plan", id, "--by", "cli", "--reason", "again").exit());
    }

    @Test
    void aPlanLockedByTheCliIsLockedThroughTheApi() {
        String input = web.smallWeekFile().toString();
        String id = WebFixture.json(web.cli("solve", "-i", input, "-o", dir.resolve("out").toString(), "--json").out())
                .get("plan_id").asText();
        web.cli("audit", "--plan", id, "--by", "auditor");
        web.cli("approve", "--plan", id, "--by", "lead", "--reason", "reviewed");
        web.cli("lock", "--plan", id, "--by", "cli-lead", "--reason", "cli release");

        WebClient vera = web.as("vera");
        JsonNode plan = vera.getJson("/api/plans/" + id);
        assertEquals("LOCKED", plan.get("status").asText());
        assertTrue(trailHas(plan, "PLAN_LOCKED", "cli-lead", "cli release"));
        assertEquals(id, vera.getJson("/api/status").get("locked_by_week").get(0).get("plan_id").asText());
        WebClient.Answer again = web.as("anna").post("/api/plans/" + id + "/lock", "{\"reason\":\"again\"}");
        assertEquals(409, again.status());
        assertEquals("ALREADY_LOCKED", again.code());
    }

    @Test
    void theApiReadsAreTheCliJson() {
        String id = web.approvedViaApi(web.as("dave"));
        WebClient vera = web.as("vera");
        assertEquals(WebFixture.json(web.cli("status", "--json").out()), vera.getJson("/api/status"));
        assertEquals(WebFixture.json(web.cli("plans", "--json").out()), vera.getJson("/api/plans"));
        ObjectNode plan = (ObjectNode) vera.getJson("/api/plans/" + id);
        plan.remove("preview");
        assertEquals(WebFixture.json(web.cli("show", "--plan", id, "--json").out()), plan,
                "GET /api/plans/{id} is show --json plus preview");
    }

    @Test
    void everyWriteThroughTheApiNamesTheLoggedInUserInTheTrail() {
        String id = web.approvedViaApi(web.as("dave"));
        WebClient anna = web.as("anna");
        assertEquals(200, anna.post("/api/publishing", "{\"on\":false,\"reason\":\"storm\"}").status());
        assertEquals(409, anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"try\"}").status());
        assertEquals(200, anna.post("/api/publishing", "{\"on\":true,\"reason\":\"clear\"}").status());
        assertEquals(200, anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"go\"}").status());
        assertEquals(200, web.as("vera").get("/api/plans/" + id + "/evidence").status());
        java.util.List<String> trail = new java.util.ArrayList<>();
        web.runbook.store().trail().forEach(e -> trail.add(e.action() + " " + e.actor()));
        assertEquals(java.util.List.of("FORECAST_IMPORTED dave", "PLAN_CREATED dave", "AUDIT_RECORDED dave",
                "PLAN_APPROVED dave", "KILL_SWITCH_ON anna", "LOCK_REFUSED anna", "KILL_SWITCH_OFF anna",
                "PLAN_LOCKED anna", "EVIDENCE_EXPORTED vera"), trail);
    }

    private static boolean trailHas(JsonNode show, String action, String actor, String reason) {
        for (JsonNode t : show.get("trail")) {
            if (t.get("action").asText().equals(action) && t.get("actor").asText().equals(actor)
                    && (reason == null || t.get("reason").asText().equals(reason))) {
                return true;
            }
        }
        return false;
    }
}
