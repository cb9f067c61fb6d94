package io.solvereign.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.evidence.VerificationResult;

/** The {@code verify-evidence --json} document: integrity and authenticity apart, then every finding and note. */
final class VerificationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VerificationJson() {
    }

    static String toJson(String file, String planId, VerificationResult r, String integrityChecks, String authenticity) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", file);
        o.put("plan_id", planId);
        o.put("ok", r.ok());
        ObjectNode integrity = o.putObject("integrity");
        integrity.put("status", r.integrityOk() ? "PASS" : "FAIL");
        integrity.put("checked", integrityChecks);
        ObjectNode auth = o.putObject("authenticity");
        auth.put("status", r.authenticity().words());
        auth.put("detail", authenticity);
        ArrayNode findings = o.putArray("findings");
        r.findings().forEach(f -> findings.addObject().put("kind", f.kind().name()).put("file", f.file())
                .put("message", f.message()));
        ArrayNode notes = o.putArray("notes");
        r.notes().forEach(notes::add);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
