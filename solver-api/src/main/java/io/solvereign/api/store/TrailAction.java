package io.solvereign.api.store;

/**
 * What an audit-trail entry records. Transitions are written only by {@link PlanLifecycle}'s own
 * methods; events may also be recorded by callers with {@link PlanLifecycle#recordEvent}.
 */
public enum TrailAction {
    /** A forecast version was stored. */
    FORECAST_IMPORTED(true),
    /** A plan version was stored as DRAFT. */
    PLAN_CREATED(true),
    /** Audit results were attached to a draft. */
    AUDIT_RECORDED(true),
    /** A composed forecast version of a week was stored (DOMAIN §12). */
    FORECAST_COMPOSED(true),
    /** A draft was approved; the details give the conditions met. */
    PLAN_APPROVED(true),
    /** A plan of a week whose forecast is not COMPLETE was released by explicit override (user, reason). */
    PARTIAL_RELEASE_OVERRIDE(true),
    /** A KPI drift baseline was written by a named approver (DOMAIN §13). */
    KPI_BASELINE_WRITTEN(true),
    /** A plan became LOCKED. */
    PLAN_LOCKED(true),
    /** A lock was refused; the details name the error code. */
    LOCK_REFUSED(true),
    /** A plan became SUPERSEDED by a newer version. */
    PLAN_SUPERSEDED(true),
    /** Publishing and locking were switched off. */
    KILL_SWITCH_ON(true),
    /** Publishing and locking were switched on again. */
    KILL_SWITCH_OFF(true),
    /** A frozen instance was given another driver by explicit override (DOMAIN §9). */
    FREEZE_OVERRIDE(true),
    /** An evidence pack was exported. */
    EVIDENCE_EXPORTED(false),
    /** An evidence pack was verified; the details give the outcome. */
    EVIDENCE_VERIFIED(false),
    /** A drill (sick call, freeze window) was run. */
    DRILL(false),
    /** Any other remark worth keeping. */
    NOTE(false);

    private final boolean transition;

    TrailAction(boolean transition) {
        this.transition = transition;
    }

    /** {@return true for actions only the lifecycle itself may write} */
    public boolean isTransition() {
        return transition;
    }
}
