package io.solvereign.harness.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An audit as the roster page shows it, read from the stored form ({@code audit_results.json}, see
 * {@link io.solvereign.api.internal.io.AuditReportJson}), so a fresh audit and one read back from a workspace
 * render the same way.
 *
 * @param verdict          {@code PASS} or {@code FAIL}
 * @param releaseGate      true when every gate check and REPRODUCIBILITY passed
 * @param checks           one row per check, in report order
 * @param reproducibility  status of the re-solve comparison, e.g. {@code PASS} or {@code NOT_RUN}
 * @param reproducibilityDetail the comparison's one-line detail
 * @param nearViolations   every near-violation warning, check by check
 */
record AuditFacts(String verdict, boolean releaseGate, List<Check> checks, String reproducibility,
                  String reproducibilityDetail, List<Near> nearViolations) {

    /** One check's line: its status, violations and near-violation warnings. */
    record Check(String id, String status, int violations, int nearViolations) {
    }

    /** One near-violation warning. */
    record Near(String checkId, String driverId, String message) {
    }

    AuditFacts {
        checks = List.copyOf(checks);
        nearViolations = List.copyOf(nearViolations);
    }

    /**
     * Reads the JSON tree of {@code audit_results.json}.
     *
     * @throws IllegalArgumentException naming the first missing field when the tree is not an audit result
     */
    static AuditFacts of(JsonNode root) {
        List<Near> near = new ArrayList<>();
        Map<String, Integer> nearPerCheck = new TreeMap<>();
        for (JsonNode n : array(root, "near_violations")) {
            String check = text(n, "check");
            near.add(new Near(check, text(n, "driver"), text(n, "message")));
            nearPerCheck.merge(check, 1, Integer::sum);
        }
        List<Check> checks = new ArrayList<>();
        for (JsonNode c : array(root, "checks")) {
            String id = text(c, "id");
            checks.add(new Check(id, text(c, "status"), field(c, "count").asInt(), nearPerCheck.getOrDefault(id, 0)));
        }
        JsonNode repro = field(root, "reproducibility");
        return new AuditFacts(text(root, "verdict"), field(root, "release_gate").asBoolean(), checks,
                text(repro, "status"), text(repro, "detail"), near);
    }

    /** Near-violations of one driver, in report order. */
    List<Near> nearViolationsOf(String driverId) {
        return nearViolations.stream().filter(n -> n.driverId().equals(driverId)).toList();
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("audit_results.json has no '" + name + "'; is it an audit result?");
        }
        return v;
    }

    private static String text(JsonNode node, String name) {
        return field(node, name).asText();
    }

    private static JsonNode array(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isArray()) {
            throw new IllegalArgumentException("audit_results.json: '" + name + "' is not a list");
        }
        return v;
    }
}
