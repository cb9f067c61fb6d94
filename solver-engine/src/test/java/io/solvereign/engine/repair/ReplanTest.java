package io.solvereign.engine.repair;

import static io.solvereign.api.model.Weekday.MO;
import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.FreezeWindow;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.repair.MoveReason;
import io.solvereign.api.repair.MovedTour;
import io.solvereign.api.repair.RepairResult;
import io.solvereign.engine.PlanRules;
import io.solvereign.engine.Repairs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Re-planning against a baseline with a changed forecast (DOMAIN §9): freeze pins, added and removed tours. */
class ReplanTest {

    @Test
    void changedForecastKeepsFrozenWorkDropsRemovedAndPlacesAddedTours() {
        Forecast old = RepairFixtures.smallWeek();
        Plan base = RepairFixtures.solvedSmallWeek();
        List<TourTemplate> lines = new ArrayList<>(old.templates());
        TourTemplate mondayFirst = lines.stream().filter(t -> t.day() == MO && !t.isSplit())
                .min((a, b) -> a.fingerprint().compareTo(b.fingerprint())).orElseThrow();
        TourTemplate fridayLast = lines.stream().filter(t -> t.day() == Weekday.FR && !t.isSplit())
                .max((a, b) -> a.fingerprint().compareTo(b.fingerprint())).orElseThrow();
        lines.remove(mondayFirst);
        lines.remove(fridayLast);
        lines.add(tour(Weekday.DO, "09:10", "13:40", 3));
        lines.add(tour(Weekday.SA, "05:20", "09:50", 2));
        Forecast changed = Forecast.of(old.weekAnchor(), old.zone(), lines);
        Instant now = changed.weekStart();

        RepairResult r = Repairs.create().replan(changed, base, now, List.of());

        assertEquals(List.of(), PlanRules.violations(changed, r.plan(), base.ruleSet()));
        assertEquals(changed.instances().size(), r.plan().assignments().size());
        assertEquals(List.of(), FreezeWindow.at(now, base.ruleSet()).violations(changed, base.assignments(),
                List.of(), r.plan().assignments()), "frozen instances keep their baseline driver");
        TreeSet<String> removed = new TreeSet<>();
        base.assignments().forEach(a -> removed.add(a.tourInstanceId()));
        changed.instances().forEach(t -> removed.remove(t.id()));
        assertEquals(List.copyOf(removed), r.churn().removedInstanceIds());
        assertEquals(mondayFirst.count() + fridayLast.count(), removed.size());
        List<String> frozenRemoved = removed.stream().filter(id -> id.startsWith("Mo-")).toList();
        assertEquals(frozenRemoved, r.freeze().frozenRemoved(), "Monday's first line is committed at 00:00");
        List<MovedTour> added = r.moves().stream().filter(m -> m.reason() == MoveReason.NEW_TOUR).toList();
        assertEquals(5, added.size());
        added.forEach(m -> assertEquals("", m.fromDriverId()));
        assertTrue(r.churn().isBelowPercent(20), r.churn().percent());
    }

    /** Three 2 h tours with 30 min gaps (a 3er); without the middle one the gap is 180 min: no block. */
    private static final Forecast TRIPLE = HandPlans.week(tour(MO, "06:00", "08:00", 1), tour(MO, "08:30", "10:30", 1),
            tour(MO, "11:00", "13:00", 1), tour(MO, "14:00", "16:00", 1));
    private static final Plan TRIPLE_BASE = HandPlans.plan(TRIPLE, Map.of(
            "D001", List.of("Mo-0600-0800-01", "Mo-0830-1030-01", "Mo-1100-1300-01"),
            "D002", List.of("Mo-1400-1600-01")));

    private static Forecast withoutMiddle() {
        List<TourTemplate> lines = new ArrayList<>(TRIPLE.templates());
        lines.removeIf(t -> t.fingerprint().parts().get(0).startMinute() == 8 * 60 + 30);
        return Forecast.of(lines);
    }

    @Test
    void removedMiddleTourBreaksAFreeBlockWhoseRestIsReplaced() {
        Forecast f = withoutMiddle();
        RepairResult r = Repairs.create().replan(f, TRIPLE_BASE, HandPlans.beforeWeek(f), List.of());
        assertEquals(List.of(), PlanRules.violations(f, r.plan(), TRIPLE_BASE.ruleSet()));
        List<MovedTour> broken = r.moves().stream().filter(m -> m.reason() == MoveReason.BLOCK_BROKEN).toList();
        assertEquals(1, broken.size());
        assertEquals(List.of("Mo-0830-1030-01"), r.churn().removedInstanceIds());
        assertFalse(r.driversAdded());
    }

    @Test
    void removedMiddleTourOfAFrozenBlockIsAConflict() {
        Forecast f = withoutMiddle();
        SolvereignException e = assertThrows(SolvereignException.class,
                () -> Repairs.create().replan(f, TRIPLE_BASE, f.weekStart(), List.of()));
        assertEquals(ErrorCode.FREEZE_CONFLICT, e.code());
        assertTrue(e.getMessage().contains("D001"), e.getMessage());
    }

    @Test
    void overridingTheMiddleOfAFrozenTripleIsRefused() {
        // D002 could take it (its 14:00 tour is free and would be displaced), but D001 would be left
        // with 06:00-08:00 and 11:00-13:00, both frozen: a 180 min gap is no block.
        FreezeOverride o = new FreezeOverride("Mo-0830-1030-01", "D002", "anna", "swap");
        SolvereignException e = assertThrows(SolvereignException.class,
                () -> Repairs.create().replan(TRIPLE, TRIPLE_BASE, TRIPLE.weekStart(), List.of(o)));
        assertEquals(ErrorCode.ILLEGAL_OVERRIDE, e.code());
        assertTrue(e.getMessage().contains("D001"), e.getMessage());
    }

    @Test
    void overrideOntoAFittingDayMovesOnlyThatTour() {
        FreezeOverride o = new FreezeOverride("Mo-1100-1300-01", "D002", "anna", "swap");
        RepairResult r = Repairs.create().replan(TRIPLE, TRIPLE_BASE, TRIPLE.weekStart(), List.of(o));
        assertEquals(List.of(), PlanRules.violations(TRIPLE, r.plan(), TRIPLE_BASE.ruleSet()));
        assertEquals("D002", RepairFixtures.drivers(r.plan()).get("Mo-1100-1300-01"));
        // 11:00-13:00 then 14:00-16:00 is a 60 min gap: D002 keeps both, nothing displaced.
        assertEquals("D002", RepairFixtures.drivers(r.plan()).get("Mo-1400-1600-01"));
        assertEquals(List.of("Mo-1100-1300-01"), r.churn().movedInstanceIds());
    }

    @Test
    void frozenInstancesAreNeverCandidates() {
        // At Monday 00:00 every tour of TRIPLE is frozen except 14:00 (12 h before is 02:00); only
        // free tours can be displaced, so a new tour overlapping frozen work goes to a free slot.
        List<TourTemplate> lines = new ArrayList<>(TRIPLE.templates());
        lines.add(tour(MO, "06:30", "08:30", 1));
        Forecast f = Forecast.of(lines);
        RepairResult r = Repairs.create().replan(f, TRIPLE_BASE, f.weekStart(), List.of());
        assertEquals(List.of(), PlanRules.violations(f, r.plan(), TRIPLE_BASE.ruleSet()));
        Map<String, String> d = RepairFixtures.drivers(r.plan());
        for (TourInstance t : TRIPLE.instances()) {
            if (FreezeWindow.isFrozen(t, f.weekStart(), TRIPLE_BASE.ruleSet())) {
                assertEquals(RepairFixtures.drivers(TRIPLE_BASE).get(t.id()), d.get(t.id()), t.id());
            }
        }
        assertEquals(MoveReason.NEW_TOUR, r.move("Mo-0630-0830-01").orElseThrow().reason());
    }
}
