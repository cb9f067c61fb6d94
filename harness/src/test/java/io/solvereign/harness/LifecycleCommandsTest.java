package io.solvereign.harness;

import static io.solvereign.harness.RunbookFixture.json;
import static io.solvereign.harness.RunbookFixture.oneLineNaming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Plan;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.runbook.Runbook;
import io.solvereign.harness.store.StoreTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, solve, audit, lock, kill-switch and freeze-day on a workspace, in-process. */
class LifecycleCommandsTest {
    @TempDir
    Path dir;

    private Runbook open(RunbookFixture f) {
        return Runbook.open(f.ws, Clock.fixed(Instant.parse(RunbookFixture.NOW), ZoneOffset.UTC));
    }

    @Test
    void importStoresAForecastVersionOnceAndKeepsTheReportContract() {
        RunbookFixture f = new RunbookFixture(dir);
        Cli a = f.run("import", "--input", f.input.toString(), "--json");
        assertEquals(0, a.exit(), a.err());
        JsonNode j = json(a.out());
        assertEquals("F0001", j.get("forecast_version_id").asText());
        assertEquals("PASS", j.get("status").asText());
        assertEquals(11, j.get("tours").asInt());
        assertTrue(j.get("input_hash").asText().matches("[0-9a-f]{64}"));
        Cli again = f.run("import", "--input", f.input.toString());
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("forecast:    F0001"), again.out());
        assertEquals(1, open(f).store().forecasts().size());
        assertTrue(new String(open(f).store().forecasts().get(0).originalBytes(), StandardCharsets.UTF_8)
                .equals(RunbookFixture.SMALL_WEEK));
    }

    @Test
    void aFailingForecastIsNotStored() throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        Path bad = Files.writeString(dir.resolve("bad.txt"), "Sa 25:00-14:00\n");
        Cli r = f.run("import", "--input", bad.toString(), "--json");
        assertEquals(ExitCodes.FAIL, r.exit());
        assertTrue(json(r.out()).get("forecast_version_id").isNull());
        assertFalse(Files.exists(f.ws), "nothing is written for a FAIL forecast");
    }

    @Test
    void solveStoresADraftAndNamesItsPlanId() {
        RunbookFixture f = new RunbookFixture(dir);
        Cli r = f.run("solve", "--input", f.input.toString(), "--out", dir.resolve("o").toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = json(r.out());
        assertEquals("P0001", j.get("plan_id").asText());
        for (String key : List.of("input_hash", "output_hash", "solver_config_hash", "drivers", "pt_drivers",
                "lower_bound", "block_mix", "solve_ms")) {
            assertTrue(j.has(key), key);
        }
        PlanVersion v = open(f).planVersion("P0001");
        assertEquals(PlanStatus.DRAFT, v.status());
        assertEquals(j.get("output_hash").asText(), v.outputHash());
        assertTrue(java.util.Arrays.equals(v.solverOutputJson(), readBytes(dir.resolve("o/solver_output.json"))));
        assertEquals(Instant.parse(RunbookFixture.NOW), v.createdAt(), "time comes from --now");
    }

    @Test
    void auditRecordsResultsAndGateThenLockSucceedsOnceAndRefusesTheSecondTime() {
        RunbookFixture f = new RunbookFixture(dir);
        String id = f.solve();
        Cli audit = f.run("audit", "--plan", id, "--by", "auditor");
        assertEquals(0, audit.exit(), audit.out() + audit.err());
        assertTrue(audit.out().matches("(?s).*REPRODUCIBILITY +PASS.*"), audit.out());
        assertTrue(audit.out().contains("recorded: audit_results.json and gate PASS"), audit.out());
        assertTrue(open(f).planVersion(id).auditResultsJson().length > 0);
        Cli unapproved = f.run("lock", "--plan", id, "--by", "anna", "--reason", "publish week 2");
        assertEquals(ExitCodes.FAIL, unapproved.exit());
        assertTrue(oneLineNaming(unapproved, "NOT_APPROVED"), unapproved.err());
        f.approve(id);

        Cli lock = f.run("lock", "--plan", id, "--by", "anna", "--reason", "publish week 2");
        assertEquals(0, lock.exit(), lock.err());
        assertTrue(lock.out().contains("LOCKED"), lock.out());
        assertEquals(PlanStatus.LOCKED, open(f).planVersion(id).status());

        Cli twice = f.run("lock", "--plan", id, "--by", "anna", "--reason", "again");
        assertEquals(ExitCodes.FAIL, twice.exit());
        assertTrue(oneLineNaming(twice, "ALREADY_LOCKED"), twice.err());

        byte[] recorded = open(f).planVersion(id).auditResultsJson();
        Cli reAudit = f.run("audit", "--plan", id);
        assertEquals(0, reAudit.exit(), reAudit.err());
        assertTrue(reAudit.out().contains("not recorded: plan " + id + " is LOCKED"), reAudit.out());
        assertTrue(java.util.Arrays.equals(recorded, open(f).planVersion(id).auditResultsJson()), "a locked plan never changes");
    }

    @Test
    void theWorkspaceAuditReSolvesWithTheWorkBudgetThePlanWasSolvedWith() throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        Path week = DrillWeek.write(dir);
        Cli cut = f.run("solve", "--input", week.toString(), "--out", dir.resolve("o").toString(), "--json",
                "--work-budget", "0", "--seed", "7");
        assertEquals(0, cut.exit(), cut.err());
        Cli full = f.run("solve", "--input", week.toString(), "--out", dir.resolve("p").toString(), "--json",
                "--seed", "7");
        // On this week the budget changes the plan, so only a re-solve with the recorded budget reproduces it.
        assertFalse(json(cut.out()).get("output_hash").equals(json(full.out()).get("output_hash")));
        Cli audit = f.run("audit", "--plan", "P0001", "--json");
        assertEquals(0, audit.exit(), audit.out() + audit.err());
        assertEquals("PASS", json(audit.out()).get("reproducibility").get("status").asText());
    }

    @Test
    void lockingAPlanWhoseAuditFailedIsRefusedWithAuditGateFail() {
        RunbookFixture f = new RunbookFixture(dir);
        String good = f.solve();
        // A hand-made draft that leaves one tour uncovered: COVERAGE fails.
        Runbook rb = open(f);
        PlanVersion v = rb.planVersion(good);
        Plan plan = Runbook.plan(v);
        List<Assignment> fewer = plan.assignments().subList(1, plan.assignments().size());
        Plan broken = new Plan(plan.inputHash(), plan.solverConfigHash(), plan.outputHash(), plan.seed(), plan.workBudget(),
                plan.solverVersion(), plan.weekAnchor(), plan.zone(), plan.ruleSet(), fewer, plan.kpis(),
                plan.lowerBoundCertificate());
        String id = rb.storeDraft("tester", "drop a tour", v.forecastVersionId(), "", broken).id();

        Cli unaudited = f.run("lock", "--plan", id, "--by", "anna", "--reason", "publish");
        assertEquals(ExitCodes.FAIL, unaudited.exit());
        assertTrue(oneLineNaming(unaudited, "AUDIT_GATE_FAIL"), unaudited.err());
        assertTrue(unaudited.err().contains("not been audited"), unaudited.err());

        Cli audit = f.run("audit", "--plan", id, "--by", "auditor");
        assertEquals(AuditCommand.CHECK_FAILED, audit.exit(), audit.out());
        assertTrue(audit.out().contains("COVERAGE") && audit.out().contains("gate FAIL"), audit.out());

        Cli lock = f.run("lock", "--plan", id, "--by", "anna", "--reason", "publish");
        assertEquals(ExitCodes.FAIL, lock.exit());
        assertTrue(oneLineNaming(lock, "AUDIT_GATE_FAIL"), lock.err());
        assertTrue(lock.err().contains("COVERAGE"), lock.err());
        List<TrailEntry> refused = open(f).lifecycle().trail(id).stream()
                .filter(e -> e.action() == TrailAction.LOCK_REFUSED).toList();
        assertEquals(2, refused.size());
        assertEquals("AUDIT_GATE_FAIL", refused.get(1).details().get("code"));
    }

    @Test
    void killSwitchBlocksLockingWithFreezeActiveUntilSwitchedOff() {
        RunbookFixture f = new RunbookFixture(dir);
        String id = f.solveAndAudit();
        Cli on = f.run("kill-switch", "on", "--reason", "storm warning", "--by", "ops");
        assertEquals(0, on.exit(), on.err());
        Cli refused = f.run("lock", "--plan", id, "--by", "anna", "--reason", "publish");
        assertEquals(ExitCodes.FAIL, refused.exit());
        assertTrue(oneLineNaming(refused, "FREEZE_ACTIVE"), refused.err());
        assertTrue(refused.err().contains("storm warning"), refused.err());
        assertEquals(0, f.run("kill-switch", "off", "--reason", "all clear", "--by", "ops").exit());
        assertEquals(0, f.run("lock", "--plan", id, "--by", "anna", "--reason", "publish").exit());
        List<TrailAction> actions = open(f).store().trail().stream().map(TrailEntry::action).toList();
        assertTrue(actions.containsAll(List.of(TrailAction.KILL_SWITCH_ON, TrailAction.LOCK_REFUSED,
                TrailAction.KILL_SWITCH_OFF, TrailAction.PLAN_LOCKED)), actions.toString());
    }

    @Test
    void aLockedPlanEditedInTheDatabaseIsDetectedOnTheNextLoad() throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        String id = f.solveAndAudit();
        assertEquals(0, f.run("lock", "--plan", id, "--by", "anna", "--reason", "publish").exit());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.ws.resolve(StoreTarget.DB_FILE));
             Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER plan_status_path");
            st.executeUpdate("UPDATE plan_version SET solver_output = CAST(REPLACE(CAST(solver_output AS TEXT),"
                    + " '\"D001\"', '\"D002\"') AS BLOB) WHERE id = '" + id + "'");
        }
        for (String[] cmd : List.of(new String[] {"lock", "--plan", id, "--by", "x", "--reason", "y"},
                new String[] {"export-evidence", "--plan", id, "--out", dir.resolve("ev").toString()},
                new String[] {"audit", "--plan", id})) {
            Cli r = f.run(cmd);
            assertEquals(ExitCodes.FAIL, r.exit(), cmd[0]);
            assertTrue(oneLineNaming(r, "PLAN_TAMPERED"), r.err());
            assertTrue(r.err().contains("PLAN " + id + " was changed outside the store"), r.err());
        }
    }

    @Test
    void unknownPlanIsNotFound() {
        RunbookFixture f = new RunbookFixture(dir);
        f.solve();
        for (String[] cmd : List.of(new String[] {"lock", "--plan", "P0042", "--by", "x", "--reason", "y"},
                new String[] {"audit", "--plan", "P0042"},
                new String[] {"export-evidence", "--plan", "P0042", "--out", dir.toString()})) {
            Cli r = f.run(cmd);
            assertEquals(ExitCodes.FAIL, r.exit(), cmd[0]);
            assertTrue(oneLineNaming(r, "NOT_FOUND") && r.err().contains("P0042"), r.err());
        }
    }

    @Test
    void freezeDayListsThatDaysInstancesAndRecordsTheDecision() {
        RunbookFixture f = new RunbookFixture(dir);
        String id = f.solve();
        Cli r = f.run("freeze-day", "--date", "2026-01-06", "--by", "anna");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("3 instances of plan " + id), r.out());
        assertTrue(r.out().contains("Di-0500-0900-01") && r.out().contains("Di-1300-1700-01"), r.out());
        assertFalse(r.out().contains("Mo-"), r.out());
        TrailEntry e = open(f).lifecycle().trail(id).stream().filter(t -> t.action() == TrailAction.NOTE
                && "FREEZE_DAY".equals(t.details().get("kind"))).findFirst().orElseThrow();
        assertEquals("2026-01-06", e.details().get("date"));
        assertEquals("anna", e.actor());
        Cli outside = f.run("freeze-day", "--date", "2026-02-06");
        assertEquals(ExitCodes.FAIL, outside.exit());
        assertTrue(oneLineNaming(outside, "NOT_FOUND"), outside.err());
    }

    @Test
    void auditFileFormStillNeedsForecastForAPlanFile() {
        assertEquals(ExitCodes.USAGE, Cli.run("audit", "--plan", "x.json").exit());
    }

    @Test
    void badNowIsWrongUsage() {
        RunbookFixture f = new RunbookFixture(dir);
        Cli r = Cli.run("kill-switch", "on", "--reason", "r", "--workspace", f.ws.toString(), "--now", "yesterday");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("--now"), r.err());
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
