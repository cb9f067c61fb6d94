package io.solvereign.harness.export;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.Weekday;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One driver's week as the exports show it: tours grouped by day, work measured on absolute
 * instants (so a daylight-saving night counts its real length).
 *
 * @param driverId    e.g. {@code D001}
 * @param days        the driver's tours per day, in start order
 * @param workMinutes sum of the tours' absolute durations
 */
record DriverWeek(String driverId, Map<Weekday, List<Row>> days, long workMinutes) {

    /** One tour of a driver's day, with the forecast instance it stands for. */
    record Row(Assignment assignment, TourInstance instance) {
    }

    /** Groups a plan's assignments by driver (sorted by id) and day. */
    static List<DriverWeek> of(Plan plan, Forecast forecast) {
        Map<String, TourInstance> byId = new TreeMap<>();
        for (TourInstance t : forecast.instances()) {
            byId.put(t.id(), t);
        }
        Map<String, Map<Weekday, List<Row>>> grouped = new TreeMap<>();
        for (Assignment a : plan.assignments()) {
            TourInstance t = byId.get(a.tourInstanceId());
            if (t == null) {
                throw new IllegalArgumentException("plan assigns tour " + a.tourInstanceId()
                        + " which the forecast does not contain; was the plan made for another forecast?");
            }
            grouped.computeIfAbsent(a.driverId(), k -> new TreeMap<>())
                    .computeIfAbsent(a.day(), k -> new ArrayList<>())
                    .add(new Row(a, t));
        }
        List<DriverWeek> weeks = new ArrayList<>();
        grouped.forEach((driver, days) -> {
            long minutes = 0;
            for (List<Row> rows : days.values()) {
                rows.sort((x, y) -> x.instance().compareTo(y.instance()));
                for (Row r : rows) {
                    minutes += r.instance().durationMinutes();
                }
            }
            weeks.add(new DriverWeek(driver, Collections.unmodifiableMap(days), minutes));
        });
        return weeks;
    }

    /**
     * Rest in minutes between the end of this driver's previous working day and the start of the
     * given day, on absolute instants (as the REST audit measures it); empty on the first working day of
     * the week, which has no earlier block to rest from (the week stands alone without carry-in).
     *
     * @throws IllegalArgumentException when the driver does not work that day
     */
    OptionalLong restBeforeMinutes(Weekday day) {
        List<Row> rows = days.get(day);
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException(driverId + " does not work on " + day.abbreviation());
        }
        for (int d = day.ordinal() - 1; d >= 0; d--) {
            List<Row> before = days.get(Weekday.values()[d]);
            if (before != null && !before.isEmpty()) {
                Instant lastEnd = before.stream().map(r -> r.instance().end()).max(Comparator.naturalOrder()).orElseThrow();
                return OptionalLong.of(Duration.between(lastEnd, rows.get(0).instance().start()).toMinutes());
            }
        }
        return OptionalLong.empty();
    }

    /** Hours with two decimals, e.g. {@code 42.50}. */
    static String hours(long minutes) {
        return String.format(java.util.Locale.ROOT, "%d.%02d", minutes / 60, Math.round((minutes % 60) * 100.0 / 60.0));
    }
}
