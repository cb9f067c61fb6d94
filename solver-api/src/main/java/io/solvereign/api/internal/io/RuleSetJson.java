package io.solvereign.api.internal.io;

import io.solvereign.api.io.ReadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;

/**
 * JSON form of a {@link RuleSet}: every field, snake_case keys, minutes as integers, the objective
 * order as level names ({@code ["PART_TIME","SPLITS","SINGLES"]}). It is part of
 * {@code solver_config_hash}, so it must list every field.
 */
public final class RuleSetJson {
    static final List<String> KEYS = List.of("min_rest_minutes", "regular_gap_min", "regular_gap_max",
            "split_break_min", "split_break_max", "max_span_regular", "max_span_split", "max_span_triple",
            "max_weekly_minutes", "fte_min_minutes", "forbid_consecutive_triples", "freeze_minutes", "objective_order",
            "near_rest_minutes", "near_span_regular", "near_span_long", "near_split_break", "near_weekly_minutes");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RuleSetJson() {
    }

    /** All fields of the rule set, in declaration order. */
    public static ObjectNode toJson(RuleSet r) {
        Objects.requireNonNull(r, "r");
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("min_rest_minutes", r.minRestMinutes());
        o.put("regular_gap_min", r.regularGapMin());
        o.put("regular_gap_max", r.regularGapMax());
        o.put("split_break_min", r.splitBreakMin());
        o.put("split_break_max", r.splitBreakMax());
        o.put("max_span_regular", r.maxSpanRegular());
        o.put("max_span_split", r.maxSpanSplit());
        o.put("max_span_triple", r.maxSpanTriple());
        o.put("max_weekly_minutes", r.maxWeeklyMinutes());
        o.put("fte_min_minutes", r.fteMinMinutes());
        o.put("forbid_consecutive_triples", r.forbidConsecutiveTriples());
        o.put("freeze_minutes", r.freezeMinutes());
        ArrayNode order = o.putArray("objective_order");
        r.objectiveOrder().forEach(l -> order.add(l.name()));
        o.put("near_rest_minutes", r.nearRestMinutes());
        o.put("near_span_regular", r.nearSpanRegular());
        o.put("near_span_long", r.nearSpanLong());
        o.put("near_split_break", r.nearSplitBreak());
        o.put("near_weekly_minutes", r.nearWeeklyMinutes());
        return o;
    }

    /**
     * Every field as its JSON text by snake_case key, in {@link #toJson(RuleSet)} order, e.g.
     * {@code max_weekly_minutes -> 3300}: lets a check name each field two rule sets disagree on.
     */
    public static Map<String, String> fieldValues(RuleSet r) {
        Map<String, String> values = new LinkedHashMap<>();
        toJson(r).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().toString()));
        return values;
    }

    /**
     * Reads a complete rule set (every field present, no unknown field).
     *
     * @throws SolvereignException {@link ErrorCode#MALFORMED_JSON} naming the JSON path and the problem
     */
    public static RuleSet fromJson(JsonNode node) {
        return fromJson(node, new JsonFields(ErrorCode.MALFORMED_JSON, ""), "$");
    }

    /**
     * A copy of {@code base} with the fields present in {@code overrides} replaced (for configs that
     * change a few numbers).
     *
     * @throws SolvereignException {@link ErrorCode#MALFORMED_JSON} for unknown or ill-typed fields
     */
    public static RuleSet withOverrides(RuleSet base, JsonNode overrides) {
        Objects.requireNonNull(overrides, "overrides");
        JsonFields f = new JsonFields(ErrorCode.MALFORMED_JSON, "");
        if (!overrides.isObject()) {
            throw f.error("$", "expected an object, found " + JsonFields.describe(overrides));
        }
        ObjectNode merged = toJson(base);
        overrides.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        return fromJson(merged, f, "$");
    }

    /**
     * Reads a rule set file (the site's policy): a JSON object with any of the {@link #toJson(RuleSet)}
     * keys; a key left out keeps the value of {@link RuleSet#defaults()}, the built-in site rules.
     *
     * @throws SolvereignException {@link ErrorCode#UNREADABLE_INPUT} or {@link ErrorCode#INPUT_TOO_LARGE}
     *                             when the file cannot be read, {@link ErrorCode#MALFORMED_JSON} naming the
     *                             file and the field when its content is not a valid rule set
     */
    public static RuleSet read(Path file, ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        byte[] bytes = BoundedFiles.readBytes(file, limits.ruleSetBytes(), "rule set", "ruleSetBytes");
        return parse(BoundedFiles.decode(bytes, file, "rule set"), file.toString());
    }

    /**
     * Parses rule set text as {@link #read(Path, ReadLimits)} does.
     *
     * @param source put in front of every message (e.g. the file name)
     * @throws SolvereignException {@link ErrorCode#MALFORMED_JSON}: {@code <source>: <json path>: <problem>}
     */
    public static RuleSet parse(String content, String source) {
        JsonFields f = new JsonFields(ErrorCode.MALFORMED_JSON, source);
        JsonNode root;
        try {
            root = MAPPER.readTree(content.startsWith("\uFEFF") ? content.substring(1) : content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw f.error(where, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode()) {
            throw f.error("$", "empty file, expected a rule set object such as {\"max_weekly_minutes\": 3300}");
        }
        if (!root.isObject()) {
            throw f.error("$", "expected an object, found " + JsonFields.describe(root));
        }
        ObjectNode merged = toJson(RuleSet.defaults());
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!KEYS.contains(name)) {
                throw f.error("$." + name, "unknown field; expected only " + String.join(", ", KEYS));
            }
            merged.set(name, root.get(name));
        }
        return fromJson(merged, f, "$");
    }

    static RuleSet fromJson(JsonNode node, JsonFields f, String path) {
        JsonNode o = f.object(node, path, KEYS);
        List<ObjectiveLevel> order = new ArrayList<>();
        List<JsonNode> levels = f.array(o.get("objective_order"), path + ".objective_order");
        for (int i = 0; i < levels.size(); i++) {
            String p = path + ".objective_order[" + i + "]";
            String name = f.text(levels.get(i), p);
            try {
                order.add(ObjectiveLevel.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw f.error(p, "unknown level '" + name + "'; expected PART_TIME, SPLITS or SINGLES");
            }
        }
        try {
            return new RuleSet(i(f, o, path, "min_rest_minutes"), i(f, o, path, "regular_gap_min"),
                    i(f, o, path, "regular_gap_max"), i(f, o, path, "split_break_min"), i(f, o, path, "split_break_max"),
                    i(f, o, path, "max_span_regular"), i(f, o, path, "max_span_split"), i(f, o, path, "max_span_triple"),
                    i(f, o, path, "max_weekly_minutes"), i(f, o, path, "fte_min_minutes"),
                    f.boolValue(o.get("forbid_consecutive_triples"), path + ".forbid_consecutive_triples"),
                    i(f, o, path, "freeze_minutes"), order, i(f, o, path, "near_rest_minutes"),
                    i(f, o, path, "near_span_regular"), i(f, o, path, "near_span_long"), i(f, o, path, "near_split_break"),
                    i(f, o, path, "near_weekly_minutes"));
        } catch (IllegalArgumentException e) {
            throw f.error(path, e.getMessage());
        }
    }

    private static int i(JsonFields f, JsonNode o, String path, String key) {
        return f.intValue(o.get(key), path + "." + key);
    }
}
