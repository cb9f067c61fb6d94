package io.solvereign.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.Hashes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Approval, partial-release override, forecast meta and KPI baselines on the lifecycle (DOMAIN §10, §12, §13). */
class PlanLifecycleReleaseTest {
    private static final GateVerdict PASS = GateVerdict.pass("8/8 audits PASS, REPRODUCIBILITY PASS");
    private static final Map<String, Boolean> CONDITIONS = Map.of("audits_pass", true, "coverage_100", true);

    private TestClock clock;
    private PlanLifecycle life;

    @BeforeEach
    void setUp() {
        clock = new TestClock(Instant.parse("2026-01-06T10:00:00Z"));
        life = PlanLifecycle.create(PlanStore.inMemory(), clock);
    }

    private PlanVersion draftOf(ForecastVersion f) {
        byte[] out = ("{\"plan\":" + life.store().plans().size() + "}").getBytes(StandardCharsets.UTF_8);
        return life.createDraft("solver", "weekly solve", NewPlan.of(f.id(), out, Hashes.sha256Hex(out)));
    }

    private ForecastVersion week(String completeness) {
        ForecastMeta meta = ForecastMeta.of(ForecastKind.COMPOSED, "2026-W02", "",
                Map.of(ForecastMeta.COMPLETENESS, completeness, "site_code", "wien"));
        return life.importForecast("dispatcher", ("week " + completeness).getBytes(StandardCharsets.UTF_8),
                "Mo 06:00-14:00", meta);
    }

    private static SolvereignException refused(ErrorCode code, Runnable call) {
        SolvereignException e = assertThrows(SolvereignException.class, call::run);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    @Test
    void aRequiredApprovalIsCheckedAfterTheGateAndRecordedWithItsConditions() {
        PlanVersion p = draftOf(week("COMPLETE"));
        refused(ErrorCode.NOT_APPROVED, () -> life.lock(LockRequest.approved(p.id(), "lead", "publish", PASS)));
        refused(ErrorCode.AUDIT_GATE_FAIL, () -> life.lock(LockRequest.approved(p.id(), "lead", "publish",
                GateVerdict.fail("REST FAIL"))));
        Approval a = life.approve(p.id(), "anna", "reviewed Tuesday", CONDITIONS);
        assertEquals(1, a.sequence());
        assertTrue(a.allConditionsMet());
        assertEquals(List.of(a), life.approvals(p.id()));
        assertEquals(PlanStatus.LOCKED, life.lock(LockRequest.approved(p.id(), "lead", "publish", PASS)).status());
        List<TrailAction> actions = life.trail(p.id()).stream().map(TrailEntry::action).toList();
        assertEquals(List.of(TrailAction.PLAN_CREATED, TrailAction.LOCK_REFUSED, TrailAction.LOCK_REFUSED,
                TrailAction.PLAN_APPROVED, TrailAction.PLAN_LOCKED), actions);
        assertEquals("true", life.trail(p.id()).get(3).details().get("audits_pass"));
        refused(ErrorCode.ALREADY_LOCKED, () -> life.approve(p.id(), "anna", "again", CONDITIONS));
    }

    @Test
    void theFourArgumentLockNeedsNoApproval() {
        PlanVersion p = draftOf(week("COMPLETE"));
        assertEquals(PlanStatus.LOCKED, life.lock(p.id(), "lead", "drill", PASS).status());
    }

    @Test
    void aPartialOrUnknownWeekLocksOnlyWithAnOverrideRecordedInTheTrail() {
        for (String state : List.of("PARTIAL", "UNKNOWN")) {
            PlanVersion p = draftOf(week(state));
            SolvereignException e = refused(ErrorCode.PARTIAL_FORECAST,
                    () -> life.lock(p.id(), "lead", "publish", PASS));
            assertTrue(e.getMessage().contains(state), e.getMessage());
            PlanVersion locked = life.lock(new LockRequest(p.id(), "lead", "publish", PASS, false,
                    java.util.Optional.of(new ReleaseOverride("maria", "Saturday arrives at 17:00"))));
            assertEquals(PlanStatus.LOCKED, locked.status());
            TrailEntry override = life.trail(p.id()).stream()
                    .filter(t -> t.action() == TrailAction.PARTIAL_RELEASE_OVERRIDE).findFirst().orElseThrow();
            assertEquals("maria", override.actor());
            assertEquals("Saturday arrives at 17:00", override.reason());
            assertEquals(state, override.details().get("completeness"));
        }
    }

    @Test
    void aPlainImportHasNoCompletenessAndLocksAsBefore() {
        ForecastVersion f = life.importForecast("dispatcher", "Mo 06:00-14:00".getBytes(StandardCharsets.UTF_8),
                "Mo 06:00-14:00");
        assertEquals(ForecastMeta.none(), f.meta());
        assertEquals(PlanStatus.LOCKED, life.lock(draftOf(f).id(), "lead", "publish", PASS).status());
    }

    @Test
    void composedVersionsKeepTheirMetaNameTheirParentAndAreTrailedAsComposed() {
        ForecastVersion first = week("PARTIAL");
        ForecastMeta next = ForecastMeta.of(ForecastKind.COMPOSED, "2026-W02", first.id(),
                Map.of(ForecastMeta.COMPLETENESS, "COMPLETE"));
        ForecastVersion second = life.importForecast("dispatcher", new byte[] {1}, "Mo 06:00-14:00", next);
        assertEquals(first.id(), second.meta().parentId());
        assertEquals("COMPLETE", life.forecast(second.id()).meta().attribute(ForecastMeta.COMPLETENESS));
        assertEquals(TrailAction.FORECAST_COMPOSED, life.trail(second.id()).get(0).action());
        assertEquals(second, life.importForecast("dispatcher", new byte[] {1}, "Mo 06:00-14:00", next));
        ForecastMeta orphan = ForecastMeta.of(ForecastKind.COMPOSED, "2026-W02", "F0099", Map.of());
        refused(ErrorCode.NOT_FOUND, () -> life.importForecast("dispatcher", new byte[] {2}, "x", orphan));
    }

    @Test
    void aKpiBaselineNeedsANamedApproverAReasonAndExistingPlans() {
        PlanVersion p = draftOf(week("COMPLETE"));
        assertThrows(IllegalArgumentException.class,
                () -> life.writeKpiBaseline("wien", " ", "ten good weeks", List.of(p.id()), "[]"));
        assertThrows(IllegalArgumentException.class,
                () -> life.writeKpiBaseline("wien", "anna", "", List.of(p.id()), "[]"));
        refused(ErrorCode.NOT_FOUND, () -> life.writeKpiBaseline("wien", "anna", "why", List.of("P0042"), "[]"));
        assertTrue(life.store().kpiBaselines().isEmpty());
        KpiBaseline b = life.writeKpiBaseline("wien", "anna", "three locked weeks", List.of(p.id()), "[{\"drivers\":142}]");
        assertEquals(List.of(b), life.store().kpiBaselines());
        TrailEntry t = life.store().trail().get(life.store().trail().size() - 1);
        assertEquals(TrailAction.KPI_BASELINE_WRITTEN, t.action());
        assertEquals("anna", t.actor());
        assertFalse(t.details().get("samples_sha256").isEmpty());
    }
}
