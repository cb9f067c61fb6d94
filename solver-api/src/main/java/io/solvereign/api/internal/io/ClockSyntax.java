package io.solvereign.api.internal.io;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.TimeRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strict clock grammar every format shares: {@code H:MM} or {@code HH:MM}, hours 0..23
 * ({@code 24:00} is invalid), minutes 0..59, and ranges {@code HH:MM-HH:MM} with optional spaces
 * around the dash. An end before the start crosses midnight; an end equal to the start is a
 * zero-length tour and fails.
 */
final class ClockSyntax {
    /** Something that was meant as a clock: a digit followed by digits and clock punctuation. */
    static final String LOOSE_CLOCK = "[0-9][0-9:.hH]*";
    /** A range at the start of a region: loose start, dash, loose end. */
    static final Pattern RANGE_HEAD = Pattern.compile("\\s*(" + LOOSE_CLOCK + ")\\s*-\\s*(" + LOOSE_CLOCK + ")");
    private static final Pattern FULL_RANGE = Pattern.compile(RANGE_HEAD.pattern() + "\\s*");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private ClockSyntax() {
    }

    /**
     * Minute of the day of a clock, or -1 after reporting {@code INVALID_TIME_FORMAT},
     * {@code INVALID_HOUR} or {@code INVALID_MINUTE} on the line.
     */
    static int minuteOfDay(String text, LineBuilder line, int column) {
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches()) {
            line.issue(ErrorCode.INVALID_TIME_FORMAT, column, "'" + text.strip() + "' is not a clock time; expected HH:MM");
            return -1;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        boolean ok = true;
        if (hour > 23) {
            line.issue(ErrorCode.INVALID_HOUR, column, "hour " + hour + " in '" + text.strip()
                    + "' is out of range; hours run 00..23 (24:00 is written 00:00)");
            ok = false;
        }
        if (minute > 59) {
            line.issue(ErrorCode.INVALID_MINUTE, column, "minute " + minute + " in '" + text.strip()
                    + "' is out of range; minutes run 00..59");
            ok = false;
        }
        return ok ? hour * 60 + minute : -1;
    }

    /** A range from its two clock texts, or null after reporting what is wrong. */
    static TimeRange range(String start, String end, LineBuilder line, int column) {
        int s = minuteOfDay(start, line, column);
        int e = minuteOfDay(end, line, column);
        if (s < 0 || e < 0) {
            return null;
        }
        if (s == e) {
            line.issue(ErrorCode.ZERO_DURATION, column, "'" + start.strip() + "-" + end.strip()
                    + "' starts and ends at the same time");
            return null;
        }
        return TimeRange.ofClock(s, e);
    }

    /**
     * A whole cell holding one range (CSV), or null after reporting {@code MISSING_TIME_RANGE}
     * (no digits at all), {@code INVALID_TIME_RANGE} (not of the form start-end) or a clock error.
     */
    static TimeRange cell(String cell, LineBuilder line, int column) {
        Matcher m = FULL_RANGE.matcher(cell);
        if (!m.matches()) {
            String c = cell.strip();
            if (c.isEmpty() || c.chars().noneMatch(Character::isDigit)) {
                line.issue(ErrorCode.MISSING_TIME_RANGE, column,
                        "expected a time range HH:MM-HH:MM, found '" + c + "'");
            } else {
                line.issue(ErrorCode.INVALID_TIME_RANGE, column,
                        "'" + c + "' is not a time range; expected HH:MM-HH:MM");
            }
            return null;
        }
        return range(m.group(1), m.group(2), line, column);
    }

    /** True when the whole token has the shape of a range (used to spot a second range without '+'). */
    static boolean looksLikeRange(String token) {
        return FULL_RANGE.matcher(token).matches();
    }
}
