package io.solvereign.harness.runbook;

import io.solvereign.api.audit.PlanReproducer;
import io.solvereign.api.evidence.EvidenceCheck;
import io.solvereign.api.internal.evidence.EvidenceChecks;
import io.solvereign.api.evidence.EvidenceContents;
import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.internal.evidence.EvidencePack;
import io.solvereign.api.evidence.EvidenceVerifier;
import io.solvereign.api.evidence.EvidenceFinding;
import io.solvereign.api.evidence.FindingKind;
import io.solvereign.api.evidence.VerificationResult;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.engine.Solvers;
import io.solvereign.api.model.RuleSet;
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
     * A verification and whether it re-solved (a repaired plan is not re-solved without its workspace).
     *
     * @param result   the findings and notes
     * @param resolved true when a re-solve was compared with the manifest's output_hash
     */
    public record Verified(VerificationResult result, boolean resolved) {
    }

    /**
     * Verifies the zip bytes.
     *
     * @param hmacKey   the key, empty to skip the signature check
     * @param resolve   true to make the plan again and compare output_hash: as the workspace made it when
     *                  it holds the plan, else by a fresh solve with the default work budget
     * @param workspace a workspace to compare with, or null
     */
    public static Verified verify(byte[] zip, byte[] hmacKey, boolean resolve, Runbook workspace) {
        return verify(zip, hmacKey, resolve, workspace, RuleSet.defaults(), EvidenceVerifier.newBuilder());
    }

    /**
     * Verifies the zip bytes with a builder already configured for signatures and limits
     * ({@link EvidenceVerifier.Builder#requireSignature(boolean)}, {@link EvidenceVerifier.Builder#allowUnsigned(boolean)}),
     * re-running the audits under {@code policy} (the site rules the pack's audit ran under).
     */
    public static Verified verify(byte[] zip, byte[] hmacKey, boolean resolve, Runbook workspace, RuleSet policy,
                                  EvidenceVerifier.Builder b) {
        List<String> notes = new ArrayList<>();
        PlanReproducer reproducer = resolve ? reproducer(zip, workspace, notes) : null;
        b
                .addCheck(EvidenceChecks.planHashes())
                .addCheck(EvidenceReplay.check(reproducer, policy));
        if (workspace != null) {
            b.addCheck(againstWorkspace(workspace));
        }
        if (hmacKey.length > 0) {
            b.hmacKey(hmacKey);
        }
        VerificationResult r = b.build().verify(zip);
        if (notes.isEmpty()) {
            return new Verified(r, reproducer != null);
        }
        notes.addAll(0, r.notes());
        return new Verified(VerificationResult.of(r.findings(), notes, r.authenticity()), reproducer != null);
    }

    /**
     * The re-solve for the pack's plan: as the workspace made it when the workspace holds it; else a
     * fresh solve with the default budget, which only a plan without baseline can match (a repaired
     * plan needs its baseline and request, so it is then not re-solved and a note says so).
     */
    private static PlanReproducer reproducer(byte[] zip, Runbook workspace, List<String> notes) {
        Optional<EvidenceManifest> m = EvidencePack.readManifest(zip);
        String planId = m.map(EvidenceManifest::planId).orElse("");
        if (workspace != null && m.flatMap(x -> storedPlan(workspace, x)).isPresent()) {
            return ReleaseGate.reproducerFor(workspace, planId);
        }
        String baseline = m.map(x -> x.ids().getOrDefault("baseline_plan_id", "")).orElse("");
        if (!baseline.isEmpty()) {
            notes.add("plan " + planId + " was repaired from " + baseline + "; not re-solved without the workspace "
                    + "that holds its repair request");
            return null;
        }
        return Solvers.reproducer();
    }

    /**
     * The workspace's plan that the pack is about, found by identity: the pack must name this
     * workspace's id and the plan's globally unique identity. A pack from another workspace, or one
     * naming no identity, is never matched by its short plan id alone.
     */
    public static Optional<PlanVersion> storedPlan(Runbook runbook, EvidenceManifest m) {
        String planId = m.planId();
        if (planId.isEmpty() || !m.workspaceId().equals(runbook.store().workspaceId())
                || !m.planUid().equals(runbook.store().planUid(planId))) {
            return Optional.empty();
        }
        return runbook.store().findPlan(planId);
    }

    /**
     * The stored plan with the pack's identity must hold the same {@code solver_output.json} and
     * {@code audit_results.json} bytes. A plan the workspace does not hold is not compared (packs
     * travel to auditors without the workspace).
     */
    static EvidenceCheck againstWorkspace(Runbook runbook) {
        return EvidenceCheck.of(WORKSPACE, c -> {
            String planId = c.manifest().planId();
            Optional<PlanVersion> stored = storedPlan(runbook, c.manifest());
            if (stored.isEmpty()) {
                return List.of();
            }
            List<EvidenceFinding> out = new ArrayList<>();
            compare(out, c, EvidencePack.SOLVER_OUTPUT, stored.get().solverOutputJson(), planId);
            compare(out, c, EvidencePack.AUDIT_RESULTS, stored.get().auditResultsJson(), planId);
            return out;
        });
    }

    private static void compare(List<EvidenceFinding> out, EvidenceContents c, String name, byte[] stored, String planId) {
        c.file(name).ifPresent(packed -> {
            if (!Arrays.equals(packed, stored)) {
                out.add(new EvidenceFinding(FindingKind.PLAN_INCONSISTENT, name, "differs from plan " + planId
                        + " in the workspace"));
            }
        });
    }
}
