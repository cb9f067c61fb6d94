package io.solvereign.api.internal.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.version.Completeness;
import io.solvereign.api.version.Composition;
import io.solvereign.api.version.ForecastDiff;
import io.solvereign.api.version.PlanDiff;

/**
 * JSON of the forecast-version reports (DOMAIN §12): forecast diff, plan diff, completeness and
 * the provenance of a composition. Every document is deterministic: entries in the order the
 * reports keep them (sorted), object keys sorted (RFC 8785 order), so the same inputs give the
 * same bytes on every run and machine.
 */
public final class VersionJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VersionJson() {
    }

    /**
     * The forecast diff: {@code old}, {@code new} (the labels), {@code summary} and {@code entries},
     * each entry with {@code kind, line, day, start, end, depot, skill, old, new, changed_fields}.
     */
    public static ObjectNode forecastDiff(ForecastDiff diff, String oldLabel, String newLabel) {
        ObjectNode o = F.objectNode();
        o.put("old", oldLabel);
        o.put("new", newLabel);
        ForecastDiff.Summary s = diff.summary();
        o.putObject("summary").put("added", s.added()).put("removed", s.removed()).put("changed", s.changed())
                .put("unchanged", s.unchanged()).put("tours_old", s.toursOld()).put("tours_new", s.toursNew())
                .put("tours_delta", s.toursNew() - s.toursOld()).put("identical", s.identical());
        ArrayNode entries = o.putArray("entries");
        for (ForecastDiff.Entry e : diff.entries()) {
            ObjectNode n = entries.addObject();
            Fingerprint k = e.key();
            n.put("kind", e.kind().name());
            n.put("line", k.canonicalLine());
            n.put("day", k.day().abbreviation());
            n.put("start", TimeRange.clock(k.parts().get(0).startMinute()));
            n.put("end", TimeRange.clock(k.parts().get(0).endMinute()));
            n.put("depot", k.depot());
            n.put("skill", k.skill());
            n.set("old", side(e.oldLine()));
            n.set("new", side(e.newLine()));
            ArrayNode fields = n.putArray("changed_fields");
            e.changedFields().forEach(fields::add);
        }
        return o;
    }

    private static JsonNode side(ForecastDiff.Line line) {
        if (line == null) {
            return F.nullNode();
        }
        return F.objectNode().put("line", line.fingerprint().canonicalLine()).put("count", line.count())
                .put("split_partner", line.splitPartner()).put("work_minutes", line.workMinutes());
    }

    /**
     * The plan diff: {@code old_plan}, {@code new_plan}, counts ({@code unchanged, changed, added,
     * removed, old_assignments, new_assignments, drivers_affected}), {@code stability_percent},
     * {@code churn_percent}, and the lists {@code changed_assignments}, {@code added_instances},
     * {@code removed_instances}, {@code affected_drivers}.
     */
    public static ObjectNode planDiff(PlanDiff diff, String oldLabel, String newLabel) {
        ObjectNode o = F.objectNode();
        o.put("old_plan", oldLabel);
        o.put("new_plan", newLabel);
        o.put("old_assignments", diff.oldAssignments());
        o.put("new_assignments", diff.newAssignments());
        o.put("unchanged", diff.unchanged());
        o.put("changed", diff.changed().size());
        o.put("added", diff.addedInstanceIds().size());
        o.put("removed", diff.removedInstanceIds().size());
        o.put("drivers_affected", diff.affectedDrivers().size());
        o.put("stability_percent", diff.stabilityPercent());
        o.put("churn_percent", diff.churnPercent());
        ArrayNode changed = o.putArray("changed_assignments");
        diff.changed().forEach(c -> changed.addObject().put("tour_instance_id", c.instanceId())
                .put("old_driver_id", c.oldDriverId()).put("new_driver_id", c.newDriverId()));
        ArrayNode added = o.putArray("added_instances");
        diff.addedInstanceIds().forEach(added::add);
        ArrayNode removed = o.putArray("removed_instances");
        diff.removedInstanceIds().forEach(removed::add);
        ArrayNode drivers = o.putArray("affected_drivers");
        diff.affectedDrivers().forEach(drivers::add);
        return o;
    }

    /** {@code state}, {@code expected_days}, {@code present} and {@code missing} (day abbreviations). */
    public static ObjectNode completeness(Completeness c) {
        ObjectNode o = F.objectNode();
        o.put("state", c.state().name());
        o.put("expected_days", c.expectedDays());
        ArrayNode present = o.putArray("present");
        c.present().forEach(d -> present.add(d.abbreviation()));
        ArrayNode missing = o.putArray("missing");
        c.missing().forEach(d -> missing.add(d.abbreviation()));
        return o;
    }

    /**
     * Provenance of a composition: {@code chain} (patch ids in order), {@code lines} (line id stem,
     * e.g. {@code Mo-0600-1400-Nord}, to the patch that set it) and {@code tombstones} (removed line
     * to the patch that removed it).
     */
    public static ObjectNode provenance(Composition c) {
        ObjectNode o = F.objectNode();
        ArrayNode chain = o.putArray("chain");
        c.chain().forEach(chain::add);
        ObjectNode lines = o.putObject("lines");
        c.provenance().forEach((fp, id) -> lines.put(fp.idStem(), id));
        ObjectNode tombstones = o.putObject("tombstones");
        c.tombstones().forEach((fp, id) -> tombstones.put(fp.idStem(), id));
        return o;
    }

    /** The document with keys sorted (RFC 8785 order), pretty-printed, ending in a newline. */
    public static String pretty(JsonNode node) {
        try {
            JsonNode sorted = MAPPER.readTree(CanonicalJson.canonicalize(node));
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sorted) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical JSON always reads back", e);
        }
    }
}
