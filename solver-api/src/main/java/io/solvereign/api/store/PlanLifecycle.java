package io.solvereign.api.store;

import io.solvereign.api.internal.store.DefaultPlanLifecycle;
import io.solvereign.api.model.FreezeOverride;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan lifecycle over a {@link PlanStore} (DOMAIN §10): {@code DRAFT -> LOCKED -> SUPERSEDED}.
 *
 * <p>Rules: a lock needs the release gate passed ({@code AUDIT_GATE_FAIL}), fails on a plan that is
 * not a draft ({@code ALREADY_LOCKED}, {@code INVALID_TRANSITION}) and while the kill switch is on
 * ({@code FREEZE_ACTIVE}); a locked plan is immutable, and a repair makes a new version that names
 * its baseline, after which {@link #supersede} retires the old one. Every transition, and every
 * refused lock, is appended to the trail with who, when (from the injected clock) and why.
 * Unknown ids throw {@code NOT_FOUND}; blank actors or reasons throw {@link IllegalArgumentException}.
 * Implementations are thread-safe.
 */
public interface PlanLifecycle {

    /** A lifecycle over the store, taking every time stamp from the clock. */
    static PlanLifecycle create(PlanStore store, Clock clock) {
        return new DefaultPlanLifecycle(store, clock);
    }

    /** The underlying store (read access for listings and exports). */
    PlanStore store();

    /**
     * Stores a forecast version; its input_hash is the SHA-256 of the canonical text. Importing
     * bytes identical to a stored version's returns that version and writes nothing.
     */
    default ForecastVersion importForecast(String actor, byte[] originalBytes, String canonicalText) {
        return importForecast(actor, originalBytes, canonicalText, ForecastMeta.none());
    }

    /**
     * Stores a forecast version with its meta. Bytes and meta identical to a stored version's return that
     * version and write nothing. A {@link ForecastKind#COMPOSED} version is recorded in the trail as
     * {@link TrailAction#FORECAST_COMPOSED}, any other as {@link TrailAction#FORECAST_IMPORTED}.
     */
    ForecastVersion importForecast(String actor, byte[] originalBytes, String canonicalText, ForecastMeta meta);

    /** Stores a new DRAFT; its forecast version and baseline (if named) must exist. */
    PlanVersion createDraft(String actor, String reason, NewPlan plan);

    /**
     * Attaches audit results to a draft; the verdict's outcome and summary go to the trail.
     *
     * @throws io.solvereign.api.SolvereignException {@code ALREADY_LOCKED} for a locked plan,
     *                                               {@code INVALID_TRANSITION} for a superseded one
     */
    PlanVersion recordAudit(String planId, String actor, byte[] auditResultsJson, GateVerdict verdict);

    /**
     * Locks a draft without requiring an approval and without a partial-release override:
     * {@code lock(new LockRequest(planId, actor, reason, verdict, false, Optional.empty()))}.
     */
    default PlanVersion lock(String planId, String actor, String reason, GateVerdict verdict) {
        return lock(new LockRequest(planId, actor, reason, verdict, false, Optional.empty()));
    }

    /**
     * Locks a draft. Checks in this order: the plan exists, is not LOCKED ({@code ALREADY_LOCKED}),
     * is not SUPERSEDED ({@code INVALID_TRANSITION}), the kill switch is off ({@code FREEZE_ACTIVE}),
     * the gate passed ({@code AUDIT_GATE_FAIL}), an approval is recorded when required ({@code NOT_APPROVED}),
     * the forecast's {@link ForecastMeta#COMPLETENESS} is neither {@code PARTIAL} nor {@code UNKNOWN} unless
     * the request carries an override ({@code PARTIAL_FORECAST}). A refusal is recorded as
     * {@link TrailAction#LOCK_REFUSED}; a used override as {@link TrailAction#PARTIAL_RELEASE_OVERRIDE} naming
     * its user and reason, before the lock itself.
     */
    PlanVersion lock(LockRequest request);

    /**
     * Records an approval of a draft with the conditions that held (DOMAIN §10) and appends
     * {@link TrailAction#PLAN_APPROVED}. Whether the conditions suffice is the caller's policy; the lock only
     * asks that an approval exists.
     *
     * @throws io.solvereign.api.SolvereignException {@code ALREADY_LOCKED} or {@code INVALID_TRANSITION}
     *                                               when the plan is no longer a draft
     */
    Approval approve(String planId, String actor, String reason, Map<String, Boolean> conditionsMet);

    /** The approvals of one plan, in sequence order. */
    List<Approval> approvals(String planId);

    /**
     * Writes a KPI drift baseline (DOMAIN §13); approver and reason are required
     * ({@link IllegalArgumentException} when blank) and the write is appended to the trail as
     * {@link TrailAction#KPI_BASELINE_WRITTEN}. The listed plans must exist.
     */
    KpiBaseline writeKpiBaseline(String site, String approver, String reason, List<String> planIds, String samplesJson);

    /**
     * Marks {@code oldPlanId} SUPERSEDED by {@code newPlanId}, which must name it as baseline and not
     * be superseded itself. Superseding a LOCKED plan is refused while the kill switch is on.
     *
     * @return the superseded version
     */
    PlanVersion supersede(String oldPlanId, String newPlanId, String actor, String reason);

    /** Switches publishing off ({@code on = true}) or on again, with who and why; returns the new state. */
    KillSwitch killSwitch(boolean on, String actor, String reason);

    /**
     * Records a freeze override in the trail of the draft that carries it (actor and reason are the
     * override's user and reason).
     *
     * @throws io.solvereign.api.SolvereignException {@code ALREADY_LOCKED} or {@code INVALID_TRANSITION}
     *                                               when the plan is no longer a draft
     */
    TrailEntry recordOverride(String planId, FreezeOverride override);

    /**
     * Appends a non-transition event (export, verification, drill, note) to the trail.
     *
     * @throws IllegalArgumentException for a transition action, which only the lifecycle writes
     */
    TrailEntry recordEvent(String actor, TrailAction action, String subjectId, String reason,
                           Map<String, String> details);

    /** The plan version, or {@code NOT_FOUND}. */
    PlanVersion plan(String planId);

    /** The forecast version, or {@code NOT_FOUND}. */
    ForecastVersion forecast(String forecastVersionId);

    /** The trail entries about one subject, in sequence order. */
    List<TrailEntry> trail(String subjectId);
}
