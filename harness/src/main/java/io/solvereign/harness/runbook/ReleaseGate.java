package io.solvereign.harness.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.PlanReproducer;
import io.solvereign.api.internal.io.AuditReportJson;
import io.solvereign.api.internal.io.Hashes;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.audit.Auditors;
import io.solvereign.engine.Solvers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The release gate of DOMAIN §8 in the workspace: run the eight audits plus a real re-solve, record
 * {@code audit_results.json} and the verdict on the plan, and read the recorded verdict back for a lock.
 */
public final class ReleaseGate {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReleaseGate() {
    }

    /** One audit run: the report, the bytes of {@code audit_results.json} and the gate verdict. */
    public record Outcome(AuditReport report, byte[] json, GateVerdict verdict) {
        /** Copies the bytes in. */
        public Outcome {
            json = json.clone();
        }

        /** A copy of the {@code audit_results.json} bytes. */
        @Override
        public byte[] json() {
            return json.clone();
        }
    }

    /** Audits the plan against its forecast under the built-in site rules, re-solving it with the reproducer. */
    public static Outcome audit(Forecast forecast, Plan plan, PlanReproducer reproducer) {
        return audit(forecast, plan, RuleSet.defaults(), reproducer);
    }

    /** Audits the plan against its forecast under the {@code policy}, re-solving it with the reproducer. */
    public static Outcome audit(Forecast forecast, Plan plan, RuleSet policy, PlanReproducer reproducer) {
        AuditReport report = Auditors.standard().audit(forecast, plan, policy, reproducer);
        return new Outcome(report, bytes(report), report.releaseGate()
                ? GateVerdict.pass(report.summary()) : GateVerdict.fail(report.summary()));
    }

    /** The {@code audit_results.json} bytes of a report: indented JSON plus a final newline. */
    public static byte[] bytes(AuditReport report) {
        return (AuditReportJson.toJsonString(report) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Audits a stored plan against its stored forecast under the built-in site rules. */
    public static Outcome audit(Runbook runbook, String planId) {
        return audit(runbook, planId, RuleSet.defaults());
    }

    /** Audits a stored plan against its stored forecast under the {@code policy}, reproducing it the way it was made. */
    public static Outcome audit(Runbook runbook, String planId, RuleSet policy) {
        PlanVersion version = runbook.planVersion(planId);
        Plan plan = Runbook.plan(version);
        Forecast forecast = runbook.forecastOf(version, plan);
        return audit(forecast, plan, policy, reproducerFor(runbook, planId));
    }

    /**
     * How a stored plan is made again: a solved plan by the engine with its own seed and work budget; a repaired plan by repeating its repair from the recorded request.
     */
    public static PlanReproducer reproducerFor(Runbook runbook, String planId) {
        java.util.Optional<RepairSettings> repair = RepairSettings.of(runbook.lifecycle(), planId);
        if (repair.isPresent()) {
            return PlanRepair.reproducer(runbook, planId, repair.get());
        }
        return Solvers.reproducer();
    }

    /** Audits a stored draft and records the results and the verdict on it. */
    public static Outcome auditAndRecord(Runbook runbook, String planId, String actor) {
        Outcome outcome = audit(runbook, planId);
        runbook.lifecycle().recordAudit(planId, actor, outcome.json(), outcome.verdict());
        return outcome;
    }

    /**
     * The verdict recorded for a plan: the last {@code AUDIT_RECORDED} trail entry, accepted only when
     * its checksum matches the stored {@code audit_results.json} and that file opens the gate too.
     * A plan never audited gets a failed verdict that says so.
     */
    public static GateVerdict recorded(Runbook runbook, String planId) {
        PlanVersion version = runbook.planVersion(planId);
        byte[] stored = version.auditResultsJson();
        if (stored.length == 0) {
            return GateVerdict.fail("plan " + planId + " has not been audited; run: solvereign audit --plan " + planId);
        }
        List<TrailEntry> audits = runbook.lifecycle().trail(planId).stream()
                .filter(e -> e.action() == TrailAction.AUDIT_RECORDED).toList();
        if (audits.isEmpty()) {
            return GateVerdict.fail("plan " + planId + " has audit results but no audit in the trail");
        }
        TrailEntry last = audits.get(audits.size() - 1);
        String summary = last.details().getOrDefault("summary", "");
        if (!Hashes.sha256Hex(stored).equals(last.details().get("audit_results_sha256"))) {
            return GateVerdict.fail("plan " + planId + ": audit_results.json is not the one the trail recorded");
        }
        boolean passed = "PASS".equals(last.details().get("gate")) && releaseGateOf(stored);
        return passed ? GateVerdict.pass(summary) : GateVerdict.fail(summary);
    }

    private static boolean releaseGateOf(byte[] json) {
        try {
            JsonNode gate = MAPPER.readTree(json).get("release_gate");
            return gate != null && gate.isBoolean() && gate.booleanValue();
        } catch (IOException e) {
            return false;
        }
    }
}
