package io.solvereign.harness;

import static io.solvereign.harness.RunbookFixture.json;
import static io.solvereign.harness.RunbookFixture.oneLineNaming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatcher's runbook with the new verbs, end to end on one workspace: import -> solve -> audit ->
 * approve -> lock -> export-evidence -> verify-evidence; after each step {@code status}, {@code plans} and
 * {@code show} (all {@code --json}, keys as the README documents them) reflect it.
 */
class RunbookEndToEndTest {
    @TempDir
    Path dir;

    private RunbookFixture f;

    private JsonNode step(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        Cli r = f.run(all.toArray(String[]::new));
        assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
        return json(r.out());
    }

    private JsonNode status() {
        return step("status");
    }

    private JsonNode plan(String id) {
        return step("show", "--plan", id);
    }

    private static List<String> trailActions(JsonNode show) {
        List<String> out = new ArrayList<>();
        show.get("trail").forEach(t -> out.add(t.get("action").asText()));
        return out;
    }

    @Test
    void everyStepShowsInStatusPlansAndShow() {
        f = new RunbookFixture(dir);
        JsonNode empty = status();
        assertTrue(empty.get("publishing").get("allowed").asBoolean());
        assertEquals("off", empty.get("publishing").get("kill_switch").asText());
        assertEquals(0, empty.get("forecasts").asInt());

        JsonNode imported = step("import", "-i", f.input.toString(), "--site", "WIEN-01");
        assertEquals("F0001", imported.get("forecast_version_id").asText());
        assertEquals(1, status().get("forecasts").asInt());
        assertEquals("WIEN-01", status().get("site").asText());

        JsonNode solved = step("solve", "-i", f.input.toString(), "--site", "WIEN-01", "-o", dir.resolve("out").toString());
        assertEquals("F0001", solved.get("forecast_version_id").asText(), "the imported version is reused");
        String id = solved.get("plan_id").asText();
        JsonNode s = status();
        assertEquals(1, s.get("plans_by_status").get("DRAFT").asInt());
        assertEquals(id, s.get("waiting").get(0).get("plan_id").asText());
        assertEquals("audit", s.get("waiting").get(0).get("waiting_for").asText());
        assertEquals("2026-W02", s.get("waiting").get(0).get("week").asText());
        JsonNode shown = plan(id);
        assertEquals("NONE", shown.get("audit").asText());
        assertEquals(solved.get("drivers").asInt(), shown.get("kpis").get("drivers").asInt());
        assertEquals(solved.get("lower_bound").asInt(), shown.get("kpis").get("lower_bound").asInt());
        assertEquals(solved.get("gap").asInt(), shown.get("gap").asInt());
        assertTrue(shown.get("near_violations").isNull(), "no audit, no near-violation count");

        Cli audit = f.run("audit", "--plan", id, "--by", "auditor");
        assertEquals(0, audit.exit(), audit.out() + audit.err());
        assertEquals("approval", status().get("waiting").get(0).get("waiting_for").asText());
        shown = plan(id);
        assertEquals("PASS", shown.get("audit").asText());
        for (String check : List.of("COVERAGE", "OVERLAP", "REST", "SPAN_REGULAR", "SPAN_SPLIT", "FATIGUE",
                "WEEKLY_HOURS", "REPRODUCIBILITY")) {
            assertEquals("PASS", shown.get("audit_checks").get(check).asText(), check);
        }
        assertTrue(shown.get("near_violations").isInt());
        Cli unapproved = f.run("lock", "--plan", id, "--by", "anna", "--reason", "publish");
        assertEquals(ExitCodes.FAIL, unapproved.exit());
        assertTrue(oneLineNaming(unapproved, "NOT_APPROVED"), unapproved.err());

        JsonNode approved = step("approve", "--plan", id, "--by", "lead", "--reason", "reviewed with the depot",
                "--lock-window", "2026-01-01T06:00/2026-01-01T18:00");
        assertTrue(approved.get("all_conditions_met").asBoolean(), approved.toString());
        JsonNode row = step("plans", "--status", "DRAFT").get("plans").get(0);
        assertTrue(row.get("approved").asBoolean());
        assertEquals("lock", row.get("waiting_for").asText());
        JsonNode conditions = plan(id).get("approvals").get(0).get("conditions_met");
        assertTrue(conditions.get("audits_pass").asBoolean());
        assertTrue(conditions.get("coverage_100").asBoolean());
        assertTrue(conditions.get("within_window").asBoolean(), "NOW lies inside the window");

        JsonNode locked = step("lock", "--plan", id, "--by", "anna", "--reason", "publish week 2");
        assertEquals("LOCKED", locked.get("status").asText());
        s = status();
        assertEquals(1, s.get("plans_by_status").get("LOCKED").asInt());
        assertEquals(0, s.get("plans_by_status").get("DRAFT").asInt());
        assertEquals(id, s.get("locked_by_week").get(0).get("plan_id").asText());
        assertEquals("2026-W02", s.get("locked_by_week").get(0).get("week").asText());
        assertEquals(0, s.get("waiting").size());
        assertEquals(1, step("plans", "--week", "2026-W02").get("plans").size());
        assertEquals(0, step("plans", "--week", "2026-W03").get("plans").size());

        JsonNode exported = step("export-evidence", "--plan", id, "-o", dir.resolve("ev").toString());
        Path zip = Path.of(exported.get("file").asText());
        assertTrue(Files.isRegularFile(zip));
        JsonNode verified = step("verify-evidence", "-i", zip.toString());
        assertTrue(verified.get("ok").asBoolean(), verified.toString());
        assertEquals(id, verified.get("plan_id").asText());

        assertKeysDocumented(status(), step("plans").get("plans").get(0), plan(id));
        List<String> actions = trailActions(plan(id));
        assertEquals(List.of("PLAN_CREATED", "AUDIT_RECORDED", "LOCK_REFUSED", "PLAN_APPROVED", "PLAN_LOCKED",
                "EVIDENCE_EXPORTED", "EVIDENCE_VERIFIED"), actions);

        JsonNode stopped = step("publishing", "off", "--reason", "storm warning", "--by", "ops");
        assertFalse(stopped.get("allowed").asBoolean());
        JsonNode p = status().get("publishing");
        assertFalse(p.get("allowed").asBoolean());
        assertEquals("on", p.get("kill_switch").asText());
        assertEquals("ops", p.get("by").asText());
        assertEquals("storm warning", p.get("reason").asText());
        Cli text = f.run("status");
        assertTrue(text.out().startsWith("publishing:  STOPPED"), text.out());
        step("kill-switch", "off", "--reason", "all clear", "--by", "ops");
        assertTrue(f.run("status").out().startsWith("publishing:  ALLOWED"));
    }

    /** Every key that status, plans and show print is named in the README's JSON section. */
    private static void assertKeysDocumented(JsonNode... objects) {
        Path readme = Path.of("").toAbsolutePath();
        while (readme != null && !(Files.isRegularFile(readme.resolve("README.md")) && Files.isDirectory(readme.resolve("harness")))) {
            readme = readme.getParent();
        }
        assertTrue(readme != null, "no repository root above the working directory");
        String text;
        try {
            text = Files.readString(readme.resolve("README.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String section = text.substring(text.indexOf("### JSON of `status`, `plans` and `show`"));
        for (JsonNode o : objects) {
            o.fieldNames().forEachRemaining(k -> assertTrue(section.contains("`" + k + "`"), "README lacks `" + k + "`"));
        }
        objects[0].get("publishing").fieldNames().forEachRemaining(k -> assertTrue(section.contains("`" + k + "`"), k));
    }

    @Test
    void aPlanOfTheExampleWeekSaysSoFirstAndCanNeverBeLocked() {
        f = new RunbookFixture(dir);
        Cli solved = f.run("solve", "--example", "-o", dir.resolve("out").toString());
        assertEquals(0, solved.exit(), solved.err());
        assertTrue(solved.out().startsWith("EXAMPLE: "), solved.out());
        assertEquals(1, solved.out().split("EXAMPLE: ", -1).length - 1, "said once: " + solved.out() + solved.err());
        Cli json = f.run("solve", "--example", "-o", dir.resolve("out2").toString(), "--json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.err().startsWith("EXAMPLE: "), json.err());
        assertTrue(json.out().lines().skip(1).findFirst().orElseThrow().contains("\"example\""), json.out());
        assertTrue(f.run("show", "--plan", "P0001").out().startsWith("EXAMPLE: "));
        assertTrue(json(f.run("plans", "--json").out()).get("plans").get(0).get("example").asBoolean());
        Cli lock = f.run("lock", "--plan", "P0001", "--by", "anna", "--reason", "publish");
        assertEquals(ExitCodes.FAIL, lock.exit());
        assertTrue(oneLineNaming(lock, "INVALID_TRANSITION") && lock.err().contains("example"), lock.err());
    }
}
