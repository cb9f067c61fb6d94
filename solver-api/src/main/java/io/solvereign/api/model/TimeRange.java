package io.solvereign.api.model;

/**
 * A wall-clock interval within a tour's day, in minutes after local midnight. An end before the
 * start in the input means the tour crosses midnight; here that end is stored plus 1440, so
 * {@code endMinute > startMinute} always holds.
 *
 * @param startMinute 0..1439
 * @param endMinute   startMinute+1 .. startMinute+1440
 */
public record TimeRange(int startMinute, int endMinute) implements Comparable<TimeRange> {

    /** Minutes in a calendar day on the wall clock. */
    public static final int DAY_MINUTES = 1440;

    /**
     * Creates the record, checking its components.
     *
     * @param startMinute 0..1439
     * @param endMinute startMinute+1 .. startMinute+1440
     */
    public TimeRange {
        if (startMinute < 0 || startMinute >= DAY_MINUTES) {
            throw new IllegalArgumentException("startMinute must be 0..1439, was " + startMinute);
        }
        if (endMinute <= startMinute || endMinute > startMinute + DAY_MINUTES) {
            throw new IllegalArgumentException("endMinute must be in (startMinute, startMinute+1440], was "
                    + endMinute + " for startMinute " + startMinute);
        }
    }

    /**
     * Builds a range from wall-clock start and end; an end at or before the start crosses midnight.
     *
     * @param startMinuteOfDay start, minutes after midnight
     * @param endMinuteOfDay end, minutes after midnight (past 1440 for a tour that ends after midnight)
     * @return the time range
     */
    public static TimeRange ofClock(int startMinuteOfDay, int endMinuteOfDay) {
        int end = endMinuteOfDay <= startMinuteOfDay ? endMinuteOfDay + DAY_MINUTES : endMinuteOfDay;
        return new TimeRange(startMinuteOfDay, end);
    }

    /** {@return true when the tour ends on the next calendar day} */
    public boolean crossesMidnight() {
        return endMinute >= DAY_MINUTES;
    }

    /** {@return wall-clock duration in minutes (the absolute one may differ on a daylight-saving night)} */
    public int durationMinutes() {
        return endMinute - startMinute;
    }

    /**
     * {@return {@code HH:MM-HH:MM} with the end shown on the wall clock (so a crossing tour reads {@code 22:00-06:00})}
     */
    public String format() {
        return clock(startMinute) + "-" + clock(endMinute % DAY_MINUTES);
    }

    /**
     * {@return {@code HH:MM} for a minute of the day (taken modulo 1440)}
     *
     * @param minute minutes after midnight
     */
    public static String clock(int minute) {
        int m = Math.floorMod(minute, DAY_MINUTES);
        return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    @Override
    public int compareTo(TimeRange o) {
        int c = Integer.compare(startMinute, o.startMinute);
        return c != 0 ? c : Integer.compare(endMinute, o.endMinute);
    }
}
