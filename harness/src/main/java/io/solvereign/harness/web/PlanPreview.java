package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.Weekday;
import io.solvereign.harness.export.PlanExports;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code preview} part of {@code GET /api/plans/{id}}: what the Plan preview tab draws beside the
 * {@code show} JSON: the audit per check with its first finding, the near-violations, the roster
 * matrix (driver x day, one block a cell), an hours histogram and the block mix. Read from the stored
 * plan and its recorded audit only, without re-parsing the forecast (so the answer stays fast): minutes are
 * the assignments' wall-clock minutes, which differ from the KPIs' absolute minutes only across a DST change.
 */
final class PlanPreview {
    /** Histogram bucket width in hours; the last bucket is open-ended. */
    static final int BUCKET_HOURS = 10;
    static final int BUCKETS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanPreview() {
    }

    /** The preview of a plan with its recorded {@code audit_results.json} bytes (empty before an audit). */
    static ObjectNode of(Plan plan, byte[] auditResultsJson) {
        ObjectNode n = JSON.createObjectNode();
        JsonNode audit = audit(auditResultsJson);
        ArrayNode checks = n.putArray("checks");
        ArrayNode near = n.putArray("near_violations");
        if (audit != null) {
            for (JsonNode c : audit.path("checks")) {
                JsonNode first = c.path("violations").path(0);
                checks.addObject().put("name", c.path("id").asText()).put("verdict", c.path("status").asText())
                        .put("count", c.path("count").asInt()).put("detail", first.path("message").asText(""));
            }
            JsonNode r = audit.path("reproducibility");
            checks.addObject().put("name", "REPRODUCIBILITY").put("verdict", r.path("status").asText())
                    .put("count", 0).put("detail", r.path("detail").asText(""));
            audit.path("near_violations").forEach(near::add);
        }
        ArrayNode days = n.putArray("days");
        for (Weekday d : Weekday.values()) {
            days.add(d.abbreviation());
        }
        int[] histogram = new int[BUCKETS];
        ArrayNode roster = n.putArray("roster");
        for (Map.Entry<String, List<Assignment>> driver : byDriver(plan).entrySet()) {
            long minutes = 0;
            ObjectNode row = roster.addObject().put("driver", driver.getKey());
            ArrayNode cells = JSON.createArrayNode();
            for (Weekday d : Weekday.values()) {
                List<Assignment> tours = driver.getValue().stream().filter(a -> a.day() == d).toList();
                if (tours.isEmpty()) {
                    cells.addNull();
                    continue;
                }
                int start = tours.stream().mapToInt(Assignment::startMinute).min().orElseThrow();
                int end = tours.stream().mapToInt(Assignment::endMinute).max().orElseThrow();
                int work = tours.stream().mapToInt(a -> a.endMinute() - a.startMinute()).sum();
                minutes += work;
                ObjectNode cell = cells.addObject().put("block_type", tours.get(0).blockType().label())
                        .put("start", clock(start)).put("end", clock(end)).put("minutes", work);
                ArrayNode ids = cell.putArray("tours");
                tours.forEach(a -> ids.add(a.tourInstanceId()));
            }
            row.put("minutes", minutes);
            row.put("hours", String.format(Locale.ROOT, "%.1f", minutes / 60.0));
            boolean partTime = minutes < plan.ruleSet().fteMinMinutes();
            row.put("part_time", partTime);
            row.put("type", partTime ? "PT" : "FTE");
            row.set("days", cells);
            histogram[(int) Math.min(BUCKETS - 1, minutes / 60 / BUCKET_HOURS)]++;
        }
        ArrayNode h = n.putArray("hours_histogram");
        for (int i = 0; i < BUCKETS; i++) {
            h.addObject().put("from", i * BUCKET_HOURS).put("to", i == BUCKETS - 1 ? null : (i + 1) * BUCKET_HOURS)
                    .put("drivers", histogram[i]);
        }
        n.set("block_mix", PlanExports.blockMixNode(plan.kpis()));
        return n;
    }

    private static Map<String, List<Assignment>> byDriver(Plan plan) {
        Map<String, List<Assignment>> m = new TreeMap<>();
        for (Assignment a : plan.assignments()) {
            m.computeIfAbsent(a.driverId(), k -> new ArrayList<>()).add(a);
        }
        m.values().forEach(l -> l.sort((x, y) -> Integer.compare(x.startMinute(), y.startMinute())));
        return m;
    }

    /** {@code HH:MM} of a minute of the day; past midnight wraps (a block ending 25:30 reads 01:30). */
    static String clock(int minute) {
        int m = Math.floorMod(minute, 1440);
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    private static JsonNode audit(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

}
