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
import java.util.function.IntFunction;

/**
 * JSON form of a {@link RuleSet}: every field, snake_case keys, minutes as integers, the objective
 * order as level names ({@code ["PART_TIME","SPLITS","SINGLES"]}). It is part of
 * {@code solver_config_hash}, so it must list every field; the one exception is
 * {@code max_working_days}, written only when the rule is on (below 7), so that the hashes of
 * plans made without it stay the same. Reading, a missing {@code max_working_days} means off.
 */
public final class RuleSetJson {
    static final List<String> KEYS = List.of("min_rest_minutes", "regular_gap_min", "regular_gap_max",
            "split_break_min", "split_break_max", "max_span_regular", "max_span_split", "max_span_triple",
            "max_weekly_minutes", "fte_min_minutes", "forbid_consecutive_triples", "max_working_days", "freeze_minutes",
            "objective_order",
            "near_rest_minutes", "near_span_regular", "near_span_long", "near_split_break", "near_weekly_minutes");
    /** The key that may be missing (then the rule is off) and is written only when the rule is on. */
    static final String MAX_WORKING_DAYS = "max_working_days";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RuleSetJson() {
    }

    /** All fields of the rule set, in declaration order ({@code max_working_days} only when the rule is on). */
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
        if (r.limitsWorkingDays()) {
            o.put(MAX_WORKING_DAYS, r.maxWorkingDays());
        }
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
     * {@code max_weekly_minutes -> 3300}, {@code max_working_days} always (7 when off): lets a check
     * name each field two rule sets disagree on.
     */
    public static Map<String, String> fieldValues(RuleSet r) {
        ObjectNode o = toJson(r);
        o.put(MAX_WORKING_DAYS, r.maxWorkingDays());
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : KEYS) {
            values.put(key, o.get(key).toString());
        }
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
        if (node != null && node.isObject() && !node.has(MAX_WORKING_DAYS)) {
            ObjectNode withDefault = ((ObjectNode) node).deepCopy();
            withDefault.put(MAX_WORKING_DAYS, RuleSet.WEEK_DAYS);
            node = withDefault;
        }
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
            RuleSet.Builder b = RuleSet.newBuilder();
            set(f, o, path, "min_rest_minutes", b::minRestMinutes);
            set(f, o, path, "regular_gap_min", b::regularGapMin);
            set(f, o, path, "regular_gap_max", b::regularGapMax);
            set(f, o, path, "split_break_min", b::splitBreakMin);
            set(f, o, path, "split_break_max", b::splitBreakMax);
            set(f, o, path, "max_span_regular", b::maxSpanRegular);
            set(f, o, path, "max_span_split", b::maxSpanSplit);
            set(f, o, path, "max_span_triple", b::maxSpanTriple);
            set(f, o, path, "max_weekly_minutes", b::maxWeeklyMinutes);
            set(f, o, path, "fte_min_minutes", b::fteMinMinutes);
            b.forbidConsecutiveTriples(f.boolValue(o.get("forbid_consecutive_triples"),
                    path + ".forbid_consecutive_triples"));
            set(f, o, path, MAX_WORKING_DAYS, b::maxWorkingDays);
            set(f, o, path, "freeze_minutes", b::freezeMinutes);
            b.objectiveOrder(order);
            set(f, o, path, "near_rest_minutes", b::nearRestMinutes);
            set(f, o, path, "near_span_regular", b::nearSpanRegular);
            set(f, o, path, "near_span_long", b::nearSpanLong);
            set(f, o, path, "near_split_break", b::nearSplitBreak);
            set(f, o, path, "near_weekly_minutes", b::nearWeeklyMinutes);
            return b.build();
        } catch (IllegalArgumentException e) {
            // Fields that disagree with each other (gap windows): the rule set as a whole.
            throw f.error(path, e.getMessage());
        }
    }

    /** Passes the key's integer to the builder; a value out of range is named by its JSON path. */
    private static void set(JsonFields f, JsonNode o, String path, String key, IntFunction<RuleSet.Builder> setter) {
        int value = f.intValue(o.get(key), path + "." + key);
        try {
            setter.apply(value);
        } catch (IllegalArgumentException e) {
            throw f.error(path + "." + key, e.getMessage());
        }
    }
}
