package io.solvereign.api.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Weekday;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * JSON forms of the plan parts that are hashed and stored: assignments (the output_hash keys of
 * DOMAIN §3), KPIs and the lower-bound certificate. Keys are snake_case; all numbers are integers.
 * Readers are strict and throw {@link ErrorCode#MALFORMED_JSON} with the JSON path.
 */
public final class ModelJson {
    static final List<String> ASSIGNMENT_KEYS = List.of("driver_id", "tour_instance_id", "day", "block_id",
            "block_type", "start_min", "end_min", "crosses_midnight");
    static final List<String> KPI_KEYS = List.of("drivers", "fte_drivers", "pt_drivers", "tours", "singles",
            "doubles_regular", "doubles_split", "triples", "total_work_minutes", "min_work_minutes", "max_work_minutes",
            "lower_bound", "pt_lower_bound");
    static final List<String> BOUND_KEYS = List.of("drivers", "covered_weight", "max_roster_weight", "weights");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ModelJson() {
    }

    /** {@code driver_id, tour_instance_id, day (1..7), block_id, block_type (label), start_min, end_min, crosses_midnight}. */
    public static ObjectNode toJson(Assignment a) {
        Objects.requireNonNull(a, "a");
        ObjectNode o = NODES.objectNode();
        o.put("driver_id", a.driverId());
        o.put("tour_instance_id", a.tourInstanceId());
        o.put("day", a.day().number());
        o.put("block_id", a.blockId());
        o.put("block_type", a.blockType().label());
        o.put("start_min", a.startMinute());
        o.put("end_min", a.endMinute());
        o.put("crosses_midnight", a.crossesMidnight());
        return o;
    }

    /** Every {@link Kpis} component as a snake_case integer. */
    public static ObjectNode toJson(Kpis k) {
        Objects.requireNonNull(k, "k");
        ObjectNode o = NODES.objectNode();
        o.put("drivers", k.drivers());
        o.put("fte_drivers", k.fteDrivers());
        o.put("pt_drivers", k.ptDrivers());
        o.put("tours", k.tours());
        o.put("singles", k.singles());
        o.put("doubles_regular", k.doublesRegular());
        o.put("doubles_split", k.doublesSplit());
        o.put("triples", k.triples());
        o.put("total_work_minutes", k.totalWorkMinutes());
        o.put("min_work_minutes", k.minWorkMinutes());
        o.put("max_work_minutes", k.maxWorkMinutes());
        o.put("lower_bound", k.lowerBound());
        o.put("pt_lower_bound", k.ptLowerBound());
        return o;
    }

    /** {@code drivers, covered_weight, max_roster_weight, weights{id stem: weight}} (weights sorted by key). */
    public static ObjectNode toJson(LowerBoundCertificate c) {
        Objects.requireNonNull(c, "c");
        ObjectNode o = NODES.objectNode();
        o.put("drivers", c.drivers());
        o.put("covered_weight", c.coveredWeight());
        o.put("max_roster_weight", c.maxRosterWeight());
        ObjectNode w = o.putObject("weights");
        c.weights().forEach(w::put);
        return o;
    }

    /** Reads {@link #toJson(Assignment)}. @throws SolvereignException MALFORMED_JSON with the path */
    public static Assignment assignmentFromJson(JsonNode node) {
        return assignment(node, new JsonFields(ErrorCode.MALFORMED_JSON, ""), "$");
    }

    /** Reads {@link #toJson(Kpis)}. @throws SolvereignException MALFORMED_JSON with the path */
    public static Kpis kpisFromJson(JsonNode node) {
        return kpis(node, new JsonFields(ErrorCode.MALFORMED_JSON, ""), "$");
    }

    /** Reads {@link #toJson(LowerBoundCertificate)}. @throws SolvereignException MALFORMED_JSON with the path */
    public static LowerBoundCertificate lowerBoundFromJson(JsonNode node) {
        return lowerBound(node, new JsonFields(ErrorCode.MALFORMED_JSON, ""), "$");
    }

    static Assignment assignment(JsonNode node, JsonFields f, String path) {
        JsonNode o = f.object(node, path, ASSIGNMENT_KEYS);
        int day = f.intValue(o.get("day"), path + ".day");
        if (day < 1 || day > 7) {
            throw f.error(path + ".day", "day must be 1 (Monday) to 7 (Sunday), was " + day);
        }
        String label = f.text(o.get("block_type"), path + ".block_type");
        BlockType type;
        try {
            type = BlockType.ofLabel(label);
        } catch (IllegalArgumentException e) {
            throw f.error(path + ".block_type", e.getMessage());
        }
        return new Assignment(f.text(o.get("driver_id"), path + ".driver_id"),
                f.text(o.get("tour_instance_id"), path + ".tour_instance_id"), Weekday.ofNumber(day),
                f.text(o.get("block_id"), path + ".block_id"), type, f.intValue(o.get("start_min"), path + ".start_min"),
                f.intValue(o.get("end_min"), path + ".end_min"),
                f.boolValue(o.get("crosses_midnight"), path + ".crosses_midnight"));
    }

    static Kpis kpis(JsonNode node, JsonFields f, String path) {
        JsonNode o = f.object(node, path, KPI_KEYS);
        return new Kpis(i(f, o, path, "drivers"), i(f, o, path, "fte_drivers"), i(f, o, path, "pt_drivers"),
                i(f, o, path, "tours"), i(f, o, path, "singles"), i(f, o, path, "doubles_regular"),
                i(f, o, path, "doubles_split"), i(f, o, path, "triples"), l(f, o, path, "total_work_minutes"),
                l(f, o, path, "min_work_minutes"), l(f, o, path, "max_work_minutes"), i(f, o, path, "lower_bound"),
                i(f, o, path, "pt_lower_bound"));
    }

    static LowerBoundCertificate lowerBound(JsonNode node, JsonFields f, String path) {
        JsonNode o = f.object(node, path, BOUND_KEYS);
        JsonNode w = o.get("weights");
        if (!w.isObject()) {
            throw f.error(path + ".weights", "expected an object, found " + JsonFields.describe(w));
        }
        TreeMap<String, Long> weights = new TreeMap<>();
        w.fields().forEachRemaining(e -> weights.put(e.getKey(),
                f.longValue(e.getValue(), path + ".weights[\"" + e.getKey() + "\"]")));
        try {
            return new LowerBoundCertificate(i(f, o, path, "drivers"), l(f, o, path, "covered_weight"),
                    l(f, o, path, "max_roster_weight"), weights);
        } catch (IllegalArgumentException e) {
            throw f.error(path, e.getMessage());
        }
    }

    private static int i(JsonFields f, JsonNode o, String path, String key) {
        return f.intValue(o.get(key), path + "." + key);
    }

    private static long l(JsonFields f, JsonNode o, String path, String key) {
        return f.longValue(o.get(key), path + "." + key);
    }
}
