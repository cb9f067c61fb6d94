package io.solvereign.harness.export;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Weekday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The per-day line of the roster page: what the whole plan does on one day, whatever the page's
 * filter shows.
 *
 * @param day     the weekday
 * @param date    its calendar date in the plan's week
 * @param tours   tours assigned that day
 * @param drivers drivers working that day (each works one block)
 * @param blocks  blocks per type, every type present (0 when none)
 */
record DayTotals(Weekday day, LocalDate date, int tours, int drivers, Map<BlockType, Integer> blocks) {

    DayTotals {
        blocks = Collections.unmodifiableMap(new EnumMap<>(blocks));
    }

    /** Totals for each of the given days, in their order, of a week anchored on {@code monday}. */
    static List<DayTotals> of(List<DriverWeek> weeks, List<Weekday> days, LocalDate monday) {
        List<DayTotals> totals = new ArrayList<>();
        for (Weekday d : days) {
            int tours = 0;
            int drivers = 0;
            Map<BlockType, Integer> blocks = new EnumMap<>(BlockType.class);
            for (BlockType t : BlockType.values()) {
                blocks.put(t, 0);
            }
            for (DriverWeek w : weeks) {
                List<DriverWeek.Row> rows = w.days().get(d);
                if (rows != null && !rows.isEmpty()) {
                    tours += rows.size();
                    drivers++;
                    blocks.merge(rows.get(0).assignment().blockType(), 1, Integer::sum);
                }
            }
            totals.add(new DayTotals(d, monday.plusDays(d.number() - 1L), tours, drivers, blocks));
        }
        return totals;
    }
}
