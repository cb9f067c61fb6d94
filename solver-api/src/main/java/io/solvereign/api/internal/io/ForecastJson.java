package io.solvereign.api.internal.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TenantSite;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a forecast in the JSON import contract (DOMAIN §2.4), so any week can be handed on as
 * JSON and read back to the same canonical lines and input_hash. Output is deterministic: tours
 * sorted by fingerprint, then external id; lines with the same fingerprint and external id are
 * merged (counts add). A line without an external id gets its fingerprint's id stem
 * ({@code Mo-0445-0915}); depot and skill are written only when set; a split's second part goes
 * to {@code split_start_time}/{@code split_end_time}.
 */
public final class ForecastJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ForecastJson() {
    }

    /**
     * The forecast as a JSON import document (pretty-printed, UTF-8, ending in a newline).
     *
     * @param site     tenant and site codes to write (the contract requires both)
     * @param removals fingerprints to write as {@code removals}; empty for a plain forecast
     */
    public static byte[] write(Forecast forecast, TenantSite site, Collection<Fingerprint> removals) {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(site, "site");
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("tenant_code", site.tenantCode());
        root.put("site_code", site.siteCode());
        root.put("week_anchor_date", forecast.weekAnchor().toString());
        root.put("time_zone", forecast.zone().getId());
        ArrayNode tours = root.putArray("tours");
        TreeMap<Fingerprint, TreeMap<String, Integer>> lines = new TreeMap<>();
        for (TourTemplate t : forecast.templates()) {
            lines.computeIfAbsent(t.fingerprint(), k -> new TreeMap<>()).merge(t.externalId(), t.count(), Integer::sum);
        }
        TreeSet<String> used = new TreeSet<>();
        lines.values().forEach(m -> used.addAll(m.keySet()));
        lines.forEach((fp, byId) -> byId.forEach((ext, count) -> {
            ObjectNode o = tours.addObject();
            o.put("external_id", ext.isEmpty() ? freshId(fp.idStem(), used) : ext);
            fingerprint(o, fp);
            o.put("count", count);
        }));
        if (!removals.isEmpty()) {
            ArrayNode r = root.putArray("removals");
            new TreeSet<>(removals).forEach(fp -> fingerprint(r.addObject(), fp));
        }
        try {
            return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** The forecast as a JSON import document without removals. */
    public static byte[] write(Forecast forecast, TenantSite site) {
        return write(forecast, site, List.of());
    }

    private static void fingerprint(ObjectNode o, Fingerprint fp) {
        TimeRange first = fp.parts().get(0);
        o.put("day", fp.day().number());
        o.put("start_time", TimeRange.clock(first.startMinute()));
        o.put("end_time", TimeRange.clock(first.endMinute()));
        if (fp.parts().size() == 2) {
            o.put("split_start_time", TimeRange.clock(fp.parts().get(1).startMinute()));
            o.put("split_end_time", TimeRange.clock(fp.parts().get(1).endMinute()));
        }
        if (!fp.depot().isEmpty()) {
            o.put("depot", fp.depot());
        }
        if (!fp.skill().isEmpty()) {
            o.put("skill", fp.skill());
        }
    }

    /** The stem, or the stem with {@code -2}, {@code -3} ... when a sender already used it. */
    private static String freshId(String stem, TreeSet<String> used) {
        String id = stem;
        for (int n = 2; used.contains(id); n++) {
            id = stem + "-" + n;
        }
        used.add(id);
        return id;
    }
}
