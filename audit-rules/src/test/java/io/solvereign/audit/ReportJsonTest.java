package io.solvereign.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.internal.io.AuditReportJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snake_case JSON form of a report: keys, order and content. */
class ReportJsonTest {

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode parse(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void reportWithAViolationHasTheDocumentedShape() {
        WeekFixture.Built rest = SampleWeek.valid().moved("Mo-1431-1901-01", "D004");
        AuditReport report = Auditors.standard().audit(rest.forecast(), rest.plan("hash-a"), (f, p) -> "hash-a");
        ObjectNode json = AuditReportJson.toJson(report);

        assertEquals(List.of("verdict", "release_gate", "checks", "near_violations", "reproducibility"), keys(json));
        assertEquals("FAIL", json.get("verdict").asText());
        assertEquals(false, json.get("release_gate").asBoolean(true));
        assertEquals(AuditReport.GATE_CHECKS, json.get("checks").findValuesAsText("id"));

        JsonNode restCheck = json.get("checks").get(2);
        assertEquals(List.of("id", "status", "count", "violations"), keys(restCheck));
        assertEquals("FAIL", restCheck.get("status").asText());
        assertEquals(1, restCheck.get("count").asInt());
        JsonNode v = restCheck.get("violations").get(0);
        assertEquals(List.of("check", "driver", "instances", "measured", "limit", "unit", "message"), keys(v));
        assertEquals("D004", v.get("driver").asText());
        assertEquals(659, v.get("measured").asLong());
        assertEquals(660, v.get("limit").asLong());
        assertEquals("min", v.get("unit").asText());
        assertEquals("Mo-1431-1901-01", v.get("instances").get(0).asText());

        assertEquals("WEEKLY_HOURS", json.get("near_violations").get(0).get("check").asText());
        JsonNode repro = json.get("reproducibility");
        assertEquals(List.of("status", "expected_output_hash", "actual_output_hash", "detail"), keys(repro));
        assertEquals("PASS", repro.get("status").asText());
    }

    @Test
    void textIsIdenticalForIdenticalAudits() {
        WeekFixture.Built week = SampleWeek.valid();
        String a = AuditReportJson.toJsonString(Auditors.standard().audit(week.input()));
        String b = AuditReportJson.toJsonString(Auditors.standard().audit(SampleWeek.valid().input()));
        assertEquals(a, b);
        assertEquals(-1, a.indexOf('\r'), "line ends are \\n on every platform");
        assertEquals(AuditReportJson.toJson(Auditors.standard().audit(week.input())).toString(), parse(a).toString());
        assertEquals("PASS", AuditReportJson.toJson(Auditors.standard().audit(week.input())).get("verdict").asText());
    }
}
