package io.solvereign.api.scenario;

import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scales a forecast's demand by a whole percentage, deterministically: the total count changes by
 * {@code round(total * percent / 100)} (half away from zero), shared among the tour lines by the
 * largest-remainder method (each line first gets the whole part of {@code count * percent / 100},
 * the rest goes one by one to the lines with the largest remainder, ties in fingerprint order). A
 * line scaled to 0 is dropped. Counts of a split line are pairs. Instance ids of kept tours do not
 * change, because ids number each line's tours from 1.
 */
public final class DemandScaling {
    private DemandScaling() {
    }

    /**
     * The forecast with every line's count scaled.
     *
     * @param forecast the week
     * @param percent  the change, e.g. {@code 5} or {@code -5}; at least -100
     * @return a new forecast on the same week and zone
     */
    public static Forecast scale(Forecast forecast, int percent) {
        Objects.requireNonNull(forecast, "forecast");
        if (percent < -100) {
            throw new IllegalArgumentException("percent must be >= -100, was " + percent);
        }
        TreeMap<Fingerprint, Integer> counts = new TreeMap<>();
        for (TourTemplate t : forecast.templates()) {
            counts.merge(t.fingerprint(), t.count(), Integer::sum);
        }
        long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        int sign = Integer.signum(percent);
        long magnitude = Math.abs(percent);
        long target = (total * magnitude * 2 + 100) / 200; // round half up of total*|p|/100
        Map<Fingerprint, Long> delta = new TreeMap<>();
        List<Map.Entry<Fingerprint, Integer>> byRemainder = new ArrayList<>(counts.entrySet());
        long given = 0;
        for (Map.Entry<Fingerprint, Integer> e : counts.entrySet()) {
            long whole = e.getValue() * magnitude / 100;
            delta.put(e.getKey(), whole);
            given += whole;
        }
        // Stable sort keeps fingerprint order among equal remainders.
        byRemainder.sort((a, b) -> Long.compare(b.getValue() * magnitude % 100, a.getValue() * magnitude % 100));
        for (int i = 0; given < target; i++) {
            delta.merge(byRemainder.get(i).getKey(), 1L, Long::sum);
            given++;
        }
        List<TourTemplate> scaled = new ArrayList<>();
        counts.forEach((fp, count) -> {
            long next = count + sign * delta.get(fp);
            if (next > 0) {
                scaled.add(new TourTemplate(fp, Math.toIntExact(next), 0));
            }
        });
        return Forecast.of(forecast.weekAnchor(), forecast.zone(), scaled);
    }
}
