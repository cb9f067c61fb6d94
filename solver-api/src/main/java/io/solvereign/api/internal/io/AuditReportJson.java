package io.solvereign.api.internal.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
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
    private static final ObjectReader READER = new ObjectMapper().reader();

    private AuditReportJson() {
    }

    /** The report as a JSON tree (the same document {@link #write(AuditReport, Writer)} streams). */
    public static ObjectNode toJson(AuditReport report) {
        try {
            return (ObjectNode) READER.readTree(toJsonString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report's own JSON always parses", e);
        }
    }

    /**
     * The report as indented JSON text with {@code \n} line ends on every platform (same content and key
     * order as {@link #toJson}), as written to {@code audit_results.json}.
     */
    public static String toJsonString(AuditReport report) {
        StringWriter text = new StringWriter();
        try {
            write(report, text);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /**
     * Streams the report's JSON text (as {@link #toJsonString}, without a final newline) to {@code out},
     * finding by finding, so a report of a huge plan is never held twice (as a tree and as text).
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(AuditReport report, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = PlanJson.WRITER.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("verdict", report.verdict().name());
            g.writeBooleanField("release_gate", report.releaseGate());
            g.writeArrayFieldStart("checks");
            for (CheckResult c : report.checks()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("status", c.status().name());
                g.writeNumberField("count", c.count());
                findings(g, "violations", c.violations());
                g.writeEndObject();
            }
            g.writeEndArray();
            findings(g, "near_violations", report.nearViolations());
            ReproducibilityResult r = report.reproducibility();
            g.writeObjectFieldStart("reproducibility");
            g.writeStringField("status", r.status().name());
            g.writeStringField("expected_output_hash", r.expectedOutputHash());
            g.writeStringField("actual_output_hash", r.actualOutputHash());
            g.writeStringField("detail", r.detail());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void findings(JsonGenerator g, String name, List<? extends Finding> findings) throws IOException {
        g.writeArrayFieldStart(name);
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("check", f.checkId());
            g.writeStringField("driver", f.driverId());
            g.writeArrayFieldStart("instances");
            for (String id : f.instanceIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeNumberField("measured", f.measured());
            g.writeNumberField("limit", f.limit());
            g.writeStringField("unit", f.unit().label());
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
