package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.runbook.Runbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two drills on a synthetic week: every pass criterion is measured and holds. */
class DrillCommandTest {
    @TempDir
    Path dir;

    private static void assertCriteria(Cli r, List<String> names) {
        for (String n : names) {
            assertTrue(r.out().matches("(?s).*" + java.util.regex.Pattern.quote(n) + " +PASS.*"), n + "\n" + r.out());
        }
    }

    @Test
    void sickCallWithThreeAbsentDriversPassesEveryCriterion() throws Exception {
        Path art = dir.resolve("art");
        Cli r = Cli.run("drill", "sick-call", "--input", DrillWeek.write(dir).toString(), "--artifacts", art.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertCriteria(r, List.of("coverage 100 %", "audits PASS", "churn < 20 %", "frozen assignments unchanged",
                "repaired plan in force"));
        String report = Files.readString(art.resolve("reports/drill-sick-call.md"));
        assertTrue(report.contains("result: **PASS**"), report);
        assertTrue(report.matches("(?s).*absent: D\\d+, D\\d+, D\\d+ \\(whole week\\).*"), report);
        List<TrailEntry> trail = Runbook.open(art.resolve("workspace"), Clock.systemUTC()).store().trail();
        assertTrue(trail.stream().anyMatch(e -> e.action() == TrailAction.DRILL && e.reason().endsWith("PASS")));
        assertTrue(trail.stream().anyMatch(e -> e.action() == TrailAction.PLAN_SUPERSEDED));
    }

    @Test
    void freezeWindowAtWednesdayKeepsFrozenWorkAndRecordsTheOverride() throws Exception {
        Path art = dir.resolve("art");
        Cli r = Cli.run("drill", "freeze-window", "--input", DrillWeek.write(dir).toString(), "--artifacts",
                art.toString(), "--by", "carla", "--reason", "standby takes the late tour");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertCriteria(r, List.of("coverage 100 %", "audits PASS", "frozen assignments unchanged", "override recorded"));
        TrailEntry override = Runbook.open(art.resolve("workspace"), Clock.systemUTC()).store().trail().stream()
                .filter(e -> e.action() == TrailAction.FREEZE_OVERRIDE).findFirst().orElseThrow();
        assertEquals("carla", override.actor());
        assertEquals("standby takes the late tour", override.reason());
        String report = Files.readString(art.resolve("reports/drill-freeze-window.md"));
        assertTrue(report.contains("2026-01-07T08:00"), "Wednesday 08:00 of the week\n" + report);
    }

    @Test
    void aDrillThatCannotMeetItsCriteriaFailsWithExitOne() throws Exception {
        // Everyone absent: churn cannot stay below 20 %.
        Path week = DrillWeek.write(dir);
        Cli r = Cli.run("drill", "sick-call", "--input", week.toString(), "--artifacts", dir.resolve("art").toString(),
                "--absent-count", "30");
        assertEquals(AuditCommand.CHECK_FAILED, r.exit(), r.out() + r.err());
        assertTrue(r.out().matches("(?s).*churn < 20 % +FAIL.*"), r.out());
    }
}
