package io.solvereign.api.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The tours one site needs in one week, anchored on a Monday.
 *
 * <p>Instances are expanded from the templates in canonical order: templates with equal
 * fingerprints are merged and numbered {@code 01, 02, ...}, so instance ids depend only on the
 * forecast's content, never on line order or file layout.
 *
 * @param weekAnchor Monday of the planned week
 * @param zone       site time zone; all rest and span checks use absolute instants in it
 * @param templates  the parsed lines, in input order
 * @param instances  expanded instances, sorted by (start, end, id)
 */
public record Forecast(LocalDate weekAnchor, ZoneId zone, List<TourTemplate> templates,
                       List<TourInstance> instances) {

    /** Default site zone (the Vienna pilot). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Vienna");

    /**
     * Default anchor when a caller gives none: a fixed Monday without a daylight-saving switch, so
     * results never depend on the wall clock.
     */
    public static final LocalDate DEFAULT_WEEK_ANCHOR = LocalDate.of(2026, 1, 5);

    /**
     * Creates the record, checking its components.
     *
     * @param weekAnchor Monday of the planned week
     * @param zone site time zone; all rest and span checks use absolute instants in it
     * @param templates the parsed lines, in input order
     * @param instances expanded instances, sorted by (start, end, id)
     */
    public Forecast {
        Objects.requireNonNull(weekAnchor, "weekAnchor");
        Objects.requireNonNull(zone, "zone");
        if (weekAnchor.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("weekAnchor must be a Monday, was " + weekAnchor
                    + " (" + weekAnchor.getDayOfWeek() + ")");
        }
        templates = List.copyOf(templates);
        instances = List.copyOf(instances);
    }

    /**
     * Builds a forecast and expands its templates into instances.
     *
     * @param weekAnchor Monday of the planned week
     * @param zone site time zone; all rest and span checks use absolute instants in it
     * @param templates the parsed lines, in input order
     * @return the forecast
     */
    public static Forecast of(LocalDate weekAnchor, ZoneId zone, List<TourTemplate> templates) {
        return new Forecast(weekAnchor, zone, templates, expand(weekAnchor, zone, templates));
    }

    /**
     * Builds a forecast in the default zone with the default anchor.
     *
     * @param templates the parsed lines, in input order
     * @return the forecast
     */
    public static Forecast of(List<TourTemplate> templates) {
        return of(DEFAULT_WEEK_ANCHOR, DEFAULT_ZONE, templates);
    }

    /**
     * {@return absolute instant of a wall-clock minute (may be >= 1440) on the given day of this week}
     *
     * @param day the weekday
     * @param minuteOfDay minutes after local midnight of that day (may exceed 1440 for tours past midnight)
     */
    public Instant instantOf(Weekday day, int minuteOfDay) {
        return instantOf(weekAnchor, zone, day, minuteOfDay);
    }

    /** {@return start of the week: local midnight of the anchor Monday in the site zone} */
    public Instant weekStart() {
        return weekAnchor.atStartOfDay(zone).toInstant();
    }

    /** {@return number of instances per day, Monday first (index 0), all seven days} */
    public int[] toursPerDay() {
        int[] perDay = new int[7];
        for (TourInstance t : instances) {
            perDay[t.day().ordinal()]++;
        }
        return perDay;
    }

    /**
     * {@return absolute instant of a wall-clock minute (may be >= 1440) on a day of the week anchored at
     * {@code anchor}} A wall-clock time inside a spring-forward gap moves forward by the gap.
     *
     * @param zone site time zone; all rest and span checks use absolute instants in it
     * @param day the weekday
     * @param minuteOfDay minutes after local midnight of that day (may exceed 1440 for tours past midnight)
     * @param anchor Monday of the week
     */
    public static Instant instantOf(LocalDate anchor, ZoneId zone, Weekday day, int minuteOfDay) {
        LocalDate date = anchor.plusDays(day.ordinal() + Math.floorDiv(minuteOfDay, TimeRange.DAY_MINUTES));
        int m = Math.floorMod(minuteOfDay, TimeRange.DAY_MINUTES);
        // ZonedDateTime.of moves a wall-clock time inside a spring-forward gap forward by the gap.
        return ZonedDateTime.of(date, LocalTime.of(m / 60, m % 60), zone).toInstant();
    }

    private static List<TourInstance> expand(LocalDate anchor, ZoneId zone, List<TourTemplate> templates) {
        // Per fingerprint, the external id of each sequence number: lines sorted by external id, so the
        // numbering never depends on line order either.
        TreeMap<Fingerprint, List<TourTemplate>> lines = new TreeMap<>();
        for (TourTemplate t : templates) {
            lines.computeIfAbsent(t.fingerprint(), k -> new ArrayList<>()).add(t);
        }
        List<TourInstance> out = new ArrayList<>();
        lines.forEach((fp, same) -> {
            same.sort(java.util.Comparator.comparing(TourTemplate::externalId));
            int seq = 0;
            for (TourTemplate t : same) {
                for (int i = 0; i < t.count(); i++) {
                    seq++;
                    String base = fp.idStem() + "-" + String.format(java.util.Locale.ROOT, "%02d", seq);
                    if (fp.parts().size() == 1) {
                        out.add(instance(anchor, zone, fp, fp.parts().get(0), base, "", t.externalId()));
                    } else {
                        out.add(instance(anchor, zone, fp, fp.parts().get(0), base + "a", base + "b", t.externalId()));
                        out.add(instance(anchor, zone, fp, fp.parts().get(1), base + "b", base + "a", t.externalId()));
                    }
                }
            }
        });
        Collections.sort(out);
        return out;
    }

    private static TourInstance instance(LocalDate anchor, ZoneId zone, Fingerprint fp, TimeRange time,
                                         String id, String partner, String externalId) {
        return new TourInstance(id, fp, time, partner,
                instantOf(anchor, zone, fp.day(), time.startMinute()),
                instantOf(anchor, zone, fp.day(), time.endMinute()), externalId);
    }
}
