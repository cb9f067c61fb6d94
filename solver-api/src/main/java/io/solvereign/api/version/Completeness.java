package io.solvereign.api.version;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.Weekday;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How much of a week's forecast has arrived (DOMAIN §12): the expected days are the first
 * {@code expectedDays} of the week (default 6, Monday to Saturday); a day is present when it has
 * a tour or a holiday marker ({@code Feiertag;0}). No day present is {@link State#UNKNOWN}, some
 * {@link State#PARTIAL}, all {@link State#COMPLETE}. Days beyond the expected ones count as present
 * but are never required.
 *
 * @param state        the verdict
 * @param expectedDays how many days are expected, 1..7
 * @param present      days with tours or a holiday marker
 * @param missing      expected days that are not present
 */
public record Completeness(State state, int expectedDays, SortedSet<Weekday> present, SortedSet<Weekday> missing) {
    /** The pilot's week: Monday to Saturday. */
    public static final int DEFAULT_EXPECTED_DAYS = 6;
    /** Name of the forecast-version attribute that carries the state ({@code ForecastMeta}). */
    public static final String ATTRIBUTE = "completeness";

    /** The three states; locking a plan of a week that is not COMPLETE needs an override. */
    public enum State {
        /** No expected day is present. */
        UNKNOWN,
        /** Some expected days are present, some missing. */
        PARTIAL,
        /** Every expected day is present. */
        COMPLETE
    }

    /**
     * Creates the record, checking its components.
     *
     * @param state the verdict
     * @param expectedDays how many days are expected, 1..7
     * @param present days with tours or a holiday marker
     * @param missing expected days that are not present
     */
    public Completeness {
        Objects.requireNonNull(state, "state");
        checkExpected(expectedDays);
        present = Collections.unmodifiableSortedSet(new TreeSet<>(present));
        missing = Collections.unmodifiableSortedSet(new TreeSet<>(missing));
    }

    /**
     * {@return the completeness of a forecast}
     *
     * @param holidays     days marked as holidays (present without tours)
     * @param expectedDays 1..7
     * @param forecast the week's forecast
     * @throws IllegalArgumentException when {@code expectedDays} is outside 1..7
     */
    public static Completeness of(Forecast forecast, Collection<Weekday> holidays, int expectedDays) {
        Objects.requireNonNull(forecast, "forecast");
        checkExpected(expectedDays);
        TreeSet<Weekday> present = new TreeSet<>(holidays);
        for (TourInstance t : forecast.instances()) {
            present.add(t.day());
        }
        TreeSet<Weekday> missing = new TreeSet<>();
        for (Weekday d : Weekday.values()) {
            if (d.ordinal() < expectedDays && !present.contains(d)) {
                missing.add(d);
            }
        }
        State state = present.isEmpty() ? State.UNKNOWN : missing.isEmpty() ? State.COMPLETE : State.PARTIAL;
        return new Completeness(state, expectedDays, present, missing);
    }

    /** {@return true when every expected day is present} */
    public boolean complete() {
        return state == State.COMPLETE;
    }

    private static void checkExpected(int expectedDays) {
        if (expectedDays < 1 || expectedDays > 7) {
            throw new IllegalArgumentException("expected days must be 1..7, was " + expectedDays);
        }
    }
}
