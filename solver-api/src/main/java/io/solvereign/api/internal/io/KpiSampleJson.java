package io.solvereign.api.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.drift.KpiSample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The stored form of a KPI baseline's samples: canonical JSON (RFC 8785), an array of
 * {@code {"metrics":{"coverage_pct":100,...},"plan_id":"P0003"}} in sample order.
 */
public final class KpiSampleJson {
    private static final List<String> KEYS = List.of("plan_id", "metrics");

    private KpiSampleJson() {
    }

    /** The samples as canonical JSON text. */
    public static String write(List<KpiSample> samples) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (KpiSample s : samples) {
            ObjectNode o = array.addObject();
            o.put("plan_id", s.planId());
            ObjectNode m = o.putObject("metrics");
            s.metrics().forEach(m::put);
        }
        return CanonicalJson.canonicalize(array);
    }

    /**
     * Reads samples written by {@link #write}.
     *
     * @param json   the text
     * @param source where it comes from, for messages (e.g. {@code kpi baseline 2 of site wien})
     * @throws io.solvereign.api.SolvereignException {@code MALFORMED_JSON} naming the path and the problem
     */
    public static List<KpiSample> read(String json, String source) {
        Objects.requireNonNull(json, "json");
        JsonFields f = new JsonFields(ErrorCode.MALFORMED_JSON, source);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw f.error("$", "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null) {
            throw f.error("$", "empty");
        }
        List<KpiSample> out = new ArrayList<>();
        List<JsonNode> items = f.array(root, "$");
        for (int i = 0; i < items.size(); i++) {
            String path = "$[" + i + "]";
            JsonNode o = f.object(items.get(i), path, KEYS);
            JsonNode metrics = o.get("metrics");
            if (!metrics.isObject()) {
                throw f.error(path + ".metrics", "expected an object, found " + JsonFields.describe(metrics));
            }
            TreeMap<String, Double> values = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNumber()) {
                    throw f.error(path + ".metrics." + e.getKey(), "expected a number, found "
                            + JsonFields.describe(e.getValue()));
                }
                values.put(e.getKey(), e.getValue().doubleValue());
            }
            out.add(new KpiSample(f.text(o.get("plan_id"), path + ".plan_id"), values));
        }
        return List.copyOf(out);
    }
}
