package io.solvereign.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreezeWindowTest {
    private static final RuleSet RULES = RuleSet.defaults();
    private static final String MO1 = "Mo-0600-1400-01";
    private static final String MO2 = "Mo-0600-1400-02";
    private static final String DI1 = "Di-0600-1400-01";
    private final Forecast week = Forecast.of(List.of(
            TourTemplate.of(Weekday.MO, TimeRange.ofClock(6 * 60, 14 * 60), 2),
            TourTemplate.of(Weekday.DI, TimeRange.ofClock(6 * 60, 14 * 60), 1)));

    private TourInstance instance(String id) {
        return week.instances().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void exactly720MinutesBeforeStartIsFrozenAnd721IsNot() {
        TourInstance t = instance(MO1);
        assertEquals(720, RULES.freezeMinutes());
        assertTrue(FreezeWindow.isFrozen(t, t.start().minus(Duration.ofMinutes(720)), RULES));
        assertFalse(FreezeWindow.isFrozen(t, t.start().minus(Duration.ofMinutes(721)), RULES));
        assertTrue(FreezeWindow.isFrozen(t, t.start().minus(Duration.ofMinutes(719)), RULES));
        assertTrue(FreezeWindow.isFrozen(t, t.end(), RULES));
        assertFalse(FreezeWindow.isFrozen(t, t.start().minus(Duration.ofMinutes(720)).minusNanos(1), RULES));
    }

    @Test
    void theWindowFollowsTheRuleSet() {
        TourInstance t = instance(MO1);
        Instant twoHoursBefore = t.start().minus(Duration.ofMinutes(120));
        assertTrue(FreezeWindow.isFrozen(t, twoHoursBefore, RULES));
        assertFalse(FreezeWindow.isFrozen(t, twoHoursBefore, RULES.toBuilder().freezeMinutes(60).build()));
    }

    @Test
    void theWindowIsMeasuredInAbsoluteTimeAcrossADaylightSavingSwitch() {
        // 2026-03-29 02:00 CET -> 03:00 CEST: a Sunday 10:00 tour starts at 08:00Z, so it freezes
        // at Saturday 20:00Z (21:00 local), not at Saturday 22:00 local as a wall clock would say.
        Forecast dst = Forecast.of(LocalDate.of(2026, 3, 23), Forecast.DEFAULT_ZONE,
                List.of(TourTemplate.of(Weekday.SO, TimeRange.ofClock(10 * 60, 18 * 60), 1)));
        TourInstance t = dst.instances().get(0);
        assertEquals(Instant.parse("2026-03-29T08:00:00Z"), t.start());
        assertTrue(FreezeWindow.isFrozen(t, Instant.parse("2026-03-28T20:00:00Z"), RULES));
        assertFalse(FreezeWindow.isFrozen(t, Instant.parse("2026-03-28T19:59:00Z"), RULES));
    }

    @Test
    void listsFrozenIdsOfAForecastSorted() {
        Instant mondayMidnight = week.weekStart();
        assertEquals(List.of(MO1, MO2), FreezeWindow.frozenInstanceIds(week, mondayMidnight, RULES));
        assertEquals(List.of(), FreezeWindow.frozenInstanceIds(week, mondayMidnight.minus(Duration.ofHours(7)), RULES));
        assertEquals(List.of(DI1, MO1, MO2), FreezeWindow.frozenInstanceIds(week,
                week.instantOf(Weekday.MO, 18 * 60), RULES));
    }

    @Test
    void frozenInstancesKeepTheirBaselineDriverUnlessOverridden() {
        FreezeWindow w = FreezeWindow.at(week.weekStart(), RULES);
        List<Assignment> baseline = List.of(a("D001", MO1), a("D002", MO2), a("D003", DI1));
        assertEquals(Map.of(MO1, "D001", MO2, "D002"), w.pinnedDrivers(week, baseline, List.of()));
        FreezeOverride o = new FreezeOverride(MO1, "D009", "anna", "D001 sick");
        assertEquals(Map.of(MO1, "D009", MO2, "D002"), w.pinnedDrivers(week, baseline, List.of(o)));

        List<Assignment> moved = List.of(a("D009", MO1), a("D005", MO2), a("D004", DI1));
        assertEquals(List.of(MO2), w.violations(week, baseline, List.of(o), moved));
        List<Assignment> ignoresOverride = List.of(a("D001", MO1), a("D002", MO2), a("D004", DI1));
        assertEquals(List.of(MO1), w.violations(week, baseline, List.of(o), ignoresOverride));
        assertEquals(List.of(MO1, MO2), w.violations(week, baseline, List.of(), List.of(a("D003", DI1))));
    }

    @Test
    void overridesMustNameKnownInstancesOnce() {
        FreezeWindow w = FreezeWindow.at(week.weekStart(), RULES);
        FreezeOverride o = new FreezeOverride(MO1, "D009", "anna", "sick");
        assertThrows(IllegalArgumentException.class, () -> w.pinnedDrivers(week, List.of(), List.of(o, o)));
        assertThrows(IllegalArgumentException.class, () -> w.pinnedDrivers(week, List.of(),
                List.of(new FreezeOverride("Mi-0000-0100-01", "D009", "anna", "sick"))));
    }

    @Test
    void listsTheInstancesStartingOnADate() {
        assertEquals(List.of(DI1), FreezeWindow.instanceIdsStartingOn(week, LocalDate.of(2026, 1, 6)));
        assertEquals(List.of(), FreezeWindow.instanceIdsStartingOn(week, LocalDate.of(2026, 1, 7)));
    }

    private Assignment a(String driver, String id) {
        TourInstance t = instance(id);
        return new Assignment(driver, id, t.day(), driver + "-" + t.day().abbreviation(), BlockType.SINGLE,
                t.time().startMinute(), t.time().endMinute(), false);
    }
}
