package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.runbook.Runbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Simultaneous {@code lock}s of one audited plan from separate processes, 20 rounds: exactly one winner
 * per round, every other process gets {@code ALREADY_LOCKED}, and the trail holds exactly one
 * PLAN_LOCKED per plan. Each racer is one JVM that locks the round's plan at agreed wall-clock ticks.
 */
class LockRaceTest {
    static final int ROUNDS = 20;
    static final long TICK_MS = 500;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} racers")
    @ValueSource(ints = {2, 8})
    void ofNSimultaneousLocksExactlyOneWinsEachRound(int racers) throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        String first = f.solveAndAudit();
        List<String> plans = auditedCopies(f.ws, first);

        long start = System.currentTimeMillis() + 3000L + 500L * racers;
        List<Process> procs = new ArrayList<>();
        for (int r = 0; r < racers; r++) {
            List<String> args = new ArrayList<>(List.of(f.ws.toString(), "racer" + r, Long.toString(start),
                    Long.toString(TICK_MS)));
            args.addAll(plans);
            procs.add(ChildJvm.of(LockRacer.class, args).redirectErrorStream(true).start());
        }
        Map<String, List<String>> outcomes = new TreeMap<>();
        for (Process p : procs) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "racer finished");
            assertEquals(0, p.exitValue(), out);
            for (String line : out.lines().filter(l -> l.startsWith("P")).toList()) {
                String[] parts = line.split(" ", 3);
                outcomes.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1] + " " + (parts.length > 2 ? parts[2] : ""));
            }
        }
        Runbook rb = Runbook.open(f.ws, Clock.systemUTC());
        for (String plan : plans) {
            List<String> results = outcomes.get(plan);
            assertEquals(racers, results.size(), plan + ": " + results);
            assertEquals(1, results.stream().filter(s -> s.startsWith("0 ")).count(), plan + ": " + results);
            assertTrue(results.stream().filter(s -> !s.startsWith("0 ")).allMatch(s -> s.startsWith("2 ")
                    && s.contains("ALREADY_LOCKED")), plan + ": " + results);
            assertEquals(PlanStatus.LOCKED, rb.planVersion(plan).status());
            List<TrailEntry> locks = rb.lifecycle().trail(plan).stream()
                    .filter(e -> e.action() == TrailAction.PLAN_LOCKED).toList();
            assertEquals(1, locks.size(), plan + " has exactly one PLAN_LOCKED: " + locks);
        }
        rb.store().verify();
    }

    /** ROUNDS audited drafts with the first plan's content (a real solve and audit), made through the API. */
    private static List<String> auditedCopies(Path ws, String first) throws IOException {
        Runbook rb = Runbook.open(ws, Clock.systemUTC());
        PlanVersion p = rb.planVersion(first);
        List<String> ids = new ArrayList<>(List.of(first));
        while (ids.size() < ROUNDS) {
            PlanVersion copy = rb.lifecycle().createDraft("test", "race copy", new NewPlan(p.forecastVersionId(), "",
                    p.solverOutputJson(), new byte[0], p.outputHash()));
            rb.lifecycle().recordAudit(copy.id(), "test", p.auditResultsJson(), new GateVerdict(true, "copied audit"));
            rb.lifecycle().approve(copy.id(), "lead", "race", Map.of("audits_pass", true));
            ids.add(copy.id());
        }
        rb.store().close();
        return ids;
    }
}
