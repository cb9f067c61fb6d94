package io.solvereign.harness.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.io.Hashes;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanLifecycle;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemPlanStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-07T07:00:00Z"), ZoneOffset.UTC);
    private static final byte[] OUTPUT = utf8("{\"assignments\":[{\"driver_id\":\"D001\"}]}");
    private static final GateVerdict PASS = GateVerdict.pass("all gates PASS");

    @TempDir
    Path dir;

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Import, draft, audit, lock: the runbook's store writes. */
    private static PlanVersion runbook(Path ws) {
        PlanLifecycle life = PlanLifecycle.create(FileSystemPlanStore.open(ws), CLOCK);
        ForecastVersion f = life.importForecast("dispatcher", utf8("Mo 06:00-14:00\n"), "Mo 06:00-14:00");
        PlanVersion p = life.createDraft("solver", "weekly solve",
                NewPlan.of(f.id(), OUTPUT, Hashes.sha256Hex(OUTPUT)));
        life.recordAudit(p.id(), "auditor", utf8("{\"audits\":\"PASS\"}"), PASS);
        return life.lock(p.id(), "anna", "publish week 2", PASS);
    }

    private static void assertTampered(String expectedStart, Runnable call) {
        SolvereignException e = assertThrows(SolvereignException.class, call::run);
        assertEquals(ErrorCode.PLAN_TAMPERED, e.code());
        assertTrue(e.getMessage().startsWith("PLAN_TAMPERED: " + expectedStart), e.getMessage());
    }

    @Test
    void everythingStoredComesBackAfterReopeningAndIdsContinue() {
        PlanVersion locked = runbook(dir);
        FileSystemPlanStore store = FileSystemPlanStore.open(dir);
        assertEquals(locked, store.findPlan("P0001").orElseThrow());
        assertEquals(PlanStatus.LOCKED, store.findPlan("P0001").orElseThrow().status());
        assertArrayEquals(OUTPUT, store.findPlan("P0001").orElseThrow().solverOutputJson());
        ForecastVersion f = store.findForecast("F0001").orElseThrow();
        assertArrayEquals(utf8("Mo 06:00-14:00\n"), f.originalBytes());
        assertEquals(Hashes.sha256Hex("Mo 06:00-14:00"), f.inputHash());
        assertEquals(List.of(TrailAction.FORECAST_IMPORTED, TrailAction.PLAN_CREATED, TrailAction.AUDIT_RECORDED,
                TrailAction.PLAN_LOCKED), store.trail().stream().map(TrailEntry::action).toList());
        TrailEntry lock = store.trail().get(3);
        assertEquals("anna", lock.actor());
        assertEquals("publish week 2", lock.reason());
        assertEquals(CLOCK.instant(), lock.at());
        assertEquals("all gates PASS", lock.details().get("summary"));
        PlanVersion next = store.addPlan(new NewPlan("F0001", "P0001", OUTPUT, new byte[0], Hashes.sha256Hex(OUTPUT)),
                CLOCK.instant());
        assertEquals("P0002", next.id());
        assertEquals(List.of("P0001", "P0002"), store.plans().stream().map(PlanVersion::id).toList());
    }

    @Test
    void theSameOperationsGiveByteIdenticalWorkspaces() throws IOException {
        runbook(dir.resolve("a"));
        runbook(dir.resolve("b"));
        TreeMap<String, String> a = tree(dir.resolve("a"));
        assertEquals(a, tree(dir.resolve("b")));
        assertEquals(List.of("SHA256SUMS", "forecasts/F0001/canonical_input.txt", "forecasts/F0001/forecast.json",
                "forecasts/F0001/forecast_input", "plans/P0001/audit_results.json", "plans/P0001/plan.json",
                "plans/P0001/solver_output.json", "trail.jsonl"), List.copyOf(a.keySet()));
        String plan = Files.readString(dir.resolve("a/plans/P0001/plan.json"));
        assertEquals("{\"baseline_plan_id\":\"\",\"created_at\":\"2026-01-07T07:00:00Z\",\"forecast_version_id\":\"F0001\","
                + "\"id\":\"P0001\",\"output_hash\":\"" + Hashes.sha256Hex(OUTPUT) + "\",\"status\":\"LOCKED\"}\n", plan);
    }

    @Test
    void aLockedPlansFileEditedOnDiskIsDetectedOnTheNextLoad() throws IOException {
        runbook(dir);
        Path file = dir.resolve("plans/P0001/solver_output.json");
        String before = Hashes.sha256Hex(Files.readAllBytes(file));
        byte[] edited = utf8("{\"assignments\":[{\"driver_id\":\"D002\"}]}");
        Files.write(file, edited);
        assertTampered("plans/P0001/solver_output.json changed on disk: expected sha256 " + before + " got "
                + Hashes.sha256Hex(edited), () -> FileSystemPlanStore.open(dir));
    }

    @Test
    void anEditWhileOpenIsDetectedOnTheNextRead() throws IOException {
        runbook(dir);
        FileSystemPlanStore store = FileSystemPlanStore.open(dir);
        Path meta = dir.resolve("plans/P0001/plan.json");
        Files.writeString(meta, Files.readString(meta).replace("LOCKED", "DRAFT"));
        assertTampered("plans/P0001/plan.json changed on disk", () -> store.findPlan("P0001"));
        assertTampered("plans/P0001/plan.json changed on disk", store::verify);
    }

    @Test
    void missingAddedAndIndexlessFilesAreTamperingToo() throws IOException {
        runbook(dir.resolve("missing"));
        Files.delete(dir.resolve("missing/plans/P0001/audit_results.json"));
        assertTampered("plans/P0001/audit_results.json missing on disk", () -> FileSystemPlanStore.open(dir.resolve("missing")));

        runbook(dir.resolve("added"));
        Files.writeString(dir.resolve("added/plans/P0001/extra.json"), "{}");
        assertTampered("plans/P0001/extra.json appeared on disk", () -> FileSystemPlanStore.open(dir.resolve("added")));

        runbook(dir.resolve("noindex"));
        Files.delete(dir.resolve("noindex/SHA256SUMS"));
        assertTampered("forecasts/F0001/canonical_input.txt appeared on disk",
                () -> FileSystemPlanStore.open(dir.resolve("noindex")));

        runbook(dir.resolve("trail"));
        Path trail = dir.resolve("trail/trail.jsonl");
        Files.writeString(trail, Files.readString(trail).replace("anna", "eve"));
        assertTampered("trail.jsonl changed on disk", () -> FileSystemPlanStore.open(dir.resolve("trail")));
    }

    @Test
    void aKillSwitchEditedByHandIsDetected() throws IOException {
        PlanLifecycle life = PlanLifecycle.create(FileSystemPlanStore.open(dir), CLOCK);
        life.killSwitch(true, "ops", "depot strike");
        assertTrue(FileSystemPlanStore.open(dir).killSwitch().on());
        Path ks = dir.resolve("kill-switch.json");
        Files.writeString(ks, Files.readString(ks).replace("\"on\":true", "\"on\":false"));
        assertTampered("kill-switch.json changed on disk", () -> FileSystemPlanStore.open(dir));
    }

    @Test
    void writesAreAtomicAndLeaveNoTempFiles() throws IOException {
        runbook(dir);
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
        // A crash between writing a temp file and moving it leaves the old file intact and the temp ignored.
        Files.writeString(dir.resolve("plans/P0001/.plan.json.123.tmp"), "{\"status\":\"DRA");
        FileSystemPlanStore store = FileSystemPlanStore.open(dir);
        assertEquals(PlanStatus.LOCKED, store.findPlan("P0001").orElseThrow().status());
        Path target = dir.resolve("plans/P0001/replaced.bin");
        Workspace.atomicWrite(target, utf8("old"));
        Workspace.atomicWrite(target, utf8("new content"));
        assertEquals("new content", Files.readString(target));
    }

    @Test
    void theLifecycleRulesHoldOnTheFileSystemStore() {
        runbook(dir);
        PlanLifecycle life = PlanLifecycle.create(FileSystemPlanStore.open(dir), CLOCK);
        SolvereignException twice = assertThrows(SolvereignException.class,
                () -> life.lock("P0001", "anna", "again", PASS));
        assertEquals(ErrorCode.ALREADY_LOCKED, twice.code());
        PlanVersion p1 = life.plan("P0001");
        SolvereignException edit = assertThrows(SolvereignException.class,
                () -> life.store().updatePlan(p1.withAuditResults(utf8("{}"))));
        assertEquals(ErrorCode.ALREADY_LOCKED, edit.code());
        PlanVersion failing = life.createDraft("solver", "re-solve", new NewPlan("F0001", "P0001", OUTPUT, new byte[0],
                Hashes.sha256Hex(OUTPUT)));
        SolvereignException gate = assertThrows(SolvereignException.class,
                () -> life.lock(failing.id(), "anna", "publish", GateVerdict.fail("REST FAIL")));
        assertEquals(ErrorCode.AUDIT_GATE_FAIL, gate.code());
        life.supersede("P0001", failing.id(), "anna", "repair");
        FileSystemPlanStore reopened = FileSystemPlanStore.open(dir);
        assertEquals(PlanStatus.SUPERSEDED, reopened.findPlan("P0001").orElseThrow().status());
        assertEquals(TrailAction.PLAN_SUPERSEDED, reopened.trail().get(reopened.trail().size() - 1).action());
    }

    private static TreeMap<String, String> tree(Path root) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Hashes.sha256Hex(Files.readAllBytes(p)));
            }
        }
        return out;
    }
}
