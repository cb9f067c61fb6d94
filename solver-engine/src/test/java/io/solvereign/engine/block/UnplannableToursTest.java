package io.solvereign.engine.block;

import static io.solvereign.engine.Weeks.split;
import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.Infeasibility;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnplannableToursTest {
    @Test
    void splitBreakOutsideWindowIsNamed() {
        Forecast f = Forecast.of(List.of(split(Weekday.DI, "06:00", "10:00", "13:00", "17:00", 2),
                tour(Weekday.DI, "06:00", "10:00", 1)));
        List<Infeasibility> inf = UnplannableTours.find(f, RuleSet.defaults());
        assertEquals(1, inf.size());
        assertEquals("SPLIT_BREAK", inf.get(0).rule());
        assertEquals(4, inf.get(0).instanceIds().size());
        assertTrue(inf.get(0).message().contains("180"), inf.get(0).message());
    }

    @Test
    void legalSplitLineIsPlannable() {
        Forecast f = Forecast.of(List.of(split(Weekday.DI, "06:00", "10:00", "15:00", "19:00", 1)));
        assertEquals(List.of(), UnplannableTours.find(f, RuleSet.defaults()));
    }

    @Test
    void tourLongerThanWeeklyCapIsNamed() {
        RuleSet r = RuleSet.defaults().toBuilder().maxWeeklyMinutes(300).fteMinMinutes(240).build();
        Forecast f = Forecast.of(List.of(tour(Weekday.MO, "06:00", "12:00", 1), tour(Weekday.MO, "06:00", "10:00", 1)));
        List<Infeasibility> inf = UnplannableTours.find(f, r);
        assertEquals(1, inf.size());
        assertEquals("WEEKLY_HOURS", inf.get(0).rule());
        assertEquals(List.of("Mo-0600-1200-01"), inf.get(0).instanceIds());
    }
}
