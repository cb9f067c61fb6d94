package io.solvereign.api.internal.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV row into cells. Double quotes protect delimiters ({@code "a;b"}), a doubled quote
 * inside quotes is a quote; an unclosed quote runs to the end of the row. Cells are not trimmed.
 */
final class CsvCells {
    private CsvCells() {
    }

    static List<String> split(String row, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** True when every cell is blank: a separator row such as {@code ;} or {@code ;;;}. */
    static boolean allBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The cell at a 0-based index, or an empty string past the end of the row. */
    static String at(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
