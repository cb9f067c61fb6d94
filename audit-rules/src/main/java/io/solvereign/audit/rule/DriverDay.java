package io.solvereign.audit.rule;

import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.Weekday;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The tours one driver works on one calendar day (the forecast day the tours start on).
 *
 * @param driverId the driver
 * @param day      the day
 * @param tours    distinct tours, sorted by start instant; never empty
 */
record DriverDay(String driverId, Weekday day, List<TourInstance> tours) {

    DriverDay {
        Objects.requireNonNull(driverId, "driverId");
        Objects.requireNonNull(day, "day");
        tours = List.copyOf(tours);
        if (tours.isEmpty()) {
            throw new IllegalArgumentException("a driver-day has at least one tour");
        }
    }

    /** Whole minutes from {@code from} to {@code to}; negative when {@code to} is earlier. */
    static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }

    /** Number of tours. */
    int size() {
        return tours.size();
    }

    /** Start of the first tour. */
    Instant start() {
        return tours.get(0).start();
    }

    /** The tour that ends last (with overlaps it need not be the last to start). */
    TourInstance lastEnding() {
        TourInstance last = tours.get(0);
        for (TourInstance t : tours) {
            if (t.end().isAfter(last.end())) {
                last = t;
            }
        }
        return last;
    }

    /** End of the block: the latest end of its tours. */
    Instant end() {
        return lastEnding().end();
    }

    /** First start to last end, in absolute minutes. */
    long spanMinutes() {
        return minutes(start(), end());
    }

    /** Absolute minutes from the end of tour {@code i} to the start of tour {@code i + 1}. */
    long gapAfter(int i) {
        return minutes(tours.get(i).end(), tours.get(i + 1).start());
    }

    /** Ids of all tours, in time order. */
    List<String> ids() {
        return tours.stream().map(TourInstance::id).toList();
    }

    /** Classification from the tours alone, against the rule set's regular gap range. */
    DayKind kind(RuleSet rules) {
        if (tours.size() == 1) {
            return DayKind.SINGLE;
        }
        for (int i = 0; i + 1 < tours.size(); i++) {
            if (gapAfter(i) < 0) {
                return DayKind.OVERLAPPING;
            }
        }
        if (tours.size() == 2) {
            long gap = gapAfter(0);
            if (gap < rules.regularGapMin() || gap > rules.regularGapMax()) {
                return DayKind.SPLIT;
            }
        }
        return DayKind.REGULAR;
    }

    /** Short label for messages, e.g. {@code D001 Mi}. */
    String label() {
        return driverId + " " + day.abbreviation();
    }
}
