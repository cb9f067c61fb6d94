package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.evidence.EvidenceInputs;
import io.solvereign.api.internal.evidence.EvidencePack;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.internal.io.OutputHash;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.internal.io.RuleSetJson;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.audit.Auditors;
import io.solvereign.engine.Solvers;
import io.solvereign.harness.runbook.ReleaseGate;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof trusts nothing: a plan cannot relax its own rules, a line no block can hold is never
 * planned, evidence says whether it is authentic, and hostile files get one clean line (exit 2).
 */
class ProofCommandsTest {
    /** A small week with a split line, so relaxed split rules have something to act on. */
    private static final String WEEK = "Mo 06:00-10:30\nMo 14:00-18:30\nDi 06:00-10:00 + 15:00-19:00\n"
            + "Mi 06:00-10:30\nDo 05:00-09:00\n";
    private static final byte[] KEY = "site-key".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static Forecast forecast() {
        return ForecastParser.parse(WEEK, InputFormat.TEXT).requireSolvable();
    }

    private static Plan solved(RuleSet rules) {
        return Solvers.create().solve(SolveRequest.newBuilder(forecast()).ruleSet(rules).seed(3).build()).plan();
    }

    private static void oneCleanLine(Cli r, int exit) {
        assertEquals(exit, r.exit(), r.err() + r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("java."), r.err());
    }

    @Test
    void aPlanThatRelaxesItsOwnRulesFailsNamingEachField() throws Exception {
        RuleSet relaxed = RuleSetJson.parse("{\"max_weekly_minutes\":6000,\"min_rest_minutes\":600,"
                + "\"split_break_max\":420}", "relaxed");
        Path plan = dir.resolve("relaxed.json");
        PlanJson.write(solved(relaxed), plan);
        Path week = write("week.txt", WEEK);
        for (List<String> extra : List.of(List.<String>of(), List.of("--reproduce"))) {
            List<String> args = new ArrayList<>(List.of("audit", "--forecast", week.toString(), "--plan", plan.toString()));
            args.addAll(extra);
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(1, r.exit(), extra + ": " + r.out() + r.err());
            assertTrue(r.out().contains("PLAN_INTEGRITY   FAIL    3"), r.out());
            for (String field : List.of("rule_set.max_weekly_minutes: the plan records 6000, the policy is 3300",
                    "rule_set.min_rest_minutes: the plan records 600, the policy is 660",
                    "rule_set.split_break_max: the plan records 420, the policy is 360")) {
                assertTrue(r.out().contains(field), r.out());
            }
        }
        Path policy = write("relaxed-policy.json", "{\"max_weekly_minutes\":6000,\"min_rest_minutes\":600,"
                + "\"split_break_max\":420}");
        Cli asPolicy = Cli.run("audit", "--forecast", week.toString(), "--plan", plan.toString(), "--rules",
                policy.toString(), "--reproduce");
        assertEquals(0, asPolicy.exit(), asPolicy.out());
    }

    @Test
    void aBadRulesFileIsOneLineNamingTheField() throws Exception {
        Path plan = dir.resolve("plan.json");
        PlanJson.write(solved(RuleSet.defaults()), plan);
        Path rules = write("rules.json", "{\"max_weekly_minutes\":\"lots\"}");
        Cli r = Cli.run("audit", "--forecast", write("week.txt", WEEK).toString(), "--plan", plan.toString(),
                "--rules", rules.toString());
        oneCleanLine(r, 2);
        assertTrue(r.err().contains("MALFORMED_JSON") && r.err().contains("$.max_weekly_minutes"), r.err());
        Cli unknown = Cli.run("audit", "--forecast", dir.resolve("week.txt").toString(), "--plan", plan.toString(),
                "--rules", write("typo.json", "{\"max_weekly_minute\":3300}").toString());
        oneCleanLine(unknown, 2);
        assertTrue(unknown.err().contains("$.max_weekly_minute: unknown field"), unknown.err());
    }

    @Test
    void aTwentyThreeHourLineIsAFailAtImportAndIsNeverSolved() throws Exception {
        Path week = write("typo.txt", WEEK + "Mi 10:00-09:00\n");
        Cli imported = Cli.run("import", "--input", week.toString(), "--workspace", dir.resolve("ws").toString());
        assertEquals(2, imported.exit(), imported.out() + imported.err());
        assertTrue((imported.out() + imported.err()).contains("NO_LEGAL_BLOCK"), imported.out() + imported.err());
        Cli solve = Cli.run("solve", "--input", week.toString(), "--out", dir.resolve("out").toString(),
                "--workspace", dir.resolve("ws").toString());
        assertEquals(3, solve.exit(), solve.err());
        assertTrue(solve.err().contains("line 6") && solve.err().contains("SPAN_REGULAR")
                && solve.err().contains("23:00 h"), solve.err());
        assertFalse(Files.exists(dir.resolve("out").resolve(PlanJson.FILE_NAME)));
    }

    /** A consistent forgery through the public API: two drivers swapped, every hash and audit recomputed. */
    private byte[] forged(byte[] signWith) {
        Forecast f = forecast();
        Plan p = solved(RuleSet.defaults());
        String a = p.assignments().get(0).driverId();
        String b = p.assignments().stream().map(Assignment::driverId).filter(d -> !d.equals(a)).findFirst().orElseThrow();
        List<Assignment> swapped = new ArrayList<>();
        for (Assignment x : p.assignments()) {
            String d = x.driverId().equals(a) ? b : x.driverId().equals(b) ? a : x.driverId();
            swapped.add(new Assignment(d, x.tourInstanceId(), x.day(), d + "-" + x.day().abbreviation(), x.blockType(),
                    x.startMinute(), x.endMinute(), x.crossesMidnight()));
        }
        Plan forged = new Plan(p.inputHash(), p.solverConfigHash(),
                OutputHash.of(swapped, p.solverConfigHash(), p.kpis()), p.seed(), p.workBudget(), p.solverVersion(),
                p.weekAnchor(), p.zone(), p.ruleSet(), swapped, p.kpis(), p.lowerBound());
        byte[] audit = ReleaseGate.bytes(Auditors.standard().audit(f, forged, (x, y) -> forged.outputHash()));
        EvidenceInputs inputs = EvidenceInputs.newBuilder().planId("P0001").forecastVersionId("F0001").plan(forged)
                .solverOutputJson(PlanJson.writeBytes(forged)).forecastInput(WEEK.getBytes(StandardCharsets.UTF_8))
                .canonicalInput(CanonicalForm.text(f)).auditResultsJson(audit)
                .kpisJson("{}\n".getBytes(StandardCharsets.UTF_8)).build();
        return signWith == null ? EvidencePack.write(inputs) : EvidencePack.write(inputs, signWith);
    }

    private Cli verify(byte[] zip, String... extra) throws Exception {
        Path file = dir.resolve("pack.zip");
        Files.write(file, zip);
        List<String> args = new ArrayList<>(List.of("verify-evidence", "--file", file.toString(), "--workspace",
                dir.resolve("no-workspace").toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aForgedPackIsNeverCalledAuthentic() throws Exception {
        byte[] zip = forged(null);
        Cli plain = verify(zip);
        assertEquals(0, plain.exit(), plain.out());
        assertTrue(plain.out().contains("authenticity: not checked"), plain.out());
        Cli json = verify(zip, "--json");
        assertTrue(json.out().contains("\"status\" : \"not checked\""), json.out());
        Cli required = verify(zip, "--require-signature");
        assertEquals(1, required.exit(), required.out());
        Path key = write("key", "site-key\n");
        Cli keyed = verify(zip, "--hmac-key-file", key.toString());
        assertEquals(1, keyed.exit(), keyed.out());
        assertTrue(keyed.out().contains("authenticity: FAILED"), keyed.out());
    }

    @Test
    void aPackMarkedSignedWithAWrongSignatureNeedsAllowUnsigned() throws Exception {
        byte[] zip = forged("another-key".getBytes(StandardCharsets.UTF_8));
        Cli strict = verify(zip);
        assertEquals(1, strict.exit(), strict.out());
        assertTrue(strict.out().contains("SIGNATURE_UNCHECKED"), strict.out());
        Cli allowed = verify(zip, "--allow-unsigned");
        assertEquals(0, allowed.exit(), allowed.out());
        assertTrue(allowed.out().contains("authenticity: not checked"), allowed.out());
        Cli keyed = verify(zip, "--hmac-key-file", write("key", "site-key").toString());
        assertEquals(1, keyed.exit(), keyed.out());
        assertTrue(keyed.out().contains("SIGNATURE_MISMATCH"), keyed.out());
        assertTrue(verify(forged(KEY), "--hmac-key-file", dir.resolve("key").toString()).out()
                .contains("authenticity: verified"));
    }

    @Test
    void devicesAndFifosAreRefusedBeforeReading() throws Exception {
        oneCleanLine(Cli.run("hash", "--input", "/dev/zero"), 2);
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        Cli r = Cli.run("hash", "--input", fifo.toString());
        oneCleanLine(r, 2);
        assertTrue(r.err().contains("not a regular file"), r.err());
        oneCleanLine(Cli.run("verify-evidence", "--file", "/dev/zero"), 2);
        Path plan = dir.resolve("plan.json");
        PlanJson.write(solved(RuleSet.defaults()), plan);
        oneCleanLine(Cli.run("audit", "--forecast", write("w.txt", WEEK).toString(), "--plan", plan.toString(),
                "--rules", "/dev/zero"), 2);
    }

    @Test
    void oversizedFilesAreRefusedBeforeReading() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: no disk used
        }
        Cli r = Cli.run("hash", "--input", huge.toString());
        oneCleanLine(r, 2);
        assertTrue(r.err().contains("INPUT_TOO_LARGE") && r.err().contains("3 GB") && r.err().contains("64 MB"),
                r.err());
        oneCleanLine(Cli.run("audit", "--forecast", write("w.txt", WEEK).toString(), "--plan", huge.toString()), 2);
        Path bigKey = dir.resolve("key");
        Files.write(bigKey, new byte[100_000]);
        oneCleanLine(Cli.run("verify-evidence", "--file", huge.toString()), 2);
        Path pack = dir.resolve("pack.zip");
        Files.write(pack, forged(null));
        Cli key = Cli.run("verify-evidence", "--file", pack.toString(), "--hmac-key-file", bigKey.toString());
        oneCleanLine(key, 2);
        assertTrue(key.err().contains("64 KB"), key.err());
    }

    @Test
    void manyLinesOrOneEndlessLineAreRefusedWhileReading() throws Exception {
        Path lines = dir.resolve("lines.txt");
        Files.writeString(lines, "Mo 06:00-14:00\n".repeat(300_000));
        Cli r = Cli.run("import", "--input", lines.toString(), "--workspace", dir.resolve("ws").toString());
        oneCleanLine(r, 2);
        assertTrue(r.err().contains("more than 200000 lines"), r.err());
        Path endless = dir.resolve("endless.txt");
        Files.writeString(endless, "x".repeat(100_000));
        Cli one = Cli.run("hash", "--input", endless.toString());
        oneCleanLine(one, 2);
        assertTrue(one.err().contains("line 1 is longer than 64 KB"), one.err());
    }

    @Test
    void aZipBombIsRefusedWhileInflating() throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry(EvidencePack.SOLVER_OUTPUT));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 2_000_000);
        // --quiet: inflating 256 MB can pass a second on a loaded machine, and then progress lines are right.
        Cli r = Cli.run("verify-evidence", "--file", bomb.toString(), "--quiet");
        oneCleanLine(r, 2);
        assertTrue(r.err().contains("'solver_output.json' inflates to more than 256 MB"), r.err());
    }
}
