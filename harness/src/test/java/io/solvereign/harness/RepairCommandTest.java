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
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.runbook.Runbook;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code repair} against the locked plan in force, and what the workspace keeps of it. */
class RepairCommandTest {
    /** Tuesday 05:00 in Vienna of the default week (2026-01-05). */
    private static final String TUESDAY = "2026-01-06T05:00";

    @TempDir
    Path dir;

    private RunbookFixture f;
    private Path week;

    @BeforeEach
    void lockABaseline() throws Exception {
        f = new RunbookFixture(dir);
        week = DrillWeek.write(dir);
        Cli solve = f.run("solve", "--input", week.toString(), "--out", dir.resolve("o").toString());
        assertEquals(0, solve.exit(), solve.err());
        assertEquals(0, f.run("audit", "--plan", "P0001").exit());
        f.approve("P0001");
        assertEquals(0, f.run("lock", "--plan", "P0001", "--by", "anna", "--reason", "publish").exit());
    }

    private Runbook open() {
        return Runbook.open(f.ws, Clock.systemUTC());
    }

    private Cli at(String now, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", f.ws.toString(), "--now", now));
        return Cli.run(all.toArray(String[]::new));
    }

    private static Map<String, String> drivers(Plan p) {
        TreeMap<String, String> m = new TreeMap<>();
        for (Assignment a : p.assignments()) {
            m.put(a.tourInstanceId(), a.driverId());
        }
        return m;
    }

    @Test
    void sickCallMakesADraftNamingItsBaselineThatAuditsReproducesAndLocksInItsPlace() {
        Cli r = at(TUESDAY, "repair", "--plan", "P0001", "--absent", "D001,D002", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = json(r.out());
        assertEquals("P0002", j.get("plan_id").asText());
        assertEquals("P0001", j.get("baseline_plan_id").asText());
        assertTrue(j.get("fully_covered").asBoolean());
        // The repair reports the same churn as the plan diff of its baseline and itself.
        JsonNode diff = json(at(TUESDAY, "diff", "--old-plan", "P0001", "--new-plan", "P0002", "--json").out());
        assertEquals(diff.get("churn_percent").asText(), j.at("/churn/percent").asText());
        assertEquals(diff.get("stability_percent").asText(), j.at("/churn/stability_percent").asText());
        assertEquals(diff.get("drivers_affected").asInt(), j.at("/churn/affected_drivers").size());
        assertEquals(diff.get("changed").asInt() + diff.get("added").asInt(), j.at("/churn/changed_assignments").asInt());
        assertTrue(j.get("moves").size() > 0);
        for (JsonNode m : j.get("moves")) {
            assertTrue(m.get("candidates").size() <= 3);
        }
        Plan before = Runbook.plan(open().planVersion("P0001"));
        Plan after = Runbook.plan(open().planVersion("P0002"));
        assertEquals(before.assignments().size(), after.assignments().size());
        Map<String, String> b = drivers(before);
        Map<String, String> a = drivers(after);
        long changed = b.keySet().stream().filter(id -> !b.get(id).equals(a.get(id))).count();
        assertEquals(changed, j.get("churn").get("changed_assignments").asLong(), "churn counts real changes");

        Cli audit = at(TUESDAY, "audit", "--plan", "P0002");
        assertEquals(0, audit.exit(), audit.out() + audit.err());
        assertTrue(audit.out().matches("(?s).*REPRODUCIBILITY +PASS.*"), "the repair is repeated, not re-solved");
        assertEquals(0, at(TUESDAY, "approve", "--plan", "P0002", "--by", "lead", "--reason", "ok").exit());
        Cli lock = at(TUESDAY, "lock", "--plan", "P0002", "--by", "anna", "--reason", "sick call");
        assertEquals(0, lock.exit(), lock.err());
        assertTrue(lock.out().contains("plan P0001 SUPERSEDED by P0002"), lock.out());
        assertEquals(PlanStatus.SUPERSEDED, open().planVersion("P0001").status());
        assertEquals(PlanStatus.LOCKED, open().planVersion("P0002").status());
    }

    @Test
    void aFrozenDayKeepsItsToursAndAnAbsentDriverOnItIsRefused() {
        Plan before = Runbook.plan(open().planVersion("P0001"));
        // The absent driver works on Thursday, the day frozen by hand, and on Saturday, which is open.
        String sick = before.assignments().stream().filter(x -> x.tourInstanceId().startsWith("Do-"))
                .map(Assignment::driverId).filter(d -> before.assignments().stream().anyMatch(
                        x -> x.driverId().equals(d) && x.tourInstanceId().startsWith("Sa-")))
                .findFirst().orElseThrow();
        assertEquals(0, at(TUESDAY, "freeze-day", "--date", "2026-01-08", "--by", "anna").exit());
        // Absent all week, he would keep his frozen Thursday: refused, naming a Thursday instance.
        Cli refused = at(TUESDAY, "repair", "--plan", "P0001", "--absent", sick);
        assertEquals(ExitCodes.FAIL, refused.exit(), refused.out());
        assertTrue(oneLineNaming(refused, "ABSENT_DRIVER_FROZEN") && refused.err().contains(": Do-"), refused.err());
        // Absent on Saturday only: Thursday stays frozen on every driver, his Saturday moves.
        Cli r = at(TUESDAY, "repair", "--plan", "P0001", "--absent", sick, "--days", "Sa");
        assertEquals(0, r.exit(), r.err());
        Map<String, String> a = drivers(Runbook.plan(open().planVersion("P0002")));
        int thursday = 0;
        int saturday = 0;
        for (Assignment x : before.assignments()) {
            if (x.tourInstanceId().startsWith("Do-")) {
                assertEquals(x.driverId(), a.get(x.tourInstanceId()), x.tourInstanceId());
                thursday += x.driverId().equals(sick) ? 1 : 0;
            } else if (x.driverId().equals(sick) && x.tourInstanceId().startsWith("Sa-")) {
                assertFalse(sick.equals(a.get(x.tourInstanceId())), "an open tour of the absent driver moves");
                saturday++;
            }
        }
        assertTrue(thursday > 0 && saturday > 0);
        assertEquals(0, at(TUESDAY, "audit", "--plan", "P0002").exit(), "reproduces with the frozen day");
    }

    @Test
    void anOverrideIsRecordedWithUserAndReason() {
        Plan before = Runbook.plan(open().planVersion("P0001"));
        String instance = before.assignments().stream().filter(x -> x.tourInstanceId().startsWith("Di-1400"))
                .findFirst().orElseThrow().tourInstanceId();
        Cli r = at(TUESDAY, "repair", "--plan", "P0001", "--override", instance + "=D099", "--by", "carla",
                "--reason", "D099 covers the afternoon");
        assertEquals(0, r.exit(), r.err());
        assertEquals("D099", drivers(Runbook.plan(open().planVersion("P0002"))).get(instance));
        TrailEntry e = open().lifecycle().trail("P0002").stream()
                .filter(t -> t.action() == TrailAction.FREEZE_OVERRIDE).findFirst().orElseThrow();
        assertEquals("carla", e.actor());
        assertEquals("D099 covers the afternoon", e.reason());
        assertEquals(instance, e.details().get("instance_id"));
    }

    @Test
    void aRepairedPlansEvidenceIsReSolvedByRepeatingTheRepair() {
        assertEquals(0, at(TUESDAY, "repair", "--plan", "P0001", "--absent", "D004").exit());
        assertEquals(0, at(TUESDAY, "audit", "--plan", "P0002").exit());
        Path out = dir.resolve("ev");
        assertEquals(0, at(TUESDAY, "export-evidence", "--plan", "P0002", "--out", out.toString()).exit());
        Path zip = out.resolve("evidence-P0002.zip");
        Cli here = at(TUESDAY, "verify-evidence", "--file", zip.toString(), "--resolve");
        assertEquals(0, here.exit(), here.out());
        assertTrue(here.out().contains("re-solve") && !here.out().contains("note: plan"), here.out());
        Cli elsewhere = Cli.run("verify-evidence", "--file", zip.toString(), "--resolve", "--workspace",
                dir.resolve("none").toString());
        assertEquals(0, elsewhere.exit(), elsewhere.out());
        assertTrue(elsewhere.out().contains("note: plan P0002 was repaired from P0001"), elsewhere.out());
        assertFalse(elsewhere.out().contains("re-solve)"), "no claim of a re-solve that did not run: " + elsewhere.out());
    }

    @Test
    void atTheDefaultClockAnAbsentDriversFrozenToursAreRefusedNamingTheInstances() {
        Plan before = Runbook.plan(open().planVersion("P0001"));
        String driver = before.assignments().get(0).driverId();
        List<String> his = before.assignments().stream().filter(x -> x.driverId().equals(driver))
                .map(Assignment::tourInstanceId).sorted().toList();
        // No --now: the system clock, long after the planned week, so every tour is frozen.
        Cli late = Cli.run("repair", "--plan", "P0001", "--absent", driver, "--workspace", f.ws.toString());
        assertEquals(ExitCodes.FAIL, late.exit(), late.out());
        assertTrue(oneLineNaming(late, "ABSENT_DRIVER_FROZEN"), late.err());
        assertTrue(late.err().contains(his.get(0)) && late.err().contains(his.size() + " frozen tour(s)"), late.err());
        assertTrue(late.err().contains("--now") && late.err().contains("--override"), late.err());
        assertEquals("", late.out(), "no plan is printed");
        assertEquals(1, open().store().plans().size(), "nothing stored");

        Cli early = at("2026-01-03T12:00", "repair", "--plan", "P0001", "--absent", driver);
        assertEquals(0, early.exit(), early.err());
        Map<String, String> after = drivers(Runbook.plan(open().planVersion("P0002")));
        his.forEach(id -> assertFalse(driver.equals(after.get(id)), id + " moved off the absent driver"));
    }

    @Test
    void refusalsAreOneLine() {
        Cli unknown = at(TUESDAY, "repair", "--plan", "P0001", "--absent", "D999");
        assertEquals(ExitCodes.FAIL, unknown.exit());
        assertTrue(oneLineNaming(unknown, "NOT_FOUND") && unknown.err().contains("D999"), unknown.err());
        assertEquals(0, at(TUESDAY, "repair", "--plan", "P0001", "--absent", "D003").exit());
        Cli draft = at(TUESDAY, "repair", "--plan", "P0002", "--absent", "D001");
        assertEquals(ExitCodes.FAIL, draft.exit());
        assertTrue(oneLineNaming(draft, "INVALID_TRANSITION"), draft.err());
        assertEquals(ExitCodes.USAGE, at(TUESDAY, "repair", "--plan", "P0001").exit());
        assertEquals(ExitCodes.USAGE, at(TUESDAY, "repair", "--plan", "P0001", "--absent", "D001", "--days", "Xy").exit());
    }
}
