package io.solvereign.api.internal.io;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@code HH:MM-HH:MM;count} cell pairs of a day-block CSV (both layouts) and keeps
 * track of holiday markers: a label such as {@code Feiertag} with count 0 says the day has no
 * tours; it is reported as a WARN, and as a FAIL if the same day lists tours after all.
 */
final class DayCells {
    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");

    private record Marker(LineBuilder line, int column, String label) {
    }

    private final Map<Weekday, Marker> holidays = new EnumMap<>(Weekday.class);
    private final Map<Weekday, Integer> tours = new EnumMap<>(Weekday.class);

    /** True for the count column's header: {@code Anzahl} (any case, spaces ignored) or blank. */
    static boolean isCountHeader(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        return c.isEmpty() || c.equals("anzahl");
    }

    /** Reads one (range, count) pair of a day; {@code column} is the 1-based column of the range cell. */
    void cell(LineBuilder line, Weekday day, String rangeCell, String countCell, int column) {
        String range = rangeCell.strip();
        String count = countCell.strip();
        if (isLabel(range)) {
            if (count.equals("0")) {
                holidays.putIfAbsent(day, new Marker(line, column, range));
                line.issue(ErrorCode.HOLIDAY_MARKER, column, "'" + range + ";0' marks " + day.germanName()
                        + " as a day without tours");
            } else {
                line.issue(ErrorCode.MISSING_TIME_RANGE, column, "expected a time range HH:MM-HH:MM, found '" + range
                        + "' (a label is only allowed with count 0, as a holiday marker)");
            }
            return;
        }
        TimeRange time = ClockSyntax.cell(rangeCell, line, column);
        int n = count(count, range, line, column + 1);
        if (time != null && n > 0) {
            Fingerprint fp = new Fingerprint(day, List.of(time), "", "");
            line.template(new TourTemplate(fp, n, line.number()), column, false);
            tours.merge(day, n, Integer::sum);
        }
    }

    /** Days with a holiday marker and no tours: present, but empty (DOMAIN §12 completeness). */
    java.util.Set<Weekday> holidayDays() {
        java.util.Set<Weekday> out = java.util.EnumSet.noneOf(Weekday.class);
        holidays.keySet().forEach(d -> {
            if (!tours.containsKey(d)) {
                out.add(d);
            }
        });
        return out;
    }

    /** Fails every holiday marker whose day lists tours after all. */
    void checkHolidays() {
        holidays.forEach((day, m) -> {
            Integer n = tours.get(day);
            if (n != null) {
                m.line().issue(ErrorCode.INVALID_CSV_FORMAT, m.column(), "holiday marker '" + m.label() + ";0' but "
                        + day.germanName() + " lists " + n + " tours; remove one or the other");
            }
        });
    }

    /**
     * Non-blank cells from {@code from} (0-based) on are outside the layout. Words are flagged and
     * kept as a note; a cell with digits may be a lost tour, so it fails the line.
     */
    static void extraCells(LineBuilder line, List<String> cells, int from) {
        for (int k = from; k < cells.size(); k++) {
            String c = cells.get(k).strip();
            if (c.chars().anyMatch(Character::isDigit)) {
                line.issue(ErrorCode.INVALID_CSV_FORMAT, k + 1, "cell '" + c + "' is outside the columns of the layout");
            } else if (!c.isEmpty()) {
                line.issue(ErrorCode.UNPARSED_TEXT, k + 1, "extra cell '" + c + "' is outside the day columns; kept as a note");
                line.note(c);
            }
        }
    }

    private static boolean isLabel(String cell) {
        return cell.chars().anyMatch(Character::isLetter) && cell.chars().noneMatch(Character::isDigit);
    }

    private static int count(String count, String range, LineBuilder line, int column) {
        if (count.isEmpty()) {
            line.issue(ErrorCode.INVALID_COUNT, column, "missing count next to '" + range + "'");
            return -1;
        }
        if (!COUNT.matcher(count).matches() || Integer.parseInt(count) < 1) {
            line.issue(ErrorCode.INVALID_COUNT, column, "count must be a whole number from 1 to 999999, found '" + count + "'");
            return -1;
        }
        return Integer.parseInt(count);
    }
}
