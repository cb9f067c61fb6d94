package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import java.util.List;
import java.util.Locale;

/**
 * Tells the format of an input from its first content line: a tour CSV header (cells {@code day}
 * and {@code start_time}), a day-block CSV (a {@code ;} in the line, or {@code Day,Anzahl}), else
 * text lines.
 */
final class FormatDetector {
    private FormatDetector() {
    }

    static InputFormat detect(List<String> lines) {
        for (String line : lines) {
            if (InputLines.isSkipped(line)) {
                continue;
            }
            List<String> cells = CsvCells.split(line.toLowerCase(Locale.ROOT), line.indexOf(',') >= 0 ? ',' : ';')
                    .stream().map(String::strip).toList();
            if (cells.contains("day") && cells.contains("start_time")) {
                return InputFormat.TOUR_CSV;
            }
            if (line.indexOf(';') >= 0) {
                return InputFormat.DAY_CSV;
            }
            if (cells.size() >= 2 && DayNames.lookup(cells.get(0)) != null && cells.get(1).equals("anzahl")) {
                return InputFormat.DAY_CSV;
            }
            return InputFormat.TEXT;
        }
        return InputFormat.TEXT;
    }
}
