package io.solvereign.api.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepairRequestTest {
    private static final Forecast F = Forecast.of(List.of(
            TourTemplate.of(Weekday.MO, new TimeRange(360, 630), 1),
            TourTemplate.of(Weekday.DI, new TimeRange(360, 630), 1)));
    private static final Plan BASE = plan(F);
    private static final Instant NOW = F.weekStart();

    private static Plan plan(Forecast f) {
        List<Assignment> as = List.of(
                new Assignment("D001", "Mo-0600-1030-01", Weekday.MO, "D001-Mo", BlockType.SINGLE, 360, 630, false),
                new Assignment("D002", "Di-0600-1030-01", Weekday.DI, "D002-Di", BlockType.SINGLE, 360, 630, false));
        return new Plan("in", "cfg", "out", 42, 2_000_000L, "v", f.weekAnchor(), f.zone(), RuleSet.defaults(), as,
                new Kpis(2, 0, 2, 2, 2, 0, 0, 0, 540, 270, 270, 0), LowerBoundCertificate.none());
    }

    @Test
    void defaultsComeFromTheBaseline() {
        RepairRequest r = RepairRequest.newBuilder(F, BASE, NOW).build();
        assertEquals(42, r.seed());
        assertEquals(RuleSet.defaults(), r.ruleSet());
        assertTrue(r.absences().isEmpty());
        assertTrue(r.overrides().isEmpty());
        RuleSet other = RuleSet.defaults().toBuilder().freezeMinutes(60).build();
        RepairRequest s = RepairRequest.newBuilder(F, BASE, NOW).seed(7).ruleSet(other).build();
        assertEquals(7, s.seed());
        assertEquals(other, s.ruleSet());
    }

    @Test
    void emptyDaySetMeansTheWholeWeekAndCallsAddUp() {
        RepairRequest r = RepairRequest.newBuilder(F, BASE, NOW)
                .absent("D002", Set.of(Weekday.MO))
                .absent("D002", EnumSet.of(Weekday.FR))
                .absent("D001", Set.of())
                .build();
        assertEquals(List.of("D001", "D002"), List.copyOf(r.absences().keySet()));
        assertEquals(EnumSet.allOf(Weekday.class), r.absences().get("D001"));
        assertEquals(EnumSet.of(Weekday.MO, Weekday.FR), r.absences().get("D002"));
        assertTrue(r.isAbsent("D001", Weekday.SO));
        assertFalse(r.isAbsent("D002", Weekday.DI));
        assertFalse(r.isAbsent("D003", Weekday.MO));
        RepairRequest m = RepairRequest.newBuilder(F, BASE, NOW).absences(Map.of("D002", Set.of())).build();
        assertEquals(7, m.absences().get("D002").size());
    }

    @Test
    void sickCallAndReplanFactories() {
        assertEquals(Set.of("D001"), RepairRequest.sickCall(F, BASE, NOW, List.of("D001")).absences().keySet());
        FreezeOverride o = new FreezeOverride("Mo-0600-1030-01", "D002", "anna", "reason");
        RepairRequest r = RepairRequest.replan(F, BASE, NOW, List.of(o));
        assertTrue(r.absences().isEmpty());
        assertEquals(List.of(o), r.overrides());
    }

    @Test
    void badInputIsRefused() {
        SolvereignException e = assertThrows(SolvereignException.class,
                () -> RepairRequest.sickCall(F, BASE, NOW, List.of("D009")));
        assertEquals(ErrorCode.NOT_FOUND, e.code());
        RepairRequest.Builder b = RepairRequest.newBuilder(F, BASE, NOW);
        assertThrows(IllegalArgumentException.class, () -> b.override(
                new FreezeOverride("Mi-0600-1030-01", "D002", "anna", "no such tour")));
        b.override(new FreezeOverride("Mo-0600-1030-01", "D002", "anna", "one"));
        assertThrows(IllegalArgumentException.class, () -> b.override(
                new FreezeOverride("Mo-0600-1030-01", "D001", "anna", "two")));
        assertThrows(IllegalArgumentException.class, () -> b.absent(" ", Set.of()));
        Forecast otherWeek = Forecast.of(LocalDate.of(2026, 1, 12), F.zone(), F.templates());
        assertThrows(IllegalArgumentException.class, () -> RepairRequest.newBuilder(otherWeek, BASE, NOW));
        assertThrows(NullPointerException.class, () -> RepairRequest.newBuilder(F, BASE, null));
    }
}
