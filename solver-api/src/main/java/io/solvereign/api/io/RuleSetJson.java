package io.solvereign.api.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import java.util.ArrayList;
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
