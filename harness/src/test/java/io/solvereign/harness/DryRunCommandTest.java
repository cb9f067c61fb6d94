package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.internal.evidence.EvidencePack;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.runbook.DryRun;
import io.solvereign.harness.runbook.Runbook;
import io.solvereign.harness.store.StoreTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dry-run}: the whole runbook in one go, its artifacts and report, and where it stops. */
class DryRunCommandTest {
    @TempDir
    Path dir;

    private static final List<String> FOLDERS = List.of("input", "logs", "evidence", "reports");

    private static void assertEveryStepPassed(Cli r, Path artifacts) throws Exception {
        assertEquals(0, r.exit(), r.out() + r.err());
        String report = Files.readString(artifacts.resolve("reports/dry-run.md"));
        for (String step : DryRun.STEPS) {
            assertTrue(report.contains("## " + step + ": PASS"), step + "\n" + report);
            assertTrue(r.out().matches("(?s).*" + step + " +PASS.*"), step + "\n" + r.out());
        }
        assertTrue(report.contains("result: **PASS** (6/6 steps passed"), report);
        for (String f : FOLDERS) {
            assertTrue(Files.isDirectory(artifacts.resolve(f)), f);
        }
    }

    @Test
    void builtInExamplePassesEveryStepAndTwoRunsGiveIdenticalEvidenceApartFromTheirIdentity() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Cli first = Cli.run("dry-run", "--example", "--artifacts", a.toString(), "--now", "2026-01-02T09:00:00Z");
        assertEveryStepPassed(first, a);
        // A later wall-clock time and another folder must not change a single evidence byte.
        Cli second = Cli.run("dry-run", "--example", "--out", b.toString(), "--now", "2026-03-15T17:45:00Z");
        assertEveryStepPassed(second, b);
        SortedMap<String, byte[]> zipA = Zips.entries(Files.readAllBytes(a.resolve("evidence/evidence-P0001.zip")));
        SortedMap<String, byte[]> zipB = Zips.entries(Files.readAllBytes(b.resolve("evidence/evidence-P0001.zip")));
        assertEquals(zipA.keySet(), zipB.keySet());
        for (String name : zipA.keySet()) {
            if (name.equals("checksums.txt")) {
                assertEquals(withoutManifestLine(zipA.get(name)), withoutManifestLine(zipB.get(name)), name);
            } else if (!name.equals("manifest.json")) {
                assertArrayEquals(zipA.get(name), zipB.get(name), name);
            }
        }
        // Each dry run makes a new workspace, so the manifests differ exactly in the identity they name.
        EvidenceManifest ma = EvidencePack.readManifest(Zips.write(zipA)).orElseThrow();
        EvidenceManifest mb = EvidencePack.readManifest(Zips.write(zipB)).orElseThrow();
        assertNotEquals(ma.workspaceId(), mb.workspaceId());
        assertEquals(ma.workspaceId() + "/P0001", ma.planUid());
        assertEquals(ma.hashes(), mb.hashes());
        assertEquals(ma.files(), mb.files());
        String report = Files.readString(a.resolve("reports/dry-run.md"));
        assertTrue(report.contains("tours: 1274"), report);
        assertTrue(report.contains("REPRODUCIBILITY: PASS"), report);
        assertTrue(report.contains("plan: P0001 LOCKED"), report);
        assertTrue(Files.isRegularFile(a.resolve("input/vienna-example-week.txt")));
        assertTrue(Files.readString(a.resolve("logs/trail.jsonl")).contains("PLAN_LOCKED"));
        String roster = Files.readString(a.resolve("reports/roster.html"));
        assertTrue(roster.contains("<dd id=\"plan-status\">LOCKED</dd>"), "the page follows the plan to LOCKED");
        assertTrue(roster.contains("Verdict <b>PASS</b>, release gate open"), "and shows the recorded audit");
    }

    private static List<String> withoutManifestLine(byte[] checksums) {
        return new String(checksums, java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> !l.endsWith("  manifest.json")).toList();
    }

    @Test
    void aSecondRunIntoTheSameFolderStartsFromAFreshWorkspace() throws Exception {
        Path input = new RunbookFixture(dir).input;
        Path art = dir.resolve("art");
        assertEquals(0, Cli.run("dry-run", "--input", input.toString(), "--artifacts", art.toString()).exit());
        Cli again = Cli.run("dry-run", "--input", input.toString(), "--artifacts", art.toString());
        assertEveryStepPassed(again, art);
        assertEquals(List.of("P0001"), Runbook.open(art.resolve("workspace"), Clock.systemUTC()).store().plans().stream()
                .map(PlanVersion::id).toList(), "fresh workspace: one plan only");
        for (String step : DryRun.STEPS) {
            assertEquals(1, (again.out() + again.err()).split(java.util.regex.Pattern.quote(step + " "), -1).length - 1,
                    "each step printed once: " + step + "\n" + again.out() + again.err());
        }
    }

    @Test
    void theWorkspaceCanBeNamedAndTheResultIsJson() throws Exception {
        Path input = new RunbookFixture(dir).input;
        Path ws = dir.resolve("my-ws");
        Cli r = Cli.run("dry-run", "-i", input.toString(), "-o", dir.resolve("art").toString(), "-w", ws.toString(),
                "--json");
        assertEquals(0, r.exit(), r.err());
        com.fasterxml.jackson.databind.JsonNode j = RunbookFixture.json(r.out());
        assertTrue(j.get("passed").asBoolean());
        assertEquals(DryRun.STEPS.size(), j.get("steps").size());
        assertEquals("LOCK", j.get("steps").get(4).get("step").asText());
        assertTrue(Files.isRegularFile(ws.resolve(StoreTarget.DB_FILE)), "the workspace is where --workspace says");
        assertFalse(Files.exists(dir.resolve("art/workspace")));
        Cli notFresh = Cli.run("dry-run", "-i", input.toString(), "-o", dir.resolve("art2").toString(), "-w", ws.toString());
        assertEquals(ExitCodes.FAIL, notFresh.exit());
        assertTrue(RunbookFixture.oneLineNaming(notFresh, "not empty"), notFresh.err());
    }

    @Test
    void aFailingForecastStopsAtImportWithTheRestNotRun() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "Mo 06:00-10:00\nSa 25:00-14:00\n");
        Path art = dir.resolve("art");
        Cli r = Cli.run("dry-run", "--input", bad.toString(), "--artifacts", art.toString());
        assertEquals(ExitCodes.FAIL, r.exit());
        String report = Files.readString(art.resolve("reports/dry-run.md"));
        assertTrue(report.contains("## IMPORT: FAIL") && report.contains("INVALID_HOUR"), report);
        for (String step : DryRun.STEPS.subList(1, DryRun.STEPS.size())) {
            assertTrue(report.contains("## " + step + ": NOT_RUN"), step);
        }
        assertTrue(Files.isRegularFile(art.resolve("input/bad.txt")), "the input is kept for inspection");
    }

    @Test
    void anInfeasibleWeekStopsAtSolveWithExitThree() throws Exception {
        Path split = Files.writeString(dir.resolve("split.txt"), "Di 06:00-10:00 + 11:00-15:00\n");
        Path art = dir.resolve("art");
        Cli r = Cli.run("dry-run", "--input", split.toString(), "--artifacts", art.toString());
        assertEquals(ExitCodes.INFEASIBLE, r.exit(), r.out());
        String report = Files.readString(art.resolve("reports/dry-run.md"));
        assertTrue(report.contains("## IMPORT: PASS") && report.contains("## SOLVE: FAIL"), report);
        assertTrue(report.contains("## AUDIT: NOT_RUN"), report);
    }

    @Test
    void aFolderWithOtherFilesIsNeverWiped() throws Exception {
        Path art = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(art.resolve("thesis.tex"), "precious");
        Cli r = Cli.run("dry-run", "--input", new RunbookFixture(dir).input.toString(), "--artifacts", art.toString());
        assertEquals(ExitCodes.FAIL, r.exit());
        assertTrue(RunbookFixture.oneLineNaming(r, "OUTPUT_NOT_WRITABLE"), r.err());
        assertEquals("precious", Files.readString(art.resolve("thesis.tex")));
    }
}
