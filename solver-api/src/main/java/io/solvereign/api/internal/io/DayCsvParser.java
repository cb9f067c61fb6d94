package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.Weekday;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The depot day-block CSV (golden/README.md). Long layout: a {@code Montag;Anzahl} header, then
 * {@code HH:MM-HH:MM;count} rows, days separated by {@code ;} rows. Wide layout: one header row of
 * {@code Day;Anzahl} pairs, then one pair per day in each row. The layout is told by the first
 * content row: a day name followed by more than one pair of cells makes it wide. The delimiter is {@code ;},
 * or {@code ,} when the first content row has no {@code ;}.
 */
final class DayCsvParser {
    private DayCsvParser() {
    }

    static ParseResult parse(List<String> lines, LocalDate anchor, ZoneId zone) {
        ParseCollector collector = new ParseCollector(InputFormat.DAY_CSV, true);
        char delimiter = ';';
        List<String> first = null;
        for (String l : lines) {
            if (!InputLines.isSkipped(l)) {
                delimiter = l.indexOf(';') >= 0 ? ';' : ',';
                List<String> cells = CsvCells.split(l, delimiter);
                if (!CsvCells.allBlank(cells)) {
                    first = cells;
                    break;
                }
            }
        }
        DayCells cells = new DayCells();
        if (first != null && isWideHeader(first)) {
            parseWide(lines, delimiter, collector, cells);
        } else {
            parseLong(lines, delimiter, collector, cells);
        }
        cells.checkHolidays();
        collector.holidays(cells.holidayDays());
        return collector.finish(anchor, zone);
    }

    private static boolean isWideHeader(List<String> cells) {
        if (DayNames.lookup(cells.get(0)) == null) {
            return false;
        }
        for (int k = 2; k < cells.size(); k++) {
            if (!cells.get(k).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static void parseLong(List<String> lines, char delimiter, ParseCollector collector, DayCells dayCells) {
        Weekday current = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (InputLines.isSkipped(raw)) {
                continue;
            }
            List<String> cells = CsvCells.split(raw, delimiter);
            if (CsvCells.allBlank(cells)) {
                current = null; // a separator row ends the day block
                continue;
            }
            LineBuilder line = collector.line(i + 1, raw);
            Weekday day = DayNames.lookup(cells.get(0));
            if (day != null && DayCells.isCountHeader(CsvCells.at(cells, 1))) {
                line.markHeader();
                current = day;
            } else if (current == null) {
                line.issue(ErrorCode.MISSING_DAY, 1, "no day header (such as 'Montag;Anzahl') above this row");
                continue;
            } else {
                dayCells.cell(line, current, cells.get(0), CsvCells.at(cells, 1), 1);
            }
            DayCells.extraCells(line, cells, 2);
        }
    }

    private static void parseWide(List<String> lines, char delimiter, ParseCollector collector, DayCells dayCells) {
        List<Weekday> days = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (InputLines.isSkipped(raw)) {
                continue;
            }
            List<String> cells = CsvCells.split(raw, delimiter);
            if (CsvCells.allBlank(cells)) {
                continue;
            }
            LineBuilder line = collector.line(i + 1, raw);
            if (days == null) {
                days = wideHeader(line, cells);
                continue;
            }
            for (int k = 0; k < days.size(); k++) {
                String range = CsvCells.at(cells, 2 * k);
                String count = CsvCells.at(cells, 2 * k + 1);
                if (range.isBlank() && count.isBlank()) {
                    continue;
                }
                if (days.get(k) == null) {
                    line.issue(ErrorCode.MISSING_DAY, 2 * k + 1, "column " + (2 * k + 1) + " has no valid day header");
                } else {
                    dayCells.cell(line, days.get(k), range, count, 2 * k + 1);
                }
            }
            DayCells.extraCells(line, cells, 2 * days.size());
        }
    }

    /** The day of each column pair of the wide header (null where the header cell is not a day). */
    private static List<Weekday> wideHeader(LineBuilder line, List<String> cells) {
        line.markHeader();
        int last = cells.size() - 1;
        while (cells.get(last).isBlank()) {
            last--;
        }
        List<Weekday> days = new ArrayList<>();
        for (int k = 0; 2 * k <= last; k++) {
            Weekday day = DayNames.lookup(cells.get(2 * k));
            if (day == null) {
                line.issue(ErrorCode.INVALID_CSV_FORMAT, 2 * k + 1, "header cell '" + cells.get(2 * k).strip()
                        + "' is not a day name; the wide header is Day;Anzahl pairs");
            }
            if (!DayCells.isCountHeader(CsvCells.at(cells, 2 * k + 1))) {
                line.issue(ErrorCode.INVALID_CSV_FORMAT, 2 * k + 2, "expected 'Anzahl' after the day, found '"
                        + CsvCells.at(cells, 2 * k + 1).strip() + "'");
            }
            days.add(day);
        }
        return days;
    }
}
