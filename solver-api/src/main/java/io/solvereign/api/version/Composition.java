package io.solvereign.api.version;

import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The state of a week after a chain of patches (DOMAIN §12), immutable: each {@link #apply} gives
 * a new state. Last writer wins per fingerprint: a patch that lists a fingerprint replaces its
 * lines (counts of that fingerprint within the patch add up); a removal deletes it and leaves a
 * tombstone, which only a later patch adding the fingerprint lifts. Holiday markers accumulate.
 *
 * @param weekAnchor  Monday of the week
 * @param zone        site time zone
 * @param chain       ids of the applied patches, in order
 * @param lines       fingerprint -> its current lines (from the patch that set it last)
 * @param provenance  fingerprint -> id of the patch that set its current lines
 * @param tombstones  fingerprint -> id of the patch that removed it (only while it is removed)
 * @param holidays    days marked as holidays by any patch
 */
public record Composition(LocalDate weekAnchor, ZoneId zone, List<String> chain,
                          SortedMap<Fingerprint, List<TourTemplate>> lines, SortedMap<Fingerprint, String> provenance,
                          SortedMap<Fingerprint, String> tombstones, SortedSet<Weekday> holidays) {

    /**
     * Creates the record, checking its components.
     *
     * @param weekAnchor Monday of the week
     * @param zone site time zone
     * @param chain ids of the applied patches, in order
     * @param lines fingerprint -> its current lines (from the patch that set it last)
     * @param provenance fingerprint -> id of the patch that set its current lines
     * @param tombstones fingerprint -> id of the patch that removed it (only while it is removed)
     * @param holidays days marked as holidays by any patch
     */
    public Composition {
        Objects.requireNonNull(weekAnchor, "weekAnchor");
        Objects.requireNonNull(zone, "zone");
        chain = List.copyOf(chain);
        TreeMap<Fingerprint, List<TourTemplate>> copy = new TreeMap<>();
        lines.forEach((fp, ts) -> copy.put(fp, List.copyOf(ts)));
        lines = Collections.unmodifiableSortedMap(copy);
        provenance = Collections.unmodifiableSortedMap(new TreeMap<>(provenance));
        tombstones = Collections.unmodifiableSortedMap(new TreeMap<>(tombstones));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        if (!lines.keySet().equals(provenance.keySet())) {
            throw new IllegalArgumentException("every line needs its provenance");
        }
    }

    /**
     * {@return the week before any patch}
     *
     * @param weekAnchor Monday of the week
     * @param zone site time zone
     */
    public static Composition empty(LocalDate weekAnchor, ZoneId zone) {
        return new Composition(weekAnchor, zone, List.of(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeSet<>());
    }

    /**
     * {@return the state after one more patch}
     *
     * @param patch the patch to apply
     */
    public Composition apply(Patch patch) {
        Objects.requireNonNull(patch, "patch");
        TreeMap<Fingerprint, List<TourTemplate>> nextLines = new TreeMap<>(lines);
        TreeMap<Fingerprint, String> nextProvenance = new TreeMap<>(provenance);
        TreeMap<Fingerprint, String> nextTombstones = new TreeMap<>(tombstones);
        for (Fingerprint fp : patch.removals()) {
            nextLines.remove(fp);
            nextProvenance.remove(fp);
            nextTombstones.put(fp, patch.id());
        }
        TreeMap<Fingerprint, List<TourTemplate>> set = new TreeMap<>();
        patch.adds().forEach(t -> set.computeIfAbsent(t.fingerprint(), k -> new ArrayList<>()).add(t));
        set.forEach((fp, ts) -> {
            nextLines.put(fp, ts);
            nextProvenance.put(fp, patch.id());
            nextTombstones.remove(fp);
        });
        List<String> nextChain = new ArrayList<>(chain);
        nextChain.add(patch.id());
        TreeSet<Weekday> days = new TreeSet<>(holidays);
        days.addAll(patch.holidays());
        return new Composition(weekAnchor, zone, nextChain, nextLines, nextProvenance, nextTombstones, days);
    }

    /**
     * {@return the state after each patch in order}
     *
     * @param patches the patches, applied in order
     */
    public Composition applyAll(List<Patch> patches) {
        Composition c = this;
        for (Patch p : patches) {
            c = c.apply(p);
        }
        return c;
    }

    /** {@return the composed forecast: every current line, in fingerprint order, on the week's anchor and zone} */
    public Forecast forecast() {
        List<TourTemplate> all = new ArrayList<>();
        lines.values().forEach(all::addAll);
        return Forecast.of(weekAnchor, zone, all);
    }

    /**
     * {@return completeness of the composed week}
     *
     * @param expectedDays how many working days the week should have
     */
    public Completeness completeness(int expectedDays) {
        return Completeness.of(forecast(), holidays, expectedDays);
    }
}
