package io.solvereign.harness;

import static io.solvereign.harness.RunbookFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.runbook.Runbook;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drift baseline and drift check end to end on a workspace, in-process. */
class DriftCommandTest {
    @TempDir
    Path dir;

    private Runbook open(RunbookFixture f) {
        return Runbook.open(f.ws, Clock.fixed(Instant.parse(RunbookFixture.NOW), ZoneOffset.UTC));
    }

    private List<TrailEntry> baselineTrail(RunbookFixture f) {
        return open(f).store().trail().stream().filter(e -> e.action() == TrailAction.KPI_BASELINE_WRITTEN).toList();
    }

    @Test
    void aWeekWithTwentyPercentMoreToursIsAtLeastAnAlertNamingTotalDrivers() {
        RunbookFixture f = new RunbookFixture(dir);
        List<String> locked = new ArrayList<>();
        for (int variant = 0; variant < 3; variant++) {
            Path week = WhatIfFixture.write(dir, "week" + variant + ".txt", WhatIfFixture.week(variant, 0));
            locked.add(WhatIfFixture.solveAndLock(f, week));
        }
        Cli baseline = f.run("drift", "baseline", "--site", "wien", "--approver", "anna", "--reason", "three normal weeks");
        assertEquals(0, baseline.exit(), baseline.err());
        assertTrue(baseline.out().contains(String.join(", ", locked)), baseline.out());
        List<TrailEntry> trail = baselineTrail(f);
        assertEquals(1, trail.size());
        assertEquals("anna", trail.get(0).actor());
        assertEquals("three normal weeks", trail.get(0).reason());

        // A locked plan of the baseline checks against it without alarm.
        Cli normal = f.run("drift", "check", "--plan", locked.get(1), "--json");
        assertTrue(normal.exit() <= 1, normal.out() + normal.err());

        // The first week with 20 % more tours on every line (252 instead of 210).
        Path busy = WhatIfFixture.write(dir, "busy.txt", WhatIfFixture.week(0, 20));
        String busyPlan = WhatIfFixture.solve(f, busy);
        Cli check = f.run("drift", "check", "--plan", busyPlan, "--json");
        assertTrue(check.exit() == 2 || check.exit() == 3, "exit " + check.exit() + ": " + check.out() + check.err());
        JsonNode j = json(check.out());
        assertTrue(List.of("ALERT", "INCIDENT").contains(j.get("level").asText()), j.toPrettyString());
        assertEquals(List.of("OK", "WARNING", "ALERT", "INCIDENT").indexOf(j.get("level").asText()), check.exit());
        List<String> top = new ArrayList<>();
        j.get("top_drifters").forEach(d -> top.add(d.get("metric").asText()));
        assertTrue(top.contains("total_drivers"), "top drifters " + top);
        assertEquals(3, j.get("baseline_samples").asInt());
        List<String> triggers = new ArrayList<>();
        j.get("triggers").forEach(t -> triggers.add(t.get("name").asText() + " " + t.get("severity").asText()));
        assertTrue(triggers.contains("HEADCOUNT_DRIFT BLOCK"), "triggers " + triggers);

        Cli text = f.run("drift", "check", "--plan", busyPlan);
        assertEquals(check.exit(), text.exit());
        assertTrue(text.out().contains("top drifters: ") && text.out().contains("total_drivers (z "), text.out());
    }

    @Test
    void aBaselineWithoutApproverOrReasonIsRefusedAndNothingIsWritten() {
        RunbookFixture f = new RunbookFixture(dir);
        Cli none = f.run("drift", "baseline", "--site", "wien", "--reason", "why");
        assertEquals(ExitCodes.USAGE, none.exit());
        assertTrue(none.err().contains("--approver"), none.err());
        Cli blank = f.run("drift", "baseline", "--site", "wien", "--approver", "  ", "--reason", "why");
        assertEquals(ExitCodes.USAGE, blank.exit());
        Cli noReason = f.run("drift", "baseline", "--site", "wien", "--approver", "anna", "--reason", "");
        assertEquals(ExitCodes.USAGE, noReason.exit());
        assertTrue(open(f).store().kpiBaselines().isEmpty());
        assertTrue(baselineTrail(f).isEmpty());
    }

    @Test
    void tooFewLockedPlansAreRefusedAndNoBaselineChecksOk() {
        RunbookFixture f = new RunbookFixture(dir);
        String id = f.solveAndAudit();
        WhatIfFixture.lock(f, id, "publish");
        Cli refused = f.run("drift", "baseline", "--site", "wien", "--approver", "anna", "--reason", "one week");
        assertEquals(ExitCodes.FAIL, refused.exit());
        assertTrue(RunbookFixture.oneLineNaming(refused, "at least 3"), refused.err());
        Cli check = f.run("drift", "check", "--plan", id);
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("OK (no baseline yet"), check.out());
        Cli usage = f.run("drift");
        assertEquals(ExitCodes.USAGE, usage.exit());
    }
}
