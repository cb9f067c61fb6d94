package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tour CSV: header {@code day,start_time,end_time,location,qualifications} (any order, any
 * case; {@code location} and {@code qualifications} optional), then one tour instance a row.
 * {@code location} becomes the depot and {@code qualifications} the skill. Repeated rows are how
 * counts are written, so they are not flagged as duplicates. The delimiter is {@code ,}, or
 * {@code ;} when the header has no comma.
 */
final class TourCsvParser {
    private static final List<String> COLUMNS = List.of("day", "start_time", "end_time", "location", "qualifications");
    /** Depot and skill end up in canonical lines and instance ids, so they must be single plain words. */
    private static final Pattern WORD = Pattern.compile("[^\\s,;\"]*");

    private TourCsvParser() {
    }

    static ParseResult parse(List<String> lines, LocalDate anchor, ZoneId zone) {
        ParseCollector collector = new ParseCollector(InputFormat.TOUR_CSV, false);
        int[] index = null; // column index of each of COLUMNS, -1 when absent
        int width = 0;
        int headerLine = 0;
        boolean headerOk = false;
        char delimiter = ',';
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (InputLines.isSkipped(raw)) {
                continue;
            }
            if (index == null) {
                delimiter = raw.indexOf(',') < 0 && raw.indexOf(';') >= 0 ? ';' : ',';
            }
            List<String> cells = CsvCells.split(raw, delimiter);
            if (CsvCells.allBlank(cells)) {
                continue;
            }
            LineBuilder line = collector.line(i + 1, raw);
            if (index == null) {
                index = header(line, cells);
                width = cells.size();
                headerLine = i + 1;
                headerOk = !line.failed();
            } else if (!headerOk) {
                line.issue(ErrorCode.INVALID_CSV_FORMAT, 0, "row not read: the header on line " + headerLine + " is invalid");
            } else {
                row(line, cells, index, width);
            }
        }
        return collector.finish(anchor, zone);
    }

    private static int[] header(LineBuilder line, List<String> cells) {
        line.markHeader();
        int[] index = {-1, -1, -1, -1, -1};
        for (int k = 0; k < cells.size(); k++) {
            String name = cells.get(k).strip().toLowerCase(Locale.ROOT);
            int c = COLUMNS.indexOf(name);
            if (c >= 0 && index[c] < 0) {
                index[c] = k;
            } else if (!name.isEmpty()) {
                line.issue(ErrorCode.UNPARSED_TEXT, k + 1, "column '" + cells.get(k).strip()
                        + "' is not one of " + String.join(",", COLUMNS) + " (or repeats one); its cells are ignored");
            }
        }
        for (int c = 0; c < 3; c++) {
            if (index[c] < 0) {
                line.issue(ErrorCode.INVALID_CSV_FORMAT, 0, "missing column '" + COLUMNS.get(c)
                        + "'; the header is " + String.join(",", COLUMNS));
            }
        }
        return index;
    }

    private static void row(LineBuilder line, List<String> cells, int[] index, int width) {
        String dayCell = CsvCells.at(cells, index[0]);
        Weekday day = DayNames.lookupWithNumber(dayCell);
        if (day == null) {
            line.issue(ErrorCode.MISSING_DAY, index[0] + 1, "expected a day (Mo..So, Mon..Sun or 1..7), found '"
                    + dayCell.strip() + "'");
        }
        int start = clock(line, cells, index[1]);
        int end = clock(line, cells, index[2]);
        String depot = word(line, cells, index[3]);
        String skill = word(line, cells, index[4]);
        if (start >= 0 && end >= 0 && start == end) {
            line.issue(ErrorCode.ZERO_DURATION, index[2] + 1, "start and end are both " + TimeRange.clock(start));
        }
        for (int k = 0; k < cells.size(); k++) {
            final int col = k;
            String extra = cells.get(k).strip();
            if (extra.isEmpty() || Arrays.stream(index).anyMatch(x -> x == col)) {
                continue;
            }
            if (k < width) {
                line.note(extra); // a column the header already flagged as ignored
            } else if (extra.chars().anyMatch(Character::isDigit)) {
                line.issue(ErrorCode.INVALID_CSV_FORMAT, k + 1, "cell '" + extra + "' is past the header's "
                        + width + " columns");
            } else {
                line.note(extra);
                line.issue(ErrorCode.UNPARSED_TEXT, k + 1, "cell '" + extra + "' is past the header's "
                        + width + " columns; kept as a note");
            }
        }
        if (line.failed()) {
            return;
        }
        Fingerprint fp = new Fingerprint(day, List.of(TimeRange.ofClock(start, end)), depot, skill);
        line.template(new TourTemplate(fp, 1, line.number()), index[1] + 1, false);
    }

    private static int clock(LineBuilder line, List<String> cells, int column) {
        String cell = CsvCells.at(cells, column);
        if (cell.isBlank()) {
            line.issue(ErrorCode.MISSING_TIME_RANGE, column + 1, "missing time; expected HH:MM");
            return -1;
        }
        return ClockSyntax.minuteOfDay(cell, line, column + 1);
    }

    private static String word(LineBuilder line, List<String> cells, int column) {
        if (column < 0) {
            return "";
        }
        String value = CsvCells.at(cells, column).strip();
        if (!WORD.matcher(value).matches()) {
            line.issue(ErrorCode.INVALID_CSV_FORMAT, column + 1, "'" + value
                    + "' must be one word without spaces, commas, semicolons or quotes (maybe write '"
                    + value.replaceAll("[\\s,;\"]+", "_") + "')");
            return "";
        }
        return value;
    }
}
