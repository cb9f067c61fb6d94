package io.solvereign.harness;

import static io.solvereign.harness.RunbookFixture.json;
import static io.solvereign.harness.RunbookFixture.oneLineNaming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.model.Plan;
import io.solvereign.api.model.Weekday;
import io.solvereign.harness.runbook.Runbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rules FILE} on solve, repair, audit and verify-evidence: the site's rules reach the plan and
 * its checks, and a bad file is one line.
 */
class RulesOnCommandsTest {
    /** A weekly cap below the default 55 h and a shorter rest, both recorded in the plan. */
    private static final String SITE = "{\"max_weekly_minutes\": 3000, \"min_rest_minutes\": 690}";

    @TempDir
    Path dir;

    @Test
    void solveAndRepairPlanUnderTheSitesRulesAndTheAuditRepeatsTheRepairUnderThem() throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        Path rules = Files.writeString(dir.resolve("site.json"), SITE);
        Path week = DrillWeek.write(dir);
        Cli solved = f.run("solve", "-i", week.toString(), "-o", dir.resolve("o").toString(), "--rules", rules.toString(),
                "--json");
        assertEquals(0, solved.exit(), solved.err());
        Plan plan = Runbook.plan(Runbook.open(f.ws, Clock.systemUTC()).planVersion("P0001"));
        assertEquals(3000, plan.ruleSet().maxWeeklyMinutes());
        assertEquals(690, plan.ruleSet().minRestMinutes());
        assertEquals(0, f.run("audit", "--plan", "P0001", "--rules", rules.toString()).exit());
        f.approve("P0001");
        assertEquals(0, f.run("lock", "--plan", "P0001", "--by", "anna", "--reason", "publish").exit());

        Cli repaired = f.run("repair", "--plan", "P0001", "--absent", plan.assignments().get(0).driverId(),
                "--rules", rules.toString(), "--json");
        assertEquals(0, repaired.exit(), repaired.err());
        assertEquals("P0002", json(repaired.out()).get("plan_id").asText());
        Plan after = Runbook.plan(Runbook.open(f.ws, Clock.systemUTC()).planVersion("P0002"));
        assertEquals(3000, after.ruleSet().maxWeeklyMinutes());
        Cli audit = f.run("audit", "--plan", "P0002", "--rules", rules.toString());
        assertEquals(0, audit.exit(), audit.out() + audit.err());
        assertTrue(audit.out().matches("(?s).*REPRODUCIBILITY +PASS.*"), audit.out());
    }

    @Test
    void aWorkingDaysLimitInTheRulesFileIsKeptBySolveAndCheckedByAudit() throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        Path fourDays = Files.writeString(dir.resolve("four-days.json"), "{\"max_working_days\": 4}");
        Path week = DrillWeek.write(dir);
        Cli solved = f.run("solve", "-i", week.toString(), "-o", dir.resolve("o").toString(), "--rules",
                fourDays.toString(), "--json");
        assertEquals(0, solved.exit(), solved.err());
        Plan plan = Runbook.plan(Runbook.open(f.ws, Clock.systemUTC()).planVersion("P0001"));
        assertEquals(4, plan.ruleSet().maxWorkingDays());
        Map<String, Set<Weekday>> days = new TreeMap<>();
        plan.assignments().forEach(a -> days.computeIfAbsent(a.driverId(), d -> EnumSet.noneOf(Weekday.class)).add(a.day()));
        days.forEach((driver, worked) -> assertTrue(worked.size() <= 4, driver + " works on " + worked));
        Cli audit = f.run("audit", "--plan", "P0001", "--rules", fourDays.toString());
        assertEquals(0, audit.exit(), audit.out() + audit.err());
        assertTrue(audit.out().matches("(?s).*WORKING_DAYS +PASS.*"), audit.out());
        // Under the built-in site rules the plan records a rule the policy does not have.
        Cli underDefaults = f.run("audit", "--plan", "P0001");
        assertEquals(AuditCommand.CHECK_FAILED, underDefaults.exit(), underDefaults.out());
        assertTrue(underDefaults.out().contains("rule_set.max_working_days: the plan records 4, the policy is 7"),
                underDefaults.out());
    }

    @Test
    void verifyEvidenceReRunsTheAuditsUnderTheRulesThePacksAuditRanUnder() throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        Path fourDays = Files.writeString(dir.resolve("four-days.json"), "{\"max_working_days\": 4}");
        Path week = DrillWeek.write(dir);
        assertEquals(0, f.run("solve", "-i", week.toString(), "-o", dir.resolve("o").toString(), "--rules",
                fourDays.toString()).exit());
        assertEquals(0, f.run("audit", "--plan", "P0001", "--rules", fourDays.toString()).exit());
        Cli export = f.run("export-evidence", "--plan", "P0001", "--out", dir.resolve("ev").toString());
        assertEquals(0, export.exit(), export.err());
        String zip = dir.resolve("ev").resolve("evidence-P0001.zip").toString();

        Cli underSiteRules = f.run("verify-evidence", "-i", zip, "--rules", fourDays.toString());
        assertEquals(0, underSiteRules.exit(), underSiteRules.out() + underSiteRules.err());
        // Under the built-in rules the re-run PLAN_INTEGRITY fails where the pack's audit passed: that is drift.
        Cli underDefaults = f.run("verify-evidence", "-i", zip);
        assertEquals(VerifyEvidenceCommand.FINDINGS, underDefaults.exit(), underDefaults.out());
        assertTrue(underDefaults.out().contains("AUDIT_DRIFT") && underDefaults.out().contains("PLAN_INTEGRITY"),
                underDefaults.out());
    }

    @Test
    void aWorkingDaysLimitOutsideOneToSevenIsOneLineNamingTheField() throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"max_working_days\": 8}");
        Cli r = f.run("solve", "-i", f.input.toString(), "-o", dir.resolve("o").toString(), "--rules", bad.toString());
        assertEquals(ExitCodes.FAIL, r.exit(), r.err());
        assertTrue(oneLineNaming(r, "max_working_days"), r.err());
        assertTrue(r.err().contains("must be in 1..7, was 8"), r.err());
    }

    @Test
    void aBadRulesFileIsOneLineNamingTheFieldBeforeAnySolving() throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"max_weekly_minutes\": \"lots\"}");
        Cli r = f.run("solve", "-i", f.input.toString(), "-o", dir.resolve("o").toString(), "--rules", bad.toString());
        assertEquals(ExitCodes.FAIL, r.exit(), r.err());
        assertTrue(oneLineNaming(r, "max_weekly_minutes"), r.err());
        assertTrue(!Files.exists(dir.resolve("o")), "refused before writing anything");
    }
}
