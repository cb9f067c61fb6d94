package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.EvidenceCheck;
import io.solvereign.api.evidence.EvidenceContents;
import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.Finding;
import io.solvereign.api.evidence.FindingKind;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.CanonicalJson;
import io.solvereign.api.internal.io.ConfigHash;
import io.solvereign.api.internal.io.OutputHash;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.internal.io.RuleSetJson;
import io.solvereign.api.model.Plan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ready-made {@link EvidenceCheck}s that need no solver or auditor. Re-running the audits and
 * re-solving are added by callers that have them.
 */
public final class EvidenceChecks {
    /** Name of {@link #planHashes()}. */
    public static final String PLAN_HASHES = "plan-hashes";

    private EvidenceChecks() {
    }

    /**
     * Reads {@code solver_output.json} as a plan and re-derives its hashes: output_hash from the
     * assignments, config hash and KPIs; solver_config_hash from rule set, seed and version; and
     * compares them, the input hash and the rule set with the manifest. Catches a plan edited
     * consistently with manifest and checksums but not with itself.
     */
    public static EvidenceCheck planHashes() {
        return EvidenceCheck.of(PLAN_HASHES, EvidenceChecks::planHashes);
    }

    private static List<Finding> planHashes(EvidenceContents c) {
        Optional<byte[]> bytes = c.solverOutputJson();
        if (bytes.isEmpty()) {
            return List.of();
        }
        String name = EvidencePack.SOLVER_OUTPUT;
        Plan plan;
        try {
            plan = PlanJson.read(new String(bytes.get(), StandardCharsets.UTF_8), name);
        } catch (SolvereignException e) {
            return List.of(new Finding(FindingKind.PLAN_INCONSISTENT, name, e.getMessage()));
        }
        List<Finding> out = new ArrayList<>();
        EvidenceManifest m = c.manifest();
        String content = OutputHash.of(plan);
        if (!content.equals(plan.outputHash())) {
            out.add(new Finding(FindingKind.OUTPUT_HASH_DRIFT, name, "records output_hash " + plan.outputHash()
                    + " but its assignments, config hash and KPIs hash to " + content));
        }
        if (!plan.outputHash().equals(m.outputHash())) {
            out.add(new Finding(FindingKind.OUTPUT_HASH_DRIFT, name, "records output_hash " + plan.outputHash()
                    + ", manifest.json says " + m.outputHash()));
        }
        String config = ConfigHash.of(plan.ruleSet(), plan.seed(), plan.workBudget(), plan.solverVersion());
        if (!config.equals(plan.solverConfigHash()) || !config.equals(m.solverConfigHash())) {
            out.add(new Finding(FindingKind.PLAN_INCONSISTENT, name, "rule set, seed and solver version hash to "
                    + config + "; the plan records " + plan.solverConfigHash() + ", manifest.json " + m.solverConfigHash()));
        }
        if (!plan.inputHash().equals(m.inputHash())) {
            out.add(new Finding(FindingKind.PLAN_INCONSISTENT, name, "records input_hash " + plan.inputHash()
                    + ", manifest.json says " + m.inputHash()));
        }
        if (!CanonicalJson.canonicalize(RuleSetJson.toJson(plan.ruleSet())).equals(m.ruleSetJson())) {
            out.add(new Finding(FindingKind.PLAN_INCONSISTENT, EvidencePack.MANIFEST,
                    "rule_set differs from the rule set inside solver_output.json"));
        }
        return out;
    }
}
