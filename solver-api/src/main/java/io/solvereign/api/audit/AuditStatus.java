package io.solvereign.api.audit;

/**
 * Outcome of one check, of the reproducibility gate, or of a whole report. Checks and verdicts are
 * only ever {@link #PASS} or {@link #FAIL}; {@link #NOT_RUN} is used by the reproducibility gate
 * when no re-solve was asked for.
 */
public enum AuditStatus {
    /** The check holds. */
    PASS,
    /** The check found at least one violation. */
    FAIL,
    /** The check was not executed (reproducibility without a {@link PlanReproducer}). */
    NOT_RUN
}
