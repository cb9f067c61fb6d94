package io.solvereign.api.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.Hashes;
import io.solvereign.api.model.FreezeOverride;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PlanLifecycleTest {
    private static final Instant T0 = Instant.parse("2026-01-05T06:00:00Z");
    private static final GateVerdict PASS = GateVerdict.pass("7/7 audits PASS, REPRODUCIBILITY PASS");
    private static final GateVerdict FAIL = GateVerdict.fail("COVERAGE FAIL (2 uncovered)");

    private TestClock clock;
    private PlanLifecycle life;
    private ForecastVersion forecast;

    @BeforeEach
    void setUp() {
        clock = new TestClock(T0);
        life = PlanLifecycle.create(PlanStore.inMemory(), clock);
        forecast = life.importForecast("importer", bytes("Mo 06:00-14:00 2 Fahrer"), "Mo 06:00-14:00\nMo 06:00-14:00");
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private PlanVersion draft(String baseline) {
        clock.advance(Duration.ofMinutes(1));
        byte[] out = bytes("{\"plan\":" + life.store().plans().size() + "}");
        return life.createDraft("solver", "weekly solve",
                new NewPlan(forecast.id(), baseline, out, new byte[0], Hashes.sha256Hex(out)));
    }

    private static void assertCode(ErrorCode code, Executable call) {
        SolvereignException e = assertThrows(SolvereignException.class, call);
        assertEquals(code, e.code(), e.getMessage());
    }

    @Test
    void importAssignsSequenceIdsHashesTheCanonicalTextAndIsIdempotentForIdenticalBytes() {
        assertEquals("F0001", forecast.id());
        assertEquals(Hashes.sha256Hex("Mo 06:00-14:00\nMo 06:00-14:00"), forecast.inputHash());
        assertEquals(T0, forecast.createdAt());
        assertEquals(forecast, life.importForecast("importer", bytes("Mo 06:00-14:00 2 Fahrer"),
                "Mo 06:00-14:00\nMo 06:00-14:00"));
        ForecastVersion other = life.importForecast("importer", bytes("Mo 06:00-14:00\nMo 06:00-14:00"),
                "Mo 06:00-14:00\nMo 06:00-14:00");
        assertEquals("F0002", other.id());
        // two imports, two entries: the identical re-import wrote nothing
        assertEquals(List.of(TrailAction.FORECAST_IMPORTED, TrailAction.FORECAST_IMPORTED),
                life.store().trail().stream().map(TrailEntry::action).toList());
    }

    @Test
    void createDraftNeedsAnExistingForecastAndBaseline() {
        byte[] out = bytes("{}");
        assertCode(ErrorCode.NOT_FOUND, () -> life.createDraft("solver", "solve",
                NewPlan.of("F0099", out, Hashes.sha256Hex(out))));
        assertCode(ErrorCode.NOT_FOUND, () -> life.createDraft("solver", "solve",
                new NewPlan(forecast.id(), "P0042", out, new byte[0], Hashes.sha256Hex(out))));
        PlanVersion p = draft("");
        assertEquals("P0001", p.id());
        assertEquals(PlanStatus.DRAFT, p.status());
        assertEquals(T0.plusSeconds(60), p.createdAt());
    }

    @Test
    void lockRefusesAFailedGateWithAuditGateFailAndKeepsTheDraft() {
        PlanVersion p = draft("");
        assertCode(ErrorCode.AUDIT_GATE_FAIL, () -> life.lock(p.id(), "anna", "publish week 2", FAIL));
        assertEquals(PlanStatus.DRAFT, life.plan(p.id()).status());
        TrailEntry refused = last();
        assertEquals(TrailAction.LOCK_REFUSED, refused.action());
        assertEquals("anna", refused.actor());
        assertEquals("AUDIT_GATE_FAIL", refused.details().get("code"));
        assertEquals(FAIL.summary(), refused.details().get("summary"));
    }

    @Test
    void lockingTwiceIsAlreadyLocked() {
        PlanVersion p = draft("");
        PlanVersion locked = life.lock(p.id(), "anna", "publish week 2", PASS);
        assertEquals(PlanStatus.LOCKED, locked.status());
        assertCode(ErrorCode.ALREADY_LOCKED, () -> life.lock(p.id(), "anna", "again", PASS));
        assertEquals(PlanStatus.LOCKED, life.plan(p.id()).status());
    }

    @Test
    void killSwitchBlocksLockingWithFreezeActiveUntilSwitchedOff() {
        PlanVersion p = draft("");
        clock.advance(Duration.ofMinutes(5));
        KillSwitch on = life.killSwitch(true, "ops", "depot strike");
        assertTrue(on.on());
        assertEquals(clock.instant(), on.at());
        assertEquals(on, life.store().killSwitch());
        assertCode(ErrorCode.FREEZE_ACTIVE, () -> life.lock(p.id(), "anna", "publish", PASS));
        life.killSwitch(false, "ops", "strike over");
        assertEquals(PlanStatus.LOCKED, life.lock(p.id(), "anna", "publish", PASS).status());
        List<TrailAction> switches = life.trail("kill-switch").stream().map(TrailEntry::action).toList();
        assertEquals(List.of(TrailAction.KILL_SWITCH_ON, TrailAction.KILL_SWITCH_OFF), switches);
    }

    @Test
    void alreadyLockedIsReportedBeforeTheKillSwitch() {
        PlanVersion p = draft("");
        life.lock(p.id(), "anna", "publish", PASS);
        life.killSwitch(true, "ops", "audit week");
        assertCode(ErrorCode.ALREADY_LOCKED, () -> life.lock(p.id(), "anna", "again", PASS));
    }

    @Test
    void aLockedPlanCannotBeChangedThroughAnyApi() {
        PlanVersion p = life.lock(draft("").id(), "anna", "publish", PASS);
        byte[] audit = bytes("{\"audits\":[]}");
        assertCode(ErrorCode.ALREADY_LOCKED, () -> life.recordAudit(p.id(), "auditor", audit, PASS));
        assertCode(ErrorCode.ALREADY_LOCKED, () -> life.recordOverride(p.id(),
                new FreezeOverride("Mo-0600-1400-01", "D007", "anna", "sick")));
        assertCode(ErrorCode.ALREADY_LOCKED, () -> life.store().updatePlan(p.withAuditResults(audit)));
        assertCode(ErrorCode.ALREADY_LOCKED, () -> life.store().updatePlan(p.withStatus(PlanStatus.DRAFT)));
        byte[] leaked = life.plan(p.id()).solverOutputJson();
        leaked[0] = 'X';
        assertArrayEquals(p.solverOutputJson(), life.plan(p.id()).solverOutputJson());
        assertEquals(p, life.plan(p.id()));
    }

    @Test
    void aRepairSupersedesItsBaselineAndTheOldVersionIsFinal() {
        PlanVersion old = life.lock(draft("").id(), "anna", "publish", PASS);
        PlanVersion repair = draft(old.id());
        PlanVersion unrelated = draft("");
        assertCode(ErrorCode.INVALID_TRANSITION, () -> life.supersede(old.id(), unrelated.id(), "anna", "x"));
        life.killSwitch(true, "ops", "freeze");
        assertCode(ErrorCode.FREEZE_ACTIVE, () -> life.supersede(old.id(), repair.id(), "anna", "sick call"));
        life.killSwitch(false, "ops", "go");
        clock.advance(Duration.ofMinutes(3));
        PlanVersion superseded = life.supersede(old.id(), repair.id(), "anna", "sick call D003");
        assertEquals(PlanStatus.SUPERSEDED, superseded.status());
        assertEquals(PlanStatus.SUPERSEDED, life.plan(old.id()).status());
        assertTrue(life.plan(repair.id()).hasBaseline());
        TrailEntry e = last();
        assertEquals(TrailAction.PLAN_SUPERSEDED, e.action());
        assertEquals(Map.of("superseded_by", repair.id(), "previous_status", "LOCKED"), e.details());
        assertEquals(clock.instant(), e.at());
        assertCode(ErrorCode.INVALID_TRANSITION, () -> life.supersede(old.id(), repair.id(), "anna", "again"));
        assertCode(ErrorCode.INVALID_TRANSITION, () -> life.lock(old.id(), "anna", "revive", PASS));
        assertCode(ErrorCode.INVALID_TRANSITION, () -> life.store().updatePlan(superseded.withStatus(PlanStatus.LOCKED)));
        assertEquals(PlanStatus.LOCKED, life.lock(repair.id(), "anna", "publish repair", PASS).status());
    }

    @Test
    void everyTransitionLandsInTheTrailWithWhoWhenAndWhy() {
        PlanVersion p = draft("");
        clock.advance(Duration.ofMinutes(10));
        life.recordAudit(p.id(), "auditor", bytes("{\"ok\":true}"), PASS);
        clock.advance(Duration.ofMinutes(10));
        life.lock(p.id(), "anna", "publish week 2", PASS);
        List<TrailEntry> trail = life.store().trail();
        for (int i = 0; i < trail.size(); i++) {
            assertEquals(i + 1L, trail.get(i).sequence());
        }
        List<TrailEntry> plan = life.trail(p.id());
        assertEquals(List.of(TrailAction.PLAN_CREATED, TrailAction.AUDIT_RECORDED, TrailAction.PLAN_LOCKED),
                plan.stream().map(TrailEntry::action).toList());
        assertEquals(List.of("solver", "auditor", "anna"), plan.stream().map(TrailEntry::actor).toList());
        assertEquals(List.of(T0.plusSeconds(60), T0.plusSeconds(660), T0.plusSeconds(1260)),
                plan.stream().map(TrailEntry::at).toList());
        assertEquals("publish week 2", plan.get(2).reason());
        assertEquals("PASS", plan.get(1).details().get("gate"));
        assertEquals(Hashes.sha256Hex(bytes("{\"ok\":true}")), plan.get(1).details().get("audit_results_sha256"));
    }

    @Test
    void overridesAndEventsAreRecordedButTransitionsAreReservedToTheLifecycle() {
        PlanVersion p = draft("");
        TrailEntry o = life.recordOverride(p.id(), new FreezeOverride("Mo-0600-1400-01", "D007", "anna", "D003 sick"));
        assertEquals(TrailAction.FREEZE_OVERRIDE, o.action());
        assertEquals("anna", o.actor());
        assertEquals("D003 sick", o.reason());
        assertEquals(Map.of("instance_id", "Mo-0600-1400-01", "new_driver_id", "D007"), o.details());
        TrailEntry n = life.recordEvent("cli", TrailAction.EVIDENCE_EXPORTED, p.id(), "export", Map.of("zip", "x.zip"));
        assertEquals(TrailAction.EVIDENCE_EXPORTED, n.action());
        assertThrows(IllegalArgumentException.class,
                () -> life.recordEvent("cli", TrailAction.PLAN_LOCKED, p.id(), "forged", Map.of()));
    }

    @Test
    void whoAndWhyAreRequired() {
        PlanVersion p = draft("");
        assertThrows(IllegalArgumentException.class, () -> life.lock(p.id(), " ", "publish", PASS));
        assertThrows(IllegalArgumentException.class, () -> life.lock(p.id(), "anna", "", PASS));
        assertThrows(IllegalArgumentException.class, () -> life.killSwitch(true, "ops", " "));
        assertThrows(IllegalArgumentException.class, () -> new FreezeOverride("Mo-0600-1400-01", "D007", "anna", ""));
        assertCode(ErrorCode.NOT_FOUND, () -> life.lock("P0404", "anna", "publish", PASS));
    }

    private TrailEntry last() {
        List<TrailEntry> t = life.store().trail();
        return t.get(t.size() - 1);
    }
}
