package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.internal.evidence.EvidencePack;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.runbook.Runbook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-evidence and verify-evidence: reproducible packs, and every drift named by file. */
class EvidenceCommandsTest {
    @TempDir
    Path dir;

    private RunbookFixture f;
    private String planId;
    private Path zip;

    @BeforeEach
    void exportAPack() {
        f = new RunbookFixture(dir);
        planId = f.solveAndAudit();
        Cli r = f.run("export-evidence", "--plan", planId, "--out", dir.resolve("ev").toString());
        assertEquals(0, r.exit(), r.err());
        zip = dir.resolve("ev").resolve("evidence-" + planId + ".zip");
        assertTrue(Files.isRegularFile(zip), r.out());
    }

    private Cli verify(Path file, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("verify-evidence", "--file", file.toString()));
        args.addAll(List.of(more));
        return f.run(args.toArray(String[]::new));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void exportingTheSamePlanTwiceGivesIdenticalBytesAndVerifiesClean() throws Exception {
        byte[] first = Files.readAllBytes(zip);
        Cli again = f.run("export-evidence", "--plan", planId, "--out", dir.resolve("ev2").toString());
        assertEquals(0, again.exit(), again.err());
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("ev2/evidence-" + planId + ".zip")));
        assertTrue(Zips.entries(first).keySet().containsAll(List.of("manifest.json", "forecast_input",
                "canonical_input.txt", "solver_output.json", "audit_results.json", "kpis.json", "checksums.txt")));
        Cli r = verify(zip, "--resolve");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("verify-evidence: OK") && r.out().contains("re-solve"), r.out());
        List<TrailAction> actions = Runbook.open(f.ws, Clock.systemUTC()).lifecycle().trail(planId).stream()
                .map(TrailEntry::action).toList();
        assertTrue(actions.contains(TrailAction.EVIDENCE_EXPORTED) && actions.contains(TrailAction.EVIDENCE_VERIFIED));
    }

    @Test
    void oneByteChangedInAnyFileIsNamed() throws Exception {
        SortedMap<String, byte[]> entries = Zips.entries(Files.readAllBytes(zip));
        for (String name : entries.keySet()) {
            TreeMap<String, byte[]> edited = new TreeMap<>(entries);
            byte[] b = edited.get(name).clone();
            int at = b.length / 2;
            b[at] = (byte) (b[at] == '1' ? '2' : '1');
            edited.put(name, b);
            Cli r = verify(write("edited-" + name + ".zip", Zips.write(edited)));
            assertEquals(VerifyEvidenceCommand.FINDINGS, r.exit(), name + ": " + r.out());
            assertTrue(r.out().contains(" " + name + ":"), name + " not named: " + r.out());
        }
    }

    @Test
    void aRemovedFileIsNamed() throws Exception {
        SortedMap<String, byte[]> entries = Zips.entries(Files.readAllBytes(zip));
        for (String name : entries.keySet()) {
            TreeMap<String, byte[]> fewer = new TreeMap<>(entries);
            fewer.remove(name);
            Cli r = verify(write("without-" + name + ".zip", Zips.write(fewer)));
            assertEquals(VerifyEvidenceCommand.FINDINGS, r.exit(), name);
            assertTrue(r.out().contains("MISSING_FILE " + name + ":"), name + ": " + r.out());
        }
    }

    @Test
    void anAddedFileIsNamed() throws Exception {
        TreeMap<String, byte[]> more = new TreeMap<>(Zips.entries(Files.readAllBytes(zip)));
        more.put("notes.txt", "looks fine to me\n".getBytes(StandardCharsets.UTF_8));
        Cli r = verify(write("more.zip", Zips.write(more)));
        assertEquals(VerifyEvidenceCommand.FINDINGS, r.exit());
        assertTrue(r.out().contains("EXTRA_FILE notes.txt:"), r.out());
        assertTrue(r.out().contains("FAIL") && r.out().contains("notes.txt"), r.out());
    }

    @Test
    void theSameByteFlipInsideTheRawZipIsReportedToo() throws Exception {
        byte[] raw = Files.readAllBytes(zip);
        raw[raw.length / 3] ^= 0x01;
        Cli r = verify(write("flipped.zip", raw));
        assertEquals(VerifyEvidenceCommand.FINDINGS, r.exit(), r.out());
    }

    @Test
    void signedPacksVerifyWithTheKeyAndFailWithAnother() throws Exception {
        Path key = Files.writeString(dir.resolve("key"), "s3cret\n");
        Path other = Files.writeString(dir.resolve("other"), "guess");
        Cli export = f.run("export-evidence", "--plan", planId, "--out", dir.resolve("signed").toString(),
                "--hmac-key-file", key.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().contains("signed hmac-sha256"), export.out());
        Path signed = dir.resolve("signed/evidence-" + planId + ".zip");
        assertTrue(Zips.entries(Files.readAllBytes(signed)).containsKey(EvidencePack.SIGNATURE));
        assertEquals(0, verify(signed, "--hmac-key-file", key.toString()).exit());
        Cli wrong = verify(signed, "--hmac-key-file", other.toString());
        assertEquals(VerifyEvidenceCommand.FINDINGS, wrong.exit());
        assertTrue(wrong.out().contains("SIGNATURE_MISMATCH signature.hmac"), wrong.out());
        Cli unsignedWithKey = verify(zip, "--hmac-key-file", key.toString());
        assertEquals(VerifyEvidenceCommand.FINDINGS, unsignedWithKey.exit());
        assertTrue(unsignedWithKey.out().contains("SIGNATURE_MISSING"), unsignedWithKey.out());
    }

    @Test
    void aPackFromAnotherWorkspaceIsNeverComparedByItsShortPlanId() throws Exception {
        // The pack of plan P0001 from another workspace with another seed: valid, and not about this workspace's P0001.
        RunbookFixture other = new RunbookFixture(dir.resolve("other"));
        Cli solve = other.run("solve", "--input", f.input.toString(), "--out", dir.resolve("o2").toString(),
                "--seed", "99", "--json");
        assertEquals(0, solve.exit(), solve.err());
        assertEquals(0, other.run("audit", "--plan", "P0001").exit());
        assertEquals(0, other.run("export-evidence", "--plan", "P0001", "--out", dir.resolve("ev3").toString()).exit());
        Path foreign = dir.resolve("ev3/evidence-P0001.zip");
        assertEquals(0, Cli.run("verify-evidence", "--file", foreign.toString(), "--workspace",
                dir.resolve("nowhere").toString()).exit(), "clean on its own");
        assertTrue(!Files.exists(dir.resolve("nowhere")), "verify never creates a workspace");
        f.solveAndAudit();
        Cli r = verify(foreign);
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("does not hold this pack's plan by identity"), r.out());
        assertFalse(r.out().contains("PLAN_INCONSISTENT"), r.out());
        // In its own workspace the same pack is matched by identity and compared.
        Cli own = other.run("verify-evidence", "--file", foreign.toString());
        assertEquals(0, own.exit(), own.out());
        assertFalse(own.out().contains("does not hold"), own.out());
    }

    @Test
    void withoutWorkspaceOptionOnlyTheWorkspaceThePackNamesIsConsulted() throws Exception {
        String id = f.solveAndAudit();
        assertEquals(0, f.run("export-evidence", "--plan", id, "--out", dir.resolve("ev4").toString()).exit());
        String zip = dir.resolve("ev4/evidence-" + id + ".zip").toString();
        // The default workspace of this build is another one: it is not consulted at all.
        Cli elsewhere = Cli.run("verify-evidence", "--file", zip);
        assertEquals(0, elsewhere.exit(), elsewhere.out());
        assertFalse(elsewhere.out().contains("does not hold") || elsewhere.out().contains("PLAN_INCONSISTENT"),
                elsewhere.out());
        // With the pack's own workspace as the default, it is compared and the verification lands in its trail.
        String before = System.getProperty("solvereign.workspace");
        System.setProperty("solvereign.workspace", f.ws.toString());
        try {
            Cli own = Cli.run("verify-evidence", "--file", zip);
            assertEquals(0, own.exit(), own.out());
        } finally {
            System.setProperty("solvereign.workspace", before);
        }
        assertTrue(Runbook.open(f.ws, Clock.systemUTC()).lifecycle().trail(id).stream()
                .anyMatch(e -> e.action() == TrailAction.EVIDENCE_VERIFIED));
    }

    @Test
    void anUnauditedPlanHasNoEvidence() {
        String draft = f.solve();
        Cli r = f.run("export-evidence", "--plan", draft, "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.FAIL, r.exit());
        assertTrue(RunbookFixture.oneLineNaming(r, "AUDIT_GATE_FAIL"), r.err());
    }

    @Test
    void aMissingZipIsBadInput() {
        Cli r = verify(dir.resolve("nope.zip"));
        assertEquals(ExitCodes.FAIL, r.exit());
        assertTrue(RunbookFixture.oneLineNaming(r, "UNREADABLE_INPUT"), r.err());
    }
}
