package io.solvereign.harness.runbook;

import io.solvereign.api.evidence.EvidenceCheck;
import io.solvereign.api.evidence.EvidenceChecks;
import io.solvereign.api.evidence.EvidenceContents;
import io.solvereign.api.evidence.EvidencePack;
import io.solvereign.api.evidence.EvidenceVerifier;
import io.solvereign.api.evidence.Finding;
import io.solvereign.api.evidence.FindingKind;
import io.solvereign.api.evidence.VerificationResult;
import io.solvereign.api.store.PlanVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Verifies an evidence pack completely: the built-in checks (every file, hash, manifest_hash,
 * checksums, signature, missing and extra files), the plan's own hashes, the re-run audits, optionally
 * a re-solve, and, given a workspace that holds the pack's plan, that the pack matches the stored plan.
 */
public final class EvidenceAudit {
    /** Name of the workspace comparison check. */
    public static final String WORKSPACE = "workspace";

    private EvidenceAudit() {
    }

    /**
     * Verifies the zip bytes.
     *
     * @param hmacKey   the key, empty to skip the signature check
     * @param resolve   true to re-solve with the engine (default work budget) and compare output_hash
     * @param workspace a workspace to compare with, or null
     */
    public static VerificationResult verify(byte[] zip, byte[] hmacKey, boolean resolve, Runbook workspace) {
        EvidenceVerifier.Builder b = EvidenceVerifier.newBuilder()
                .addCheck(EvidenceChecks.planHashes())
                .addCheck(EvidenceReplay.check(resolve ? EngineReproducer.standard() : null));
        if (workspace != null) {
            b.addCheck(againstWorkspace(workspace));
        }
        if (hmacKey.length > 0) {
            b.hmacKey(hmacKey);
        }
        return b.build().verify(zip);
    }

    /**
     * The stored plan with the pack's plan id must hold the same {@code solver_output.json} and
     * {@code audit_results.json} bytes. A plan the workspace does not hold is not compared (packs
     * travel to auditors without the workspace).
     */
    static EvidenceCheck againstWorkspace(Runbook runbook) {
        return EvidenceCheck.of(WORKSPACE, c -> {
            String planId = c.manifest().planId();
            Optional<PlanVersion> stored = planId.isEmpty() ? Optional.empty() : runbook.store().findPlan(planId);
            if (stored.isEmpty()) {
                return List.of();
            }
            List<Finding> out = new ArrayList<>();
            compare(out, c, EvidencePack.SOLVER_OUTPUT, stored.get().solverOutputJson(), planId);
            compare(out, c, EvidencePack.AUDIT_RESULTS, stored.get().auditResultsJson(), planId);
            return out;
        });
    }

    private static void compare(List<Finding> out, EvidenceContents c, String name, byte[] stored, String planId) {
        c.file(name).ifPresent(packed -> {
            if (!Arrays.equals(packed, stored)) {
                out.add(new Finding(FindingKind.PLAN_INCONSISTENT, name, "differs from plan " + planId
                        + " in the workspace"));
            }
        });
    }
}
