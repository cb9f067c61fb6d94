package io.solvereign.api.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Plan;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns a parsed plan tree into a {@link Plan}, field by field, with a JSON path in every error. */
final class PlanReader {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private PlanReader() {
    }

    /**
     * @param streamed the assignments when the caller already read them one by one (then
     *                 {@code $.assignments} in {@code root} is an empty placeholder), else null
     */
    static Plan plan(JsonNode root, JsonFields f, List<Assignment> streamed) {
        JsonNode o = f.object(root, "$", PlanJson.KEYS);
        String schema = f.text(o.get("schema"), "$.schema");
        if (!schema.equals(PlanJson.SCHEMA)) {
            throw f.error("$.schema", "expected \"" + PlanJson.SCHEMA + "\", found \"" + schema + "\"");
        }
        List<JsonNode> items = f.array(o.get("assignments"), "$.assignments");
        List<Assignment> assignments = streamed != null ? streamed : new ArrayList<>(items.size());
        for (int i = 0; streamed == null && i < items.size(); i++) {
            assignments.add(ModelJson.assignment(items.get(i), f, "$.assignments[" + i + "]"));
        }
        return new Plan(hash(o, f, "input_hash"), hash(o, f, "solver_config_hash"), hash(o, f, "output_hash"),
                f.longValue(o.get("seed"), "$.seed"), f.longValue(o.get("work_budget"), "$.work_budget"), f.text(o.get("solver_version"), "$.solver_version"),
                weekAnchor(o, f), zone(o, f), RuleSetJson.fromJson(o.get("rule_set"), f, "$.rule_set"),
                assignments, ModelJson.kpis(o.get("kpis"), f, "$.kpis"),
                ModelJson.lowerBound(o.get("lower_bound"), f, "$.lower_bound"));
    }

    private static String hash(JsonNode o, JsonFields f, String key) {
        String h = f.text(o.get(key), "$." + key);
        if (!HASH.matcher(h).matches()) {
            throw f.error("$." + key, "expected 64 lowercase hex digits (SHA-256), found \"" + h + "\"");
        }
        return h;
    }

    private static LocalDate weekAnchor(JsonNode o, JsonFields f) {
        String text = f.text(o.get("week_anchor_date"), "$.week_anchor_date");
        LocalDate d;
        try {
            d = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw f.error("$.week_anchor_date", "expected a date YYYY-MM-DD, found \"" + text + "\"");
        }
        if (d.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw f.error("$.week_anchor_date", text + " is a " + d.getDayOfWeek() + "; the week anchor is a Monday");
        }
        return d;
    }

    private static ZoneId zone(JsonNode o, JsonFields f) {
        String text = f.text(o.get("time_zone"), "$.time_zone");
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw f.error("$.time_zone", "unknown time zone \"" + text + "\" (expected e.g. Europe/Vienna)");
        }
    }
}
