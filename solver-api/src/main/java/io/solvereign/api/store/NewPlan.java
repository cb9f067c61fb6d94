package io.solvereign.api.store;

import io.solvereign.api.internal.store.Checks;
import java.util.Arrays;
import java.util.Objects;

/**
 * The content of a plan version before the store gives it an id; always stored as {@link PlanStatus#DRAFT}.
 *
 * @param forecastVersionId the forecast version the plan covers, e.g. {@code F0001}
 * @param baselinePlanId    the plan this one was made against (repair, re-solve), empty when none
 * @param solverOutputJson  the plan's {@code solver_output.json} bytes, stored verbatim
 * @param auditResultsJson  the {@code audit_results.json} bytes, empty when not audited yet
 * @param outputHash        the plan's {@code output_hash} (lowercase hex SHA-256)
 */
public record NewPlan(String forecastVersionId, String baselinePlanId, byte[] solverOutputJson,
                      byte[] auditResultsJson, String outputHash) {

    public NewPlan {
        Checks.requireText("forecastVersionId", forecastVersionId);
        Objects.requireNonNull(baselinePlanId, "baselinePlanId");
        solverOutputJson = Objects.requireNonNull(solverOutputJson, "solverOutputJson").clone();
        auditResultsJson = Objects.requireNonNull(auditResultsJson, "auditResultsJson").clone();
        Checks.requireSha256("outputHash", outputHash);
    }

    /** A plan without baseline and without audit results yet. */
    public static NewPlan of(String forecastVersionId, byte[] solverOutputJson, String outputHash) {
        return new NewPlan(forecastVersionId, "", solverOutputJson, new byte[0], outputHash);
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
        return o instanceof NewPlan p && forecastVersionId.equals(p.forecastVersionId)
                && baselinePlanId.equals(p.baselinePlanId) && Arrays.equals(solverOutputJson, p.solverOutputJson)
                && Arrays.equals(auditResultsJson, p.auditResultsJson) && outputHash.equals(p.outputHash);
    }

    /** Hash over every component, bytes by content. */
    @Override
    public int hashCode() {
        return Objects.hash(forecastVersionId, baselinePlanId, Arrays.hashCode(solverOutputJson),
                Arrays.hashCode(auditResultsJson), outputHash);
    }

    /** Ids, hash and sizes; never the content. */
    @Override
    public String toString() {
        return "NewPlan[forecast=" + forecastVersionId + ", baseline=" + baselinePlanId + ", output_hash="
                + outputHash + ", solver_output=" + solverOutputJson.length + " bytes, audit_results="
                + auditResultsJson.length + " bytes]";
    }
}
