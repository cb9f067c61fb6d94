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

    /**
     * {@return a lifecycle over the store, taking every time stamp from the clock}
     *
     * @param store where versions, approvals and the trail are kept
     * @param clock source of every time stamp
     */
    static PlanLifecycle create(PlanStore store, Clock clock) {
        return new DefaultPlanLifecycle(store, clock);
    }

    /** {@return the underlying store (read access for listings and exports)} */
    PlanStore store();

    /**
     * Stores a forecast version; its input_hash is the SHA-256 of the canonical text. Importing
     * bytes identical to a stored version's returns that version and writes nothing.
     *
     * @param actor who acts, recorded in the trail (not blank)
     * @param originalBytes the forecast file exactly as received
     * @param canonicalText the canonical forecast lines (DOMAIN §3)
     * @return the new or the identical stored version
     */
    default ForecastVersion importForecast(String actor, byte[] originalBytes, String canonicalText) {
        return importForecast(actor, originalBytes, canonicalText, ForecastMeta.none());
    }

    /**
     * Stores a forecast version with its meta. Bytes and meta identical to a stored version's return that
     * version and write nothing. A {@link ForecastKind#COMPOSED} version is recorded in the trail as
     * {@link TrailAction#FORECAST_COMPOSED}, any other as {@link TrailAction#FORECAST_IMPORTED}.
     *
     * @param actor who acts, recorded in the trail (not blank)
     * @param originalBytes the forecast file exactly as received
     * @param canonicalText the canonical forecast lines (DOMAIN §3)
     * @param meta kind, week, parent and attributes of the version
     * @return the new or the identical stored version
     */
    ForecastVersion importForecast(String actor, byte[] originalBytes, String canonicalText, ForecastMeta meta);

    /**
     * Stores a new DRAFT; its forecast version and baseline (if named) must exist.
     *
     * @param actor who acts, recorded in the trail (not blank)
     * @param reason why, recorded in the trail (not blank)
     * @param plan the plan with its forecast version, baseline and bytes
     * @return the new draft with its id
     */
    PlanVersion createDraft(String actor, String reason, NewPlan plan);

    /**
     * Attaches audit results to a draft; the verdict's outcome and summary go to the trail.
     *
     * @param planId the plan version id, e.g. {@code P0001}
     * @param actor who acts, recorded in the trail (not blank)
     * @param auditResultsJson the audit report as JSON ({@code audit_results.json})
     * @param verdict the release gate's verdict on the audit
     * @return the draft with its audit results
     * @throws io.solvereign.api.SolvereignException {@code ALREADY_LOCKED} for a locked plan,
     *                                               {@code INVALID_TRANSITION} for a superseded one
     */
    PlanVersion recordAudit(String planId, String actor, byte[] auditResultsJson, GateVerdict verdict);

    /**
     * Locks a draft without requiring an approval and without a partial-release override:
     * {@code lock(new LockRequest(planId, actor, reason, verdict, false, Optional.empty()))}.
     *
     * @param planId the plan version id, e.g. {@code P0001}
     * @param actor who acts, recorded in the trail (not blank)
     * @param reason why, recorded in the trail (not blank)
     * @param verdict the release gate's verdict on the audit
     * @return the locked version
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
     *
     * @param request what to lock, by whom, why, the verdict and any override
     * @return the locked version
     */
    PlanVersion lock(LockRequest request);

    /**
     * Records an approval of a draft with the conditions that held (DOMAIN §10) and appends
     * {@link TrailAction#PLAN_APPROVED}. Whether the conditions suffice is the caller's policy; the lock only
     * asks that an approval exists.
     *
     * @param planId the plan version id, e.g. {@code P0001}
     * @param actor who acts, recorded in the trail (not blank)
     * @param reason why, recorded in the trail (not blank)
     * @param conditionsMet the approval conditions and whether each held
     * @return the recorded approval with its sequence number
     * @throws io.solvereign.api.SolvereignException {@code ALREADY_LOCKED} or {@code INVALID_TRANSITION}
     *                                               when the plan is no longer a draft
     */
    Approval approve(String planId, String actor, String reason, Map<String, Boolean> conditionsMet);

    /**
     * {@return the approvals of one plan, in sequence order}
     *
     * @param planId the plan version id, e.g. {@code P0001}
     */
    List<Approval> approvals(String planId);

    /**
     * Writes a KPI drift baseline (DOMAIN §13); approver and reason are required
     * ({@link IllegalArgumentException} when blank) and the write is appended to the trail as
     * {@link TrailAction#KPI_BASELINE_WRITTEN}. The listed plans must exist.
     *
     * @param site the site the baseline is for
     * @param approver who approves the baseline (not blank)
     * @param reason why, recorded in the trail (not blank)
     * @param planIds the plans the samples come from (each must exist)
     * @param samplesJson the KPI samples as JSON
     * @return the stored baseline
     */
    KpiBaseline writeKpiBaseline(String site, String approver, String reason, List<String> planIds, String samplesJson);

    /**
     * Marks {@code oldPlanId} SUPERSEDED by {@code newPlanId}, which must name it as baseline and not
     * be superseded itself. Superseding a LOCKED plan is refused while the kill switch is on.
     *
     * @param oldPlanId the plan to retire
     * @param newPlanId the plan that replaces it (names {@code oldPlanId} as baseline)
     * @param actor who acts, recorded in the trail (not blank)
     * @param reason why, recorded in the trail (not blank)
     * @return the superseded version
     */
    PlanVersion supersede(String oldPlanId, String newPlanId, String actor, String reason);

    /**
     * Switches publishing off ({@code on = true}) or on again, with who and why; returns the new state.
     *
     * @param on {@code true} to stop publishing, {@code false} to allow it again
     * @param actor who acts, recorded in the trail (not blank)
     * @param reason why, recorded in the trail (not blank)
     * @return the new state of the kill switch
     */
    KillSwitch killSwitch(boolean on, String actor, String reason);

    /**
     * Records a freeze override in the trail of the draft that carries it (actor and reason are the
     * override's user and reason).
     *
     * @param planId the plan version id, e.g. {@code P0001}
     * @param override the override
     * @return the trail entry written
     * @throws io.solvereign.api.SolvereignException {@code ALREADY_LOCKED} or {@code INVALID_TRANSITION}
     *                                               when the plan is no longer a draft
     */
    TrailEntry recordOverride(String planId, FreezeOverride override);

    /**
     * Appends a non-transition event (export, verification, drill, note) to the trail.
     *
     * @param actor who acts, recorded in the trail (not blank)
     * @param action what happened
     * @param subjectId the plan or forecast version id the entry is about
     * @param reason why, recorded in the trail (not blank)
     * @param details further key/value facts of the event
     * @return the trail entry written
     * @throws IllegalArgumentException for a transition action, which only the lifecycle writes
     */
    TrailEntry recordEvent(String actor, TrailAction action, String subjectId, String reason,
                           Map<String, String> details);

    /**
     * {@return the plan version, or {@code NOT_FOUND}}
     *
     * @param planId the plan version id, e.g. {@code P0001}
     */
    PlanVersion plan(String planId);

    /**
     * {@return the forecast version, or {@code NOT_FOUND}}
     *
     * @param forecastVersionId the forecast version id, e.g. {@code F0001}
     */
    ForecastVersion forecast(String forecastVersionId);

    /**
     * {@return the trail entries about one subject, in sequence order}
     *
     * @param subjectId the plan or forecast version id the entry is about
     */
    List<TrailEntry> trail(String subjectId);
}
