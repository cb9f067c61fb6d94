package io.solvereign.harness.runbook;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.evidence.EvidenceInputs;
import io.solvereign.api.internal.evidence.EvidencePack;
import io.solvereign.api.internal.io.CanonicalJson;
import io.solvereign.api.model.Plan;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.export.PlanExports;
import java.nio.charset.StandardCharsets;

/**
 * Builds the evidence pack of a stored plan (DOMAIN §14) from the workspace alone: the stored
 * forecast bytes and canonical text, the stored {@code solver_output.json} and
 * {@code audit_results.json}, and {@code kpis.json} as canonical JSON. Nothing time-dependent goes in,
 * so the same plan always gives the same bytes.
 */
public final class EvidenceExport {
    private EvidenceExport() {
    }

    /** The conventional file name of a plan's pack, e.g. {@code evidence-P0001.zip}. */
    public static String fileName(String planId) {
        return "evidence-" + planId + ".zip";
    }

    /**
     * The pack's bytes, signed when the key is not empty.
     *
     * @throws SolvereignException {@code NOT_FOUND} for an unknown plan, {@code AUDIT_GATE_FAIL} when the
     *                             plan has no audit results yet (evidence without an audit proves nothing)
     */
    public static byte[] write(Runbook runbook, String planId, byte[] hmacKey) {
        PlanVersion version = runbook.planVersion(planId);
        if (version.auditResultsJson().length == 0) {
            throw new SolvereignException(ErrorCode.AUDIT_GATE_FAIL, "plan " + planId
                    + " has not been audited, so it has no evidence yet; run: solvereign audit --plan " + planId);
        }
        Plan plan = Runbook.plan(version);
        ForecastVersion forecast = runbook.lifecycle().forecast(version.forecastVersionId());
        EvidenceInputs inputs = EvidenceInputs.newBuilder()
                .planId(version.id())
                .forecastVersionId(forecast.id())
                .baselinePlanId(version.baselinePlanId())
                .identity(runbook.store().workspaceId(), runbook.store().planUid(version.id()))
                .plan(plan)
                .solverOutputJson(version.solverOutputJson())
                .forecastInput(forecast.originalBytes())
                .canonicalInput(forecast.canonicalText())
                .auditResultsJson(version.auditResultsJson())
                .kpisJson(kpisJson(plan))
                .build();
        return hmacKey.length == 0 ? EvidencePack.write(inputs) : EvidencePack.write(inputs, hmacKey);
    }

    /** {@code kpis.json} of a pack: the export's KPI object as canonical JSON and a newline. */
    static byte[] kpisJson(Plan plan) {
        return (CanonicalJson.canonicalize(PlanExports.kpisNode(plan.kpis())) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
