package io.solvereign.harness.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.internal.io.CanonicalJson;
import io.solvereign.api.internal.io.Hashes;
import io.solvereign.api.store.Approval;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailEntry;
import java.util.Map;

/**
 * The content hash of each kind of record: SHA-256 of the canonical JSON of every stored field, large
 * byte fields by their own SHA-256. The ledger chains these hashes; the kind names are stored in it.
 */
final class RecordHashes {
    static final String WORKSPACE = "WORKSPACE";
    static final String FORECAST = "FORECAST";
    static final String PLAN = "PLAN";
    static final String TRAIL = "TRAIL";
    static final String KILL_SWITCH = "KILL_SWITCH";
    static final String APPROVAL = "APPROVAL";
    static final String KPI_BASELINE = "KPI_BASELINE";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RecordHashes() {
    }

    static String workspace(String workspaceId, String chainMode) {
        return CanonicalJson.sha256(F.objectNode().put("workspace_id", workspaceId).put("chain", chainMode));
    }

    static String forecast(ForecastVersion f, String uid, String metaJson) {
        return CanonicalJson.sha256(F.objectNode().put("id", f.id()).put("uid", uid).put("input_hash", f.inputHash())
                .put("original_sha256", Hashes.sha256Hex(f.originalBytes()))
                .put("canonical_sha256", Hashes.sha256Hex(f.canonicalText())).put("meta", metaJson)
                .put("created_at", f.createdAt().toString()));
    }

    static String plan(PlanVersion p, String uid) {
        return CanonicalJson.sha256(F.objectNode().put("id", p.id()).put("uid", uid)
                .put("forecast_version_id", p.forecastVersionId()).put("status", p.status().name())
                .put("baseline_plan_id", p.baselinePlanId()).put("output_hash", p.outputHash())
                .put("solver_output_sha256", Hashes.sha256Hex(p.solverOutputJson()))
                .put("audit_results_sha256", Hashes.sha256Hex(p.auditResultsJson()))
                .put("created_at", p.createdAt().toString()));
    }

    static String trail(TrailEntry e) {
        ObjectNode details = F.objectNode();
        e.details().forEach(details::put);
        ObjectNode n = F.objectNode().put("sequence", e.sequence()).put("at", e.at().toString()).put("actor", e.actor())
                .put("action", e.action().name()).put("subject_id", e.subjectId()).put("reason", e.reason());
        n.set("details", details);
        return CanonicalJson.sha256(n);
    }

    static String killSwitch(KillSwitch k) {
        return CanonicalJson.sha256(F.objectNode().put("on", k.on()).put("reason", k.reason()).put("actor", k.actor())
                .put("at", k.at().toString()));
    }

    static String approval(Approval a) {
        ObjectNode conditions = F.objectNode();
        a.conditionsMet().forEach(conditions::put);
        ObjectNode n = F.objectNode().put("sequence", a.sequence()).put("plan_id", a.planId()).put("actor", a.actor())
                .put("reason", a.reason()).put("at", a.at().toString());
        n.set("conditions_met", conditions);
        return CanonicalJson.sha256(n);
    }

    static String kpiBaseline(KpiBaseline b) {
        ObjectNode n = F.objectNode().put("sequence", b.sequence()).put("site", b.site()).put("approver", b.approver())
                .put("reason", b.reason()).put("samples_sha256", Hashes.sha256Hex(b.samplesJson()))
                .put("at", b.at().toString());
        n.set("plan_ids", F.arrayNode().addAll(b.planIds().stream().map(F::textNode).toList()));
        return CanonicalJson.sha256(n);
    }

    /** A string map as canonical JSON text, for the details and attribute columns. */
    static String mapJson(Map<String, String> map) {
        ObjectNode n = F.objectNode();
        map.forEach(n::put);
        return CanonicalJson.canonicalize(n);
    }
}
