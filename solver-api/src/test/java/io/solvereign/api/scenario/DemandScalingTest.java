package io.solvereign.api.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemandScalingTest {
    /** 40 tours: lines of 20, 12, 7 and 1. */
    private static final Forecast WEEK = Forecast.of(List.of(
            TourTemplate.of(Weekday.MO, TimeRange.ofClock(6 * 60, 10 * 60), 20),
            TourTemplate.of(Weekday.MO, TimeRange.ofClock(14 * 60, 18 * 60), 12),
            TourTemplate.of(Weekday.DI, TimeRange.ofClock(6 * 60, 10 * 60), 7),
            TourTemplate.of(Weekday.DI, TimeRange.ofClock(15 * 60, 19 * 60), 1)));

    private static List<Integer> counts(Forecast f) {
        return f.templates().stream().map(TourTemplate::count).toList();
    }

    @Test
    void plusFivePercentAddsTwoToursByLargestRemainder() {
        // 40 * 5 % = 2. Whole parts: 20 -> 1, others 0 (one added); remainders 12*5 % 100 = 60, 7*5 = 35,
        // 1*5 = 5, 20*5 = 0: the second tour goes to the line of 12.
        Forecast up = DemandScaling.scale(WEEK, 5);
        assertEquals(List.of(21, 13, 7, 1), counts(up));
        assertEquals(42, up.instances().size());
    }

    @Test
    void minusFivePercentRemovesTwoAndKeepsTheOtherIds() {
        Forecast down = DemandScaling.scale(WEEK, -5);
        assertEquals(List.of(19, 11, 7, 1), counts(down));
        Set<String> before = WEEK.instances().stream().map(TourInstance::id).collect(Collectors.toSet());
        assertTrue(down.instances().stream().allMatch(t -> before.contains(t.id())), "kept tours keep their ids");
    }

    @Test
    void zeroIsTheSameForecastAndMinusHundredIsEmpty() {
        assertEquals(WEEK.instances(), DemandScaling.scale(WEEK, 0).instances());
        assertTrue(DemandScaling.scale(WEEK, -100).instances().isEmpty());
    }
}
