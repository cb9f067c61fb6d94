package io.solvereign.engine.block;

import static io.solvereign.engine.Weeks.split;
import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BlockCatalogTest {
    private static BlockCatalog catalog(TourTemplate... ts) {
        WeekTours w = WeekTours.of(Forecast.of(List.of(ts)), Set.of());
        return BlockCatalog.generate(w, LabourRules.of(RuleSet.defaults()));
    }

    @ParameterizedTest(name = "second tour at {0}: 2er-reg {1}, 2er-split {2}")
    @CsvSource({
        "10:29, 0, 0", "10:30, 1, 0", "11:00, 1, 0", "11:01, 0, 0",
        "13:59, 0, 0", "14:00, 0, 1", "16:00, 0, 1", "16:01, 0, 0"})
    void gapAndBreakBoundaries(String second, int regular, int splits) {
        // First tour ends 10:00; the second lasts 2 h.
        int s = io.solvereign.engine.Weeks.min(second);
        String end = String.format("%02d:%02d", (s + 120) / 60, (s + 120) % 60);
        BlockCatalog c = catalog(tour(Weekday.MO, "06:00", "10:00", 1), tour(Weekday.MO, second, end, 1));
        assertEquals(regular, c.count(BlockType.DOUBLE_REGULAR));
        assertEquals(splits, c.count(BlockType.DOUBLE_SPLIT));
        assertEquals(2, c.count(BlockType.SINGLE));
    }

    @ParameterizedTest(name = "2er-reg ending {0}: {1}")
    @CsvSource({"20:00, 1", "20:01, 0"})
    void regularSpanLimit(String end, int expected) {
        // 06:00-12:45 then 13:15-end: span 14 h exactly at 20:00.
        BlockCatalog c = catalog(tour(Weekday.MO, "06:00", "12:45", 1), tour(Weekday.MO, "13:15", end, 1));
        assertEquals(expected, c.count(BlockType.DOUBLE_REGULAR));
    }

    @ParameterizedTest(name = "2er-split ending {0}: {1}")
    @CsvSource({"22:00, 1", "22:01, 0"})
    void splitSpanLimit(String end, int expected) {
        // 06:00-11:00, break 6 h, 17:00-end: span 16 h exactly at 22:00.
        BlockCatalog c = catalog(tour(Weekday.MO, "06:00", "11:00", 1), tour(Weekday.MO, "17:00", end, 1));
        assertEquals(expected, c.count(BlockType.DOUBLE_SPLIT));
    }

    @ParameterizedTest(name = "3er ending {0}: {1}")
    @CsvSource({"21:00, 1", "21:01, 0"})
    void tripleSpanLimit(String end, int expected) {
        // 5 h + 30 + 5 h + 30 + 5 h = 16 h.
        BlockCatalog c = catalog(tour(Weekday.MO, "05:00", "10:00", 1), tour(Weekday.MO, "10:30", "15:30", 1),
                tour(Weekday.MO, "16:00", end, 1));
        assertEquals(expected, c.count(BlockType.TRIPLE));
    }

    @ParameterizedTest(name = "3er with second gap {0} min: {1}")
    @CsvSource({"29, 0", "30, 1", "60, 1", "61, 0", "240, 0"})
    void tripleGaps(int gap, int expected) {
        int s = 13 * 60 + gap;
        String st = String.format("%02d:%02d", s / 60, s % 60);
        String en = String.format("%02d:%02d", (s + 180) / 60, (s + 180) % 60);
        BlockCatalog c = catalog(tour(Weekday.MO, "06:00", "09:00", 1), tour(Weekday.MO, "09:30", "13:00", 1),
                tour(Weekday.MO, st, en, 1));
        assertEquals(expected, c.count(BlockType.TRIPLE));
    }

    @Test
    void splitLineIsOneFixedBlockNeverCombined() {
        BlockCatalog c = catalog(split(Weekday.DI, "06:00", "10:00", "15:00", "19:00", 2),
                tour(Weekday.DI, "10:30", "14:00", 1), tour(Weekday.DI, "20:30", "22:00", 1));
        Block[] day = c.day(Weekday.DI.ordinal());
        assertEquals(1, c.count(BlockType.DOUBLE_SPLIT));
        assertEquals(2, c.count(BlockType.SINGLE));
        assertEquals(0, c.count(BlockType.DOUBLE_REGULAR) + c.count(BlockType.TRIPLE));
        assertEquals(3, day.length);
    }

    @Test
    void blocksNeverMixDays() {
        BlockCatalog c = catalog(tour(Weekday.MO, "18:00", "22:00", 1), tour(Weekday.DI, "04:00", "08:00", 1));
        assertEquals(2, c.size());
    }
}
