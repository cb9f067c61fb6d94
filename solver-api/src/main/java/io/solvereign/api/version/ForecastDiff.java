package io.solvereign.api.version;

import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The fingerprint diff of two forecast versions (DOMAIN §12).
 *
 * <p>A tour line is identified by its key: day, first time part, depot and skill. Lines are
 * compared per key: the same full fingerprint in both versions is unchanged or CHANGED
 * ({@code count}); lines that differ only in their split partner are paired, in fingerprint
 * order, as CHANGED ({@code split_partner}, {@code work_minutes}, maybe {@code count}); what is
 * left is ADDED or REMOVED. Depot and skill are part of the key, so moving a tour to another
 * depot is one REMOVED and one ADDED line. Counts of repeated lines add up. The diff is a pure
 * function of the two forecasts' templates (not of line order or format), and {@code of(b, a)}
 * is the mirror of {@code of(a, b)}: ADDED and REMOVED swap, old and new swap.
 *
 * @param entries every difference, sorted by key, then kind, then fingerprints
 * @param summary the counts
 */
public record ForecastDiff(List<Entry> entries, Summary summary) {

    /** What happened to a tour line. */
    public enum Kind {
        /** Only in the new version. */
        ADDED,
        /** In both, with another count, split partner or work minutes. */
        CHANGED,
        /** Only in the old version. */
        REMOVED
    }

    /** Changed-field names, in the order they are listed. */
    public static final String COUNT = "count";
    /** The split partner (second part of a split shift) changed. */
    public static final String SPLIT_PARTNER = "split_partner";
    /** The work of the line (sum of its parts) changed. */
    public static final String WORK_MINUTES = "work_minutes";

    /**
     * Creates the record, checking its components.
     *
     * @param entries every difference, sorted by key, then kind, then fingerprints
     * @param summary the counts
     */
    public ForecastDiff {
        entries = List.copyOf(entries);
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * One side of a tour line.
     *
     * @param fingerprint the full fingerprint (with split partner)
     * @param count       tours (pairs for a split) of this fingerprint in the version
     */
    public record Line(Fingerprint fingerprint, int count) {
        /**
         * Creates the record, checking its components.
         *
         * @param fingerprint the full fingerprint (with split partner)
         * @param count tours (pairs for a split) of this fingerprint in the version
         */
        public Line {
            Objects.requireNonNull(fingerprint, "fingerprint");
        }

        /** {@return the split partner as {@code HH:MM-HH:MM}, empty when the line is not a split} */
        public String splitPartner() {
            return fingerprint.parts().size() == 2 ? fingerprint.parts().get(1).format() : "";
        }

        /** {@return minutes of work of one tour of the line (both parts of a split)} */
        public int workMinutes() {
            return fingerprint.parts().stream().mapToInt(TimeRange::durationMinutes).sum();
        }
    }

    /**
     * One difference.
     *
     * @param kind          ADDED, CHANGED or REMOVED
     * @param key           day, first part, depot and skill of the line (a one-part fingerprint)
     * @param oldLine       the line in the old version, null when ADDED
     * @param newLine       the line in the new version, null when REMOVED
     * @param changedFields for CHANGED: {@code count}, {@code split_partner}, {@code work_minutes} (those that differ)
     */
    public record Entry(Kind kind, Fingerprint key, Line oldLine, Line newLine, List<String> changedFields) {
        /**
         * Creates the record, checking its components.
         *
         * @param kind ADDED, CHANGED or REMOVED
         * @param key day, first part, depot and skill of the line (a one-part fingerprint)
         * @param oldLine the line in the old version, null when ADDED
         * @param newLine the line in the new version, null when REMOVED
         * @param changedFields for CHANGED: {@code count}, {@code split_partner}, {@code work_minutes} (those that differ)
         */
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(key, "key");
            changedFields = List.copyOf(changedFields);
        }

        /** {@return tours the entry adds (positive) or takes away (negative)} */
        public int tourDelta() {
            return (newLine == null ? 0 : newLine.count()) - (oldLine == null ? 0 : oldLine.count());
        }
    }

    /**
     * @param added     lines only in the new version
     * @param removed   lines only in the old version
     * @param changed   lines in both with another count or split partner
     * @param unchanged lines equal in both
     * @param toursOld  tours (canonical lines) of the old version
     * @param toursNew  tours of the new version
     */
    public record Summary(int added, int removed, int changed, int unchanged, int toursOld, int toursNew) {
        /** {@return true when the versions hold the same tour lines with the same counts} */
        public boolean identical() {
            return added == 0 && removed == 0 && changed == 0;
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::key)
            .thenComparing(Entry::kind)
            .thenComparing(e -> e.oldLine() == null ? null : e.oldLine().fingerprint(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.newLine() == null ? null : e.newLine().fingerprint(),
                    Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * {@return the diff from {@code oldForecast} to {@code newForecast}}
     *
     * @param oldForecast the earlier forecast
     * @param newForecast the later forecast
     */
    public static ForecastDiff of(Forecast oldForecast, Forecast newForecast) {
        Objects.requireNonNull(oldForecast, "oldForecast");
        Objects.requireNonNull(newForecast, "newForecast");
        TreeMap<Fingerprint, TreeMap<Fingerprint, Integer>> before = byKey(oldForecast.templates());
        TreeMap<Fingerprint, TreeMap<Fingerprint, Integer>> after = byKey(newForecast.templates());
        TreeMap<Fingerprint, Boolean> keys = new TreeMap<>();
        before.keySet().forEach(k -> keys.put(k, true));
        after.keySet().forEach(k -> keys.put(k, true));
        List<Entry> entries = new ArrayList<>();
        int unchanged = 0;
        for (Fingerprint key : keys.keySet()) {
            unchanged += compareKey(key, before.getOrDefault(key, new TreeMap<>()), after.getOrDefault(key, new TreeMap<>()),
                    entries);
        }
        entries.sort(ORDER);
        int added = (int) entries.stream().filter(e -> e.kind() == Kind.ADDED).count();
        int removed = (int) entries.stream().filter(e -> e.kind() == Kind.REMOVED).count();
        int changed = entries.size() - added - removed;
        return new ForecastDiff(entries, new Summary(added, removed, changed, unchanged, tours(oldForecast),
                tours(newForecast)));
    }

    /** Adds the entries of one key; returns how many lines of it are unchanged. */
    private static int compareKey(Fingerprint key, TreeMap<Fingerprint, Integer> before,
                                  TreeMap<Fingerprint, Integer> after, List<Entry> entries) {
        int unchanged = 0;
        List<Line> onlyOld = new ArrayList<>();
        List<Line> onlyNew = new ArrayList<>();
        for (Map.Entry<Fingerprint, Integer> b : before.entrySet()) {
            Integer a = after.get(b.getKey());
            if (a == null) {
                onlyOld.add(new Line(b.getKey(), b.getValue()));
            } else if (a.equals(b.getValue())) {
                unchanged++;
            } else {
                entries.add(new Entry(Kind.CHANGED, key, new Line(b.getKey(), b.getValue()), new Line(b.getKey(), a),
                        List.of(COUNT)));
            }
        }
        after.forEach((fp, n) -> {
            if (!before.containsKey(fp)) {
                onlyNew.add(new Line(fp, n));
            }
        });
        int paired = Math.min(onlyOld.size(), onlyNew.size());
        for (int i = 0; i < paired; i++) {
            Line o = onlyOld.get(i);
            Line n = onlyNew.get(i);
            List<String> fields = new ArrayList<>();
            if (o.count() != n.count()) {
                fields.add(COUNT);
            }
            fields.add(SPLIT_PARTNER);
            if (o.workMinutes() != n.workMinutes()) {
                fields.add(WORK_MINUTES);
            }
            entries.add(new Entry(Kind.CHANGED, key, o, n, fields));
        }
        onlyOld.subList(paired, onlyOld.size()).forEach(o -> entries.add(new Entry(Kind.REMOVED, key, o, null, List.of())));
        onlyNew.subList(paired, onlyNew.size()).forEach(n -> entries.add(new Entry(Kind.ADDED, key, null, n, List.of())));
        return unchanged;
    }

    /** Key -> full fingerprint -> summed count. */
    private static TreeMap<Fingerprint, TreeMap<Fingerprint, Integer>> byKey(List<TourTemplate> templates) {
        TreeMap<Fingerprint, TreeMap<Fingerprint, Integer>> out = new TreeMap<>();
        for (TourTemplate t : templates) {
            out.computeIfAbsent(keyOf(t.fingerprint()), k -> new TreeMap<>())
                    .merge(t.fingerprint(), t.count(), Integer::sum);
        }
        return out;
    }

    /**
     * {@return the line key: the fingerprint without its split partner}
     *
     * @param fp a tour line's fingerprint
     */
    public static Fingerprint keyOf(Fingerprint fp) {
        return fp.parts().size() == 1 ? fp : new Fingerprint(fp.day(), List.of(fp.parts().get(0)), fp.depot(), fp.skill());
    }

    private static int tours(Forecast f) {
        return f.templates().stream().mapToInt(TourTemplate::count).sum();
    }
}
