package io.solvereign.api.internal.store;

import io.solvereign.api.store.Approval;
import io.solvereign.api.store.ForecastKind;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.LockRequest;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanLifecycle;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanStore;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.ReleaseOverride;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.Hashes;
import io.solvereign.api.model.FreezeOverride;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PlanLifecycle} over any {@link PlanStore}. Methods are synchronized so that a check and the
 * write it guards cannot interleave with another caller's in this process.
 */
public final class DefaultPlanLifecycle implements PlanLifecycle {
    /** Trail subject of kill-switch entries. */
    static final String KILL_SWITCH_SUBJECT = "kill-switch";
    private static final Logger LOG = LoggerFactory.getLogger(DefaultPlanLifecycle.class);

    private final PlanStore store;
    private final Clock clock;

    public DefaultPlanLifecycle(PlanStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PlanStore store() {
        return store;
    }

    @Override
    public synchronized ForecastVersion importForecast(String actor, byte[] originalBytes, String canonicalText,
                                                       ForecastMeta meta) {
        Checks.requireText("actor", actor);
        Objects.requireNonNull(originalBytes, "originalBytes");
        Objects.requireNonNull(canonicalText, "canonicalText");
        Objects.requireNonNull(meta, "meta");
        String inputHash = Hashes.sha256Hex(canonicalText);
        for (ForecastVersion f : store.forecasts()) {
            if (f.inputHash().equals(inputHash) && Arrays.equals(f.originalBytes(), originalBytes)
                    && f.meta().equals(meta)) {
                return f;
            }
        }
        if (!meta.parentId().isEmpty()) {
            forecast(meta.parentId());
        }
        ForecastVersion f = store.addForecast(inputHash, originalBytes, canonicalText, meta, clock.instant());
        Map<String, String> details = new TreeMap<>(Map.of("input_hash", inputHash,
                "bytes", Integer.toString(originalBytes.length), "kind", meta.kind().name()));
        if (!meta.weekKey().isEmpty()) {
            details.put("week_key", meta.weekKey());
        }
        if (!meta.parentId().isEmpty()) {
            details.put("parent_id", meta.parentId());
        }
        boolean composed = meta.kind() == ForecastKind.COMPOSED;
        append(actor, composed ? TrailAction.FORECAST_COMPOSED : TrailAction.FORECAST_IMPORTED, f.id(),
                composed ? "forecast composed" : "forecast imported", details);
        return f;
    }

    @Override
    public synchronized PlanVersion createDraft(String actor, String reason, NewPlan plan) {
        Checks.requireText("actor", actor);
        Checks.requireText("reason", reason);
        Objects.requireNonNull(plan, "plan");
        forecast(plan.forecastVersionId());
        if (!plan.baselinePlanId().isEmpty()) {
            plan(plan.baselinePlanId());
        }
        PlanVersion p = store.addPlan(plan, clock.instant());
        append(actor, TrailAction.PLAN_CREATED, p.id(), reason, Map.of("forecast_version_id", p.forecastVersionId(),
                "baseline_plan_id", p.baselinePlanId(), "output_hash", p.outputHash()));
        LOG.info("plan {} created as DRAFT by {} (forecast {}, baseline '{}')", p.id(), actor,
                p.forecastVersionId(), p.baselinePlanId());
        return p;
    }

    @Override
    public synchronized PlanVersion recordAudit(String planId, String actor, byte[] auditResultsJson,
                                                GateVerdict verdict) {
        Checks.requireText("actor", actor);
        Objects.requireNonNull(auditResultsJson, "auditResultsJson");
        Objects.requireNonNull(verdict, "verdict");
        PlanVersion p = requireDraft(plan(planId));
        PlanVersion audited = store.updatePlan(p.withAuditResults(auditResultsJson));
        append(actor, TrailAction.AUDIT_RECORDED, planId, "audit results recorded", Map.of(
                "gate", verdict.passed() ? "PASS" : "FAIL", "summary", verdict.summary(),
                "audit_results_sha256", Hashes.sha256Hex(auditResultsJson)));
        return audited;
    }

    @Override
    public synchronized PlanVersion lock(LockRequest request) {
        Objects.requireNonNull(request, "request");
        String planId = request.planId();
        String actor = request.actor();
        String reason = request.reason();
        GateVerdict verdict = request.verdict();
        PlanVersion p = plan(planId);
        KillSwitch ks = store.killSwitch();
        if (p.status() == PlanStatus.LOCKED) {
            throw refuse(p, actor, reason, verdict, ErrorCode.ALREADY_LOCKED,
                    "plan " + planId + " is already LOCKED; a locked plan is immutable");
        }
        if (p.status() == PlanStatus.SUPERSEDED) {
            throw refuse(p, actor, reason, verdict, ErrorCode.INVALID_TRANSITION,
                    "plan " + planId + " is SUPERSEDED and cannot be locked");
        }
        if (ks.on()) {
            throw refuse(p, actor, reason, verdict, ErrorCode.FREEZE_ACTIVE, "publishing is switched off since "
                    + ks.at() + " by " + ks.actor() + " (" + ks.reason() + "); plan " + planId + " stays DRAFT");
        }
        if (!verdict.passed()) {
            throw refuse(p, actor, reason, verdict, ErrorCode.AUDIT_GATE_FAIL,
                    "plan " + planId + " did not pass the release gate: " + verdict.summary());
        }
        if (request.approvalRequired() && approvals(planId).isEmpty()) {
            throw refuse(p, actor, reason, verdict, ErrorCode.NOT_APPROVED,
                    "plan " + planId + " has no recorded approval; approve it before locking");
        }
        ForecastVersion forecast = forecast(p.forecastVersionId());
        String completeness = forecast.meta().attribute(ForecastMeta.COMPLETENESS);
        boolean partial = completeness.equals("PARTIAL") || completeness.equals("UNKNOWN");
        if (partial && request.partialOverride().isEmpty()) {
            throw refuse(p, actor, reason, verdict, ErrorCode.PARTIAL_FORECAST, "plan " + planId + " covers forecast "
                    + forecast.id() + " whose week is " + completeness + "; lock it only with a partial-release override");
        }
        if (partial) {
            ReleaseOverride o = request.partialOverride().orElseThrow();
            append(o.actor(), TrailAction.PARTIAL_RELEASE_OVERRIDE, planId, o.reason(),
                    Map.of("forecast_version_id", forecast.id(), "completeness", completeness));
        }
        PlanVersion locked = store.updatePlan(p.withStatus(PlanStatus.LOCKED));
        append(actor, TrailAction.PLAN_LOCKED, planId, reason,
                Map.of("gate", "PASS", "summary", verdict.summary(), "output_hash", p.outputHash()));
        LOG.info("plan {} LOCKED by {}: {}", planId, actor, reason);
        return locked;
    }

    @Override
    public synchronized Approval approve(String planId, String actor, String reason, Map<String, Boolean> conditionsMet) {
        Checks.requireText("actor", actor);
        Checks.requireText("reason", reason);
        Objects.requireNonNull(conditionsMet, "conditionsMet");
        requireDraft(plan(planId));
        Approval a = store.addApproval(planId, actor, reason, new TreeMap<>(conditionsMet), clock.instant());
        Map<String, String> details = new TreeMap<>();
        a.conditionsMet().forEach((k, v) -> details.put(k, v.toString()));
        append(actor, TrailAction.PLAN_APPROVED, planId, reason, details);
        LOG.info("plan {} approved by {}: {}", planId, actor, reason);
        return a;
    }

    @Override
    public List<Approval> approvals(String planId) {
        Objects.requireNonNull(planId, "planId");
        return store.approvals().stream().filter(a -> a.planId().equals(planId)).toList();
    }

    @Override
    public synchronized KpiBaseline writeKpiBaseline(String site, String approver, String reason, List<String> planIds,
                                                     String samplesJson) {
        Checks.requireText("site", site);
        Checks.requireText("approver", approver);
        Checks.requireText("reason", reason);
        Objects.requireNonNull(samplesJson, "samplesJson");
        for (String id : Objects.requireNonNull(planIds, "planIds")) {
            plan(id);
        }
        KpiBaseline b = store.addKpiBaseline(site, approver, reason, planIds, samplesJson, clock.instant());
        append(approver, TrailAction.KPI_BASELINE_WRITTEN, "kpi-baseline-" + site, reason,
                Map.of("site", site, "plan_ids", String.join(",", planIds), "samples_sha256", Hashes.sha256Hex(samplesJson)));
        return b;
    }

    @Override
    public synchronized PlanVersion supersede(String oldPlanId, String newPlanId, String actor, String reason) {
        Checks.requireText("actor", actor);
        Checks.requireText("reason", reason);
        if (oldPlanId.equals(newPlanId)) {
            throw new IllegalArgumentException("a plan cannot supersede itself: " + oldPlanId);
        }
        PlanVersion old = plan(oldPlanId);
        PlanVersion next = plan(newPlanId);
        if (!next.baselinePlanId().equals(oldPlanId)) {
            throw new SolvereignException(ErrorCode.INVALID_TRANSITION, "plan " + newPlanId + " names baseline '"
                    + next.baselinePlanId() + "', not " + oldPlanId + ", so it cannot supersede it");
        }
        if (next.status() == PlanStatus.SUPERSEDED || old.status() == PlanStatus.SUPERSEDED) {
            throw new SolvereignException(ErrorCode.INVALID_TRANSITION, "plan " + (old.status() == PlanStatus.SUPERSEDED
                    ? oldPlanId : newPlanId) + " is already SUPERSEDED");
        }
        KillSwitch ks = store.killSwitch();
        if (old.status() == PlanStatus.LOCKED && ks.on()) {
            throw new SolvereignException(ErrorCode.FREEZE_ACTIVE, "publishing is switched off since " + ks.at()
                    + " by " + ks.actor() + " (" + ks.reason() + "); locked plan " + oldPlanId + " stays in force");
        }
        PlanVersion superseded = store.updatePlan(old.withStatus(PlanStatus.SUPERSEDED));
        append(actor, TrailAction.PLAN_SUPERSEDED, oldPlanId, reason,
                Map.of("superseded_by", newPlanId, "previous_status", old.status().name()));
        LOG.info("plan {} SUPERSEDED by {} ({}): {}", oldPlanId, newPlanId, actor, reason);
        return superseded;
    }

    @Override
    public synchronized KillSwitch killSwitch(boolean on, String actor, String reason) {
        Checks.requireText("actor", actor);
        Checks.requireText("reason", reason);
        KillSwitch state = new KillSwitch(on, reason, actor, clock.instant());
        store.setKillSwitch(state);
        append(actor, on ? TrailAction.KILL_SWITCH_ON : TrailAction.KILL_SWITCH_OFF, KILL_SWITCH_SUBJECT, reason,
                Map.of());
        LOG.info("kill switch {} by {}: {}", on ? "ON (publishing off)" : "OFF (publishing on)", actor, reason);
        return state;
    }

    @Override
    public synchronized TrailEntry recordOverride(String planId, FreezeOverride override) {
        Objects.requireNonNull(override, "override");
        requireDraft(plan(planId));
        return append(override.user(), TrailAction.FREEZE_OVERRIDE, planId, override.reason(),
                Map.of("instance_id", override.instanceId(), "new_driver_id", override.newDriverId()));
    }

    @Override
    public synchronized TrailEntry recordEvent(String actor, TrailAction action, String subjectId, String reason,
                                               Map<String, String> details) {
        if (action.isTransition()) {
            throw new IllegalArgumentException(action + " is a transition; only the lifecycle records it");
        }
        return append(actor, action, subjectId, reason, details);
    }

    @Override
    public PlanVersion plan(String planId) {
        return store.findPlan(Objects.requireNonNull(planId, "planId")).orElseThrow(() ->
                new SolvereignException(ErrorCode.NOT_FOUND, "no plan version '" + planId + "' in the store"));
    }

    @Override
    public ForecastVersion forecast(String forecastVersionId) {
        return store.findForecast(Objects.requireNonNull(forecastVersionId, "forecastVersionId")).orElseThrow(() ->
                new SolvereignException(ErrorCode.NOT_FOUND, "no forecast version '" + forecastVersionId + "' in the store"));
    }

    @Override
    public List<TrailEntry> trail(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        return store.trail().stream().filter(e -> e.subjectId().equals(subjectId)).toList();
    }

    private static PlanVersion requireDraft(PlanVersion p) {
        return switch (p.status()) {
            case DRAFT -> p;
            case LOCKED -> throw new SolvereignException(ErrorCode.ALREADY_LOCKED, "plan " + p.id()
                    + " is LOCKED and cannot be changed; repair makes a new version naming it as baseline");
            case SUPERSEDED -> throw new SolvereignException(ErrorCode.INVALID_TRANSITION,
                    "plan " + p.id() + " is SUPERSEDED and final");
        };
    }

    private SolvereignException refuse(PlanVersion p, String actor, String reason, GateVerdict verdict,
                                       ErrorCode code, String message) {
        append(actor, TrailAction.LOCK_REFUSED, p.id(), reason, Map.of("code", code.name(), "message", message,
                "gate", verdict.passed() ? "PASS" : "FAIL", "summary", verdict.summary()));
        LOG.info("lock of plan {} by {} refused: {}", p.id(), actor, code);
        return new SolvereignException(code, message);
    }

    private TrailEntry append(String actor, TrailAction action, String subjectId, String reason,
                              Map<String, String> details) {
        return store.appendTrail(clock.instant(), actor, action, subjectId, reason, new TreeMap<>(details));
    }
}
