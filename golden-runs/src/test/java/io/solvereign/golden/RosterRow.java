package io.solvereign.golden;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.Weekday;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One data row of an exported {@code rosters.csv} (DOMAIN §15), read back from the text:
 * {@code Driver,Day,Tour_Instance_ID,Start,End,Hours,Block_ID,Block_Type,External_ID} (the generated weeks carry
 * no external ids, so no cell is quoted).
 *
 * @param line     1-based line in the file, for messages
 * @param start    wall-clock start minute of the day
 * @param end      wall-clock end minute as written (0..1439; an end at or before the start is on the next day)
 * @param hours    the Hours column as written
 */
record RosterRow(int line, String driver, Weekday day, String tourId, int start, int end, BigDecimal hours,
                 String blockId, BlockType blockType) {

    static final String HEADER = "Driver,Day,Tour_Instance_ID,Start,End,Hours,Block_ID,Block_Type,External_ID";

    /**
     * Parses the whole file; any deviation from the documented columns is an {@link AssertionError}
     * naming the line.
     */
    static List<RosterRow> parse(String csv) {
        String[] lines = csv.split("\n", -1);
        if (!lines[0].equals(HEADER)) {
            throw new AssertionError("rosters.csv header is '" + lines[0] + "', expected '" + HEADER + "'");
        }
        List<RosterRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty() && i == lines.length - 1) {
                break;
            }
            String[] c = lines[i].split(",", -1);
            if (c.length != 9) {
                throw new AssertionError("rosters.csv line " + (i + 1) + " has " + c.length + " columns: " + lines[i]);
            }
            Weekday day = Weekday.lookup(c[1]);
            if (day == null) {
                throw new AssertionError("rosters.csv line " + (i + 1) + ": unknown day " + c[1]);
            }
            rows.add(new RosterRow(i + 1, c[0], day, c[2], minute(c[3], i + 1), minute(c[4], i + 1),
                    new BigDecimal(c[5]), c[6], BlockType.ofLabel(c[7])));
        }
        return rows;
    }

    /** Wall-clock duration in minutes; an end at or before the start lies on the next day. */
    int clockMinutes() {
        return end > start ? end - start : end + TimeRange.DAY_MINUTES - start;
    }

    /** The row as an assignment, so the audit can judge the file too. */
    Assignment toAssignment() {
        int endMinute = start + clockMinutes();
        return new Assignment(driver, tourId, day, blockId, blockType, start, endMinute,
                endMinute >= TimeRange.DAY_MINUTES);
    }

    private static int minute(String hhmm, int line) {
        if (!hhmm.matches("\\d\\d:\\d\\d")) {
            throw new AssertionError("rosters.csv line " + line + ": time '" + hhmm + "' is not HH:MM");
        }
        int h = Integer.parseInt(hhmm.substring(0, 2));
        int m = Integer.parseInt(hhmm.substring(3));
        if (h > 23 || m > 59) {
            throw new AssertionError("rosters.csv line " + line + ": time '" + hhmm + "' out of range");
        }
        return h * 60 + m;
    }
}
