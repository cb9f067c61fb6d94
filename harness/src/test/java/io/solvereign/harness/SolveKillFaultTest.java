package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.export.AtomicFiles;
import io.solvereign.harness.runbook.Runbook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: 50 {@code solve} processes on one workspace, five at a time, each killed with SIGKILL at
 * its own moment spread over start-up, solving and the store write (those that finish first simply
 * succeed). Afterwards the workspace opens and verifies, every plan a process reported is there with
 * its output_hash, every later command works, and the temp files of killed exports are cleaned by the
 * next write.
 */
class SolveKillFaultTest {
    static final int PROCESSES = 50;
    static final int PARALLEL = 5;

    @TempDir
    Path dir;

    @Test
    void fiftyKilledSolvesLeaveAWorkspaceWhereEveryReportedPlanIsThereAndEveryCommandWorks() throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        Map<String, String> reported = new TreeMap<>();
        // Calibration: the first runs go to the end; their median duration sets the time scale of the kills,
        // so the spread fits this machine (CI on two busy cores is several times slower than a laptop).
        List<Long> durations = run(f, -PARALLEL, 0, null, reported);
        long scale = durations.stream().sorted().toList().get(durations.size() / 2);
        int killed = run(f, 0, PROCESSES, scale, reported).size();
        assertTrue(killed > 0 && reported.size() > PARALLEL, "kills must hit some runs and miss others: killed "
                + killed + ", reported " + reported.size());

        Runbook rb = Runbook.open(f.ws, Clock.systemUTC());
        rb.store().verify();
        for (Map.Entry<String, String> e : reported.entrySet()) {
            PlanVersion p = rb.planVersion(e.getKey());
            assertEquals(e.getValue(), p.outputHash(), e.getKey());
        }
        List<String> ids = rb.store().plans().stream().map(PlanVersion::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(io.solvereign.api.store.PlanStore.planId(i + 1), ids.get(i), "ids stay contiguous");
        }
        rb.store().close();

        String next = f.solveAndAudit();
        assertFalse(reported.containsKey(next), "a new solve gets a new id");
        String first = reported.keySet().iterator().next();
        assertEquals(0, f.run("audit", "--plan", first).exit());
        assertEquals(0, f.run("approve", "--plan", first, "--by", "lead", "--reason", "after the crashes").exit());
        assertEquals(0, f.run("lock", "--plan", first, "--by", "anna", "--reason", "after the crashes").exit());
        Cli export = f.run("export-evidence", "--plan", first, "--out", dir.resolve("ev").toString());
        assertEquals(0, export.exit(), export.err());
        Cli verify = f.run("verify-evidence", "--file", dir.resolve("ev/evidence-" + first + ".zip").toString());
        assertEquals(0, verify.exit(), verify.out());

        for (int i = -PARALLEL; i < PROCESSES; i++) {
            Path out = dir.resolve("out" + i);
            AtomicFiles.cleanLeftovers(out);
            if (Files.isDirectory(out)) {
                try (Stream<Path> files = Files.list(out)) {
                    assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".solvereign-tmp")), out.toString());
                }
            }
        }
        System.out.printf("SolveKillFaultTest: %d killed, %d reported success, %d plans stored%n", killed,
                reported.size(), ids.size());
    }

    /**
     * Runs solves numbered {@code from .. to-1}, PARALLEL at a time (a new one starts when one ends). With a
     * scale, process i is killed with SIGKILL {@code scale * (0.1 + 1.2 * spread(i))} after its start:
     * before the JVM is up, while solving, and around the store write; runs that finish first succeed.
     * Records the plans reported by finished runs. Returns the kill moments used (with a scale) or the
     * durations of the runs (without).
     */
    private List<Long> run(RunbookFixture f, int from, int to, Long scale, Map<String, String> reported) throws Exception {
        List<Long> out = new ArrayList<>();
        Map<Integer, Process> active = new TreeMap<>();
        Map<Integer, Long> started = new TreeMap<>();
        java.util.Set<Integer> killed = new java.util.TreeSet<>();
        int next = from;
        while (next < to || !active.isEmpty()) {
            while (next < to && active.size() < PARALLEL) {
                started.put(next, System.currentTimeMillis());
                active.put(next, ChildJvm.of(Main.class, List.of("solve", "--input", f.input.toString(), "--out",
                        dir.resolve("out" + next).toString(), "--seed", Integer.toString(next + 100), "--json",
                        "--workspace", f.ws.toString(), "--now", RunbookFixture.NOW))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .redirectOutput(dir.resolve("stdout" + next).toFile()).start());
                next++;
            }
            Thread.sleep(10);
            for (int i : List.copyOf(active.keySet())) {
                Process p = active.get(i);
                long age = System.currentTimeMillis() - started.get(i);
                long killAfter = scale == null ? Long.MAX_VALUE
                        : (long) (scale * (0.1 + 1.2 * Math.floorMod(i * 37L, PROCESSES) / PROCESSES));
                if (p.isAlive() && age >= killAfter && !killed.contains(i)) {
                    p.destroyForcibly();
                    killed.add(i);
                    out.add(killAfter);
                }
                if (p.isAlive()) {
                    continue;
                }
                assertTrue(p.waitFor(60, TimeUnit.SECONDS));
                active.remove(i);
                if (scale == null) {
                    out.add(age);
                }
                if (p.exitValue() == 0) {
                    var json = RunbookFixture.json(Files.readString(dir.resolve("stdout" + i), StandardCharsets.UTF_8));
                    reported.put(json.get("plan_id").asText(), json.get("output_hash").asText());
                }
            }
        }
        return out;
    }
}
