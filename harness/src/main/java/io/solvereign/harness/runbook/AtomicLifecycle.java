package io.solvereign.harness.runbook;

import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.store.Approval;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.LockRequest;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanLifecycle;
import io.solvereign.api.store.PlanStore;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.store.JdbcPlanStore;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle with each operation in one database transaction: its checks and its writes (the plan
 * update and the trail entry) hold the store's cross-process lock together. So of N processes locking
 * one plan at once exactly one sees a DRAFT; the others see it LOCKED and get {@code ALREADY_LOCKED}.
 */
final class AtomicLifecycle implements PlanLifecycle {
    private final JdbcPlanStore store;
    private final PlanLifecycle inner;

    AtomicLifecycle(JdbcPlanStore store, PlanLifecycle inner) {
        this.store = store;
        this.inner = inner;
    }

    @Override
    public PlanStore store() {
        return store;
    }

    @Override
    public ForecastVersion importForecast(String actor, byte[] originalBytes, String canonicalText, ForecastMeta meta) {
        return store.inTransaction(() -> inner.importForecast(actor, originalBytes, canonicalText, meta));
    }

    @Override
    public PlanVersion createDraft(String actor, String reason, NewPlan plan) {
        return store.inTransaction(() -> inner.createDraft(actor, reason, plan));
    }

    @Override
    public PlanVersion recordAudit(String planId, String actor, byte[] auditResultsJson, GateVerdict verdict) {
        return store.inTransaction(() -> inner.recordAudit(planId, actor, auditResultsJson, verdict));
    }

    @Override
    public PlanVersion lock(LockRequest request) {
        return store.inTransaction(() -> inner.lock(request));
    }

    @Override
    public Approval approve(String planId, String actor, String reason, Map<String, Boolean> conditionsMet) {
        return store.inTransaction(() -> inner.approve(planId, actor, reason, conditionsMet));
    }

    @Override
    public List<Approval> approvals(String planId) {
        return inner.approvals(planId);
    }

    @Override
    public KpiBaseline writeKpiBaseline(String site, String approver, String reason, List<String> planIds,
                                       String samplesJson) {
        return store.inTransaction(() -> inner.writeKpiBaseline(site, approver, reason, planIds, samplesJson));
    }

    @Override
    public PlanVersion supersede(String oldPlanId, String newPlanId, String actor, String reason) {
        return store.inTransaction(() -> inner.supersede(oldPlanId, newPlanId, actor, reason));
    }

    @Override
    public KillSwitch killSwitch(boolean on, String actor, String reason) {
        return store.inTransaction(() -> inner.killSwitch(on, actor, reason));
    }

    @Override
    public TrailEntry recordOverride(String planId, FreezeOverride override) {
        return store.inTransaction(() -> inner.recordOverride(planId, override));
    }

    @Override
    public TrailEntry recordEvent(String actor, TrailAction action, String subjectId,
                                  String reason, Map<String, String> details) {
        return store.inTransaction(() -> inner.recordEvent(actor, action, subjectId, reason, details));
    }

    @Override
    public PlanVersion plan(String planId) {
        return inner.plan(planId);
    }

    @Override
    public ForecastVersion forecast(String forecastVersionId) {
        return inner.forecast(forecastVersionId);
    }

    @Override
    public List<TrailEntry> trail(String subjectId) {
        return inner.trail(subjectId);
    }
}
