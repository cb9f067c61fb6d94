package io.solvereign.api.store;

import io.solvereign.api.internal.store.Checks;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One stored plan version with its lifecycle status (DOMAIN §10).
 *
 * @param id                sequence id, e.g. {@code P0001}
 * @param forecastVersionId the forecast version it covers
 * @param status            DRAFT, LOCKED or SUPERSEDED
 * @param baselinePlanId    the plan it was made against, empty when none
 * @param solverOutputJson  {@code solver_output.json} bytes, verbatim (copied in and out)
 * @param auditResultsJson  {@code audit_results.json} bytes, empty when not audited yet
 * @param outputHash        the plan's {@code output_hash}
 * @param createdAt         when the version was stored, from the lifecycle's clock
 */
public record PlanVersion(String id, String forecastVersionId, PlanStatus status, String baselinePlanId,
                          byte[] solverOutputJson, byte[] auditResultsJson, String outputHash, Instant createdAt) {

    public PlanVersion {
        Checks.requireText("id", id);
        Checks.requireText("forecastVersionId", forecastVersionId);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(baselinePlanId, "baselinePlanId");
        solverOutputJson = Objects.requireNonNull(solverOutputJson, "solverOutputJson").clone();
        auditResultsJson = Objects.requireNonNull(auditResultsJson, "auditResultsJson").clone();
        Checks.requireSha256("outputHash", outputHash);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The stored form of new content: status DRAFT. */
    public static PlanVersion draft(String id, NewPlan plan, Instant createdAt) {
        return new PlanVersion(id, plan.forecastVersionId(), PlanStatus.DRAFT, plan.baselinePlanId(),
                plan.solverOutputJson(), plan.auditResultsJson(), plan.outputHash(), createdAt);
    }

    /** True when this version names a baseline plan. */
    public boolean hasBaseline() {
        return !baselinePlanId.isEmpty();
    }

    /** A copy with another status (content unchanged). */
    public PlanVersion withStatus(PlanStatus next) {
        return new PlanVersion(id, forecastVersionId, next, baselinePlanId, solverOutputJson, auditResultsJson,
                outputHash, createdAt);
    }

    /** A copy with other audit results (only legal while DRAFT, see {@link #requireLegalUpdate}). */
    public PlanVersion withAuditResults(byte[] auditResults) {
        return new PlanVersion(id, forecastVersionId, status, baselinePlanId, solverOutputJson, auditResults,
                outputHash, createdAt);
    }

    /**
     * The one rule every store applies before it overwrites a stored version, so a locked plan cannot
     * change through any API: identity (id, forecast, baseline, created-at) never changes; a DRAFT may
     * change content while it stays DRAFT, or move to LOCKED or SUPERSEDED with identical content; a
     * LOCKED version may only become SUPERSEDED with identical content; a SUPERSEDED version is final.
     *
     * @throws SolvereignException {@link ErrorCode#ALREADY_LOCKED} for any other change of a locked
     *                             version, {@link ErrorCode#INVALID_TRANSITION} for any change of a
     *                             superseded one
     * @throws IllegalArgumentException when the identity differs, or a draft changes status and content at once
     */
    public static void requireLegalUpdate(PlanVersion current, PlanVersion next) {
        if (!current.id.equals(next.id) || !current.forecastVersionId.equals(next.forecastVersionId)
                || !current.baselinePlanId.equals(next.baselinePlanId) || !current.createdAt.equals(next.createdAt)) {
            throw new IllegalArgumentException("plan " + current.id + ": id, forecast, baseline and created_at never change");
        }
        switch (current.status) {
            case DRAFT -> {
                if (next.status != PlanStatus.DRAFT && !current.sameContent(next)) {
                    throw new IllegalArgumentException("plan " + current.id + ": a status change must not change content");
                }
            }
            case LOCKED -> {
                if (next.status != PlanStatus.SUPERSEDED || !current.sameContent(next)) {
                    throw new SolvereignException(ErrorCode.ALREADY_LOCKED, "plan " + current.id
                            + " is LOCKED and cannot be changed; repair makes a new version naming it as baseline");
                }
            }
            case SUPERSEDED -> throw new SolvereignException(ErrorCode.INVALID_TRANSITION,
                    "plan " + current.id + " is SUPERSEDED and final");
        }
    }

    /** True when solver output, audit results and output_hash are equal. */
    public boolean sameContent(PlanVersion o) {
        return Arrays.equals(solverOutputJson, o.solverOutputJson) && Arrays.equals(auditResultsJson, o.auditResultsJson)
                && outputHash.equals(o.outputHash);
    }

    /** A copy of the {@code solver_output.json} bytes. */
    @Override
    public byte[] solverOutputJson() {
        return solverOutputJson.clone();
    }

    /** A copy of the {@code audit_results.json} bytes (empty when not audited yet). */
    @Override
    public byte[] auditResultsJson() {
        return auditResultsJson.clone();
    }

    /** Equal when every component is equal, bytes compared by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PlanVersion p && id.equals(p.id) && forecastVersionId.equals(p.forecastVersionId)
                && status == p.status && baselinePlanId.equals(p.baselinePlanId) && sameContent(p)
                && createdAt.equals(p.createdAt);
    }

    /** Hash over every component, bytes by content. */
    @Override
    public int hashCode() {
        return Objects.hash(id, forecastVersionId, status, baselinePlanId, Arrays.hashCode(solverOutputJson),
                Arrays.hashCode(auditResultsJson), outputHash, createdAt);
    }

    /** Ids, status, hash and sizes; never the content. */
    @Override
    public String toString() {
        return "PlanVersion[" + id + ", " + status + ", forecast=" + forecastVersionId + ", baseline=" + baselinePlanId
                + ", output_hash=" + outputHash + ", solver_output=" + solverOutputJson.length
                + " bytes, audit_results=" + auditResultsJson.length + " bytes, created_at=" + createdAt + "]";
    }
}
