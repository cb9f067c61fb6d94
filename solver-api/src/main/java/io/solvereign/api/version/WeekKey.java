package io.solvereign.api.version;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week, {@code 2026-W02}: the key that groups the patches of one week (DOMAIN §12).
 *
 * @param monday the Monday the week starts on
 */
public record WeekKey(LocalDate monday) implements Comparable<WeekKey> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

    /**
     * Creates the record, checking its components.
     *
     * @param monday the Monday the week starts on
     */
    public WeekKey {
        Objects.requireNonNull(monday, "monday");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday, " + monday + " is a " + monday.getDayOfWeek());
        }
    }

    /**
     * Reads {@code YYYY-Www}.
     *
     * @param text the ISO week, e.g. {@code 2026-W02}
     * @return the week
     * @throws IllegalArgumentException naming the text and the expected form when it is not an ISO week
     */
    public static WeekKey parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text.strip());
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            LocalDate mid = LocalDate.of(year, 6, 1);
            if (week >= 1 && week <= mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                LocalDate d = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new WeekKey(d);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an ISO week; expected YYYY-Www, e.g. 2026-W02");
    }

    /**
     * {@return the week that contains the date}
     *
     * @param date any date of the week
     */
    public static WeekKey of(LocalDate date) {
        return new WeekKey(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** {@code YYYY-Www}, e.g. {@code 2026-W02}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Override
    public int compareTo(WeekKey o) {
        return monday.compareTo(o.monday);
    }
}
