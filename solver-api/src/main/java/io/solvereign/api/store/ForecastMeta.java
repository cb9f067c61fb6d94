package io.solvereign.api.store;

import io.solvereign.api.internal.store.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a store keeps about a forecast version beside its bytes: its kind, the ISO week it belongs to, the
 * version it was derived from, and sorted string attributes (for example {@code tenant_code},
 * {@code site_code}, {@code completeness}, {@code expected_days}, {@code provenance} as canonical JSON).
 * The lifecycle reads one attribute itself: {@link #COMPLETENESS}.
 *
 * @param kind       IMPORT, PATCH or COMPOSED
 * @param weekKey    ISO week such as {@code 2026-W02}, empty when not assigned to a week
 * @param parentId   the forecast version this one derives from (the previous composition), empty when none
 * @param attributes further facts, keys sorted; copied in and out
 */
public record ForecastMeta(ForecastKind kind, String weekKey, String parentId, SortedMap<String, String> attributes) {
    /** Attribute naming the week's completeness: {@code UNKNOWN}, {@code PARTIAL} or {@code COMPLETE}. */
    public static final String COMPLETENESS = "completeness";

    public ForecastMeta {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weekKey, "weekKey");
        Objects.requireNonNull(parentId, "parentId");
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(attributes, "attributes")));
        attributes.forEach((k, v) -> {
            Checks.requireText("attribute key", k);
            Objects.requireNonNull(v, "attribute " + k);
        });
    }

    /** A plain import: no week, no parent, no attributes. */
    public static ForecastMeta none() {
        return new ForecastMeta(ForecastKind.IMPORT, "", "", new TreeMap<>());
    }

    /** Meta of the given kind, week, parent and attributes (sorted on the way in). */
    public static ForecastMeta of(ForecastKind kind, String weekKey, String parentId, Map<String, String> attributes) {
        return new ForecastMeta(kind, weekKey, parentId, new TreeMap<>(attributes));
    }

    /** The attribute's value, or empty text when absent. */
    public String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }
}
