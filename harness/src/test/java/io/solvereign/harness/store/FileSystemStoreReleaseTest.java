package io.solvereign.harness.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.io.Hashes;
import io.solvereign.api.store.ForecastKind;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanLifecycle;
import io.solvereign.api.store.PlanVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forecast meta, approvals and KPI baselines survive a reopen of the file workspace and are checksummed. */
class FileSystemStoreReleaseTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-07T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void metaApprovalsAndBaselinesRoundTripAndEditsAreDetected() throws IOException {
        PlanLifecycle life = PlanLifecycle.create(FileSystemPlanStore.open(dir), CLOCK);
        ForecastMeta meta = ForecastMeta.of(ForecastKind.PATCH, "2026-W02", "",
                Map.of("site_code", "wien", ForecastMeta.COMPLETENESS, "PARTIAL"));
        ForecastVersion f = life.importForecast("dispatcher", "Mo 06:00-14:00".getBytes(StandardCharsets.UTF_8),
                "Mo 06:00-14:00", meta);
        byte[] out = "{}".getBytes(StandardCharsets.UTF_8);
        PlanVersion p = life.createDraft("solver", "solve", NewPlan.of(f.id(), out, Hashes.sha256Hex(out)));
        life.approve(p.id(), "anna", "looks right", Map.of("audits_pass", true, "coverage_100", false));
        life.writeKpiBaseline("wien", "anna", "three weeks", List.of(p.id()), "[{\"total_drivers\":142}]");

        PlanLifecycle reopened = PlanLifecycle.create(FileSystemPlanStore.open(dir), CLOCK);
        assertEquals(meta, reopened.forecast(f.id()).meta());
        assertEquals(life.store().approvals(), reopened.store().approvals());
        assertEquals(false, reopened.approvals(p.id()).get(0).conditionsMet().get("coverage_100"));
        assertEquals(life.store().kpiBaselines(), reopened.store().kpiBaselines());

        Path approvals = dir.resolve(FileSystemPlanStore.APPROVALS);
        Files.writeString(approvals, Files.readString(approvals).replace("anna", "eve"));
        SolvereignException e = assertThrows(SolvereignException.class, () -> FileSystemPlanStore.open(dir).approvals());
        assertEquals(ErrorCode.PLAN_TAMPERED, e.code());
        assertTrue(e.getMessage().contains(FileSystemPlanStore.APPROVALS), e.getMessage());
    }
}
