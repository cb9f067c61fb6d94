package io.solvereign.api.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.Finding;
import io.solvereign.api.audit.ReproducibilityResult;
import java.util.List;
import java.util.Objects;

/**
 * The deterministic JSON form of an {@link AuditReport} ({@code audit_results.json}): snake_case
 * keys in a fixed order, checks in report order, findings in the order the checks produced them.
 *
 * <pre>{@code
 * {"verdict":"PASS","release_gate":false,
 *  "checks":[{"id":"COVERAGE","status":"PASS","count":0,"violations":[]}, ...],
 *  "near_violations":[{"check":"REST","driver":"D001","instances":["..."],"measured":690,
 *                      "limit":720,"unit":"min","message":"..."}],
 *  "reproducibility":{"status":"NOT_RUN","expected_output_hash":"...","actual_output_hash":"","detail":"..."}}
 * }</pre>
 */
public final class AuditReportJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AuditReportJson() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode toJson(AuditReport report) {
        Objects.requireNonNull(report, "report");
        ObjectNode root = NODES.objectNode();
        root.put("verdict", report.verdict().name());
        root.put("release_gate", report.releaseGate());
        ArrayNode checks = root.putArray("checks");
        for (CheckResult c : report.checks()) {
            ObjectNode check = checks.addObject();
            check.put("id", c.id());
            check.put("status", c.status().name());
            check.put("count", c.count());
            findings(check.putArray("violations"), c.violations());
        }
        findings(root.putArray("near_violations"), report.nearViolations());
        ReproducibilityResult r = report.reproducibility();
        ObjectNode repro = root.putObject("reproducibility");
        repro.put("status", r.status().name());
        repro.put("expected_output_hash", r.expectedOutputHash());
        repro.put("actual_output_hash", r.actualOutputHash());
        repro.put("detail", r.detail());
        return root;
    }

    /**
     * The report as indented JSON text with {@code \n} line ends on every platform (same content and key
     * order as {@link #toJson}), as written to {@code audit_results.json}.
     */
    public static String toJsonString(AuditReport report) {
        try {
            return PlanJson.WRITER.writeValueAsString(toJson(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }

    private static void findings(ArrayNode target, List<? extends Finding> findings) {
        for (Finding f : findings) {
            ObjectNode node = target.addObject();
            node.put("check", f.checkId());
            node.put("driver", f.driverId());
            ArrayNode ids = node.putArray("instances");
            f.instanceIds().forEach(ids::add);
            node.put("measured", f.measured());
            node.put("limit", f.limit());
            node.put("unit", f.unit().label());
            node.put("message", f.message());
        }
    }
}
