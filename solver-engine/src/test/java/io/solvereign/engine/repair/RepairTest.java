package io.solvereign.engine.repair;

import static io.solvereign.api.model.Weekday.DI;
import static io.solvereign.api.model.Weekday.MI;
import static io.solvereign.api.model.Weekday.MO;
import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.ConfigHash;
import io.solvereign.api.internal.io.OutputHash;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.repair.MoveReason;
import io.solvereign.api.repair.MovedTour;
import io.solvereign.api.repair.RepairRequest;
import io.solvereign.api.repair.RepairResult;
import io.solvereign.engine.PlanRules;
import io.solvereign.engine.Repairs;
import io.solvereign.engine.Solvers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Repair behaviour on hand-made weeks: chains, freeze, overrides, per-day absence, ids, errors. */
class RepairTest {
    private static final RuleSet RULES = RuleSet.defaults();

    /** D001: A Mo 05:00-09:30 (absent); D002: B Mo 06:00-10:30; D003: C Mo 11:00-15:30. */
    private static final Forecast CHAIN = HandPlans.week(tour(MO, "05:00", "09:30", 1), tour(MO, "06:00", "10:30", 1),
            tour(MO, "11:00", "15:30", 1));
    private static final Plan CHAIN_BASE = HandPlans.plan(CHAIN, Map.of("D001", List.of("Mo-0500-0930-01"),
            "D002", List.of("Mo-0600-1030-01"), "D003", List.of("Mo-1100-1530-01")));

    private static RepairResult repair(RepairRequest r) {
        RepairResult out = Repairs.create().repair(r);
        assertEquals(List.of(), PlanRules.violations(r.forecast(), out.plan(), r.ruleSet()));
        return out;
    }

    @Test
    void ejectionChainBeatsANewDriver() {
        // A fits neither D002 (overlap) nor D003 (gap 90); A replaces B at D002, B joins D003 (gap 30).
        RepairResult r = repair(RepairRequest.sickCall(CHAIN, CHAIN_BASE, HandPlans.beforeWeek(CHAIN), List.of("D001")));
        Map<String, String> d = RepairFixtures.drivers(r.plan());
        assertEquals("D002", d.get("Mo-0500-0930-01"));
        assertEquals("D003", d.get("Mo-0600-1030-01"));
        assertEquals(List.of(), r.addedDrivers());
        MovedTour a = r.move("Mo-0500-0930-01").orElseThrow();
        assertEquals(MoveReason.ABSENT_DRIVER, a.reason());
        assertEquals(1, a.candidates().get(0).addedChurn());
        assertEquals("D002", a.candidates().get(0).driverId());
        MovedTour b = r.move("Mo-0600-1030-01").orElseThrow();
        assertEquals(MoveReason.DISPLACED, b.reason());
        assertEquals("D002", b.fromDriverId());
        assertEquals("D003", b.candidates().get(0).driverId());
        assertEquals(2, r.churn().changedAssignments());
        assertEquals(List.of("D001", "D002", "D003"), r.churn().affectedDrivers());
    }

    @Test
    void frozenTourOfAnAbsentDriverStaysAndIsReported() {
        Forecast f = HandPlans.week(tour(MO, "06:00", "10:30", 1), tour(MO, "11:00", "15:30", 1),
                tour(DI, "06:00", "10:30", 1), tour(DI, "11:00", "15:30", 1));
        Plan base = HandPlans.plan(f, Map.of("D001", List.of("Mo-0600-1030-01", "Di-0600-1030-01"),
                "D002", List.of("Mo-1100-1530-01", "Di-1100-1530-01")));
        Instant mondayMidnight = f.weekStart();
        RepairResult r = repair(RepairRequest.sickCall(f, base, mondayMidnight, List.of("D001")));
        Map<String, String> d = RepairFixtures.drivers(r.plan());
        assertEquals("D001", d.get("Mo-0600-1030-01"), "06:00 is within 12 h of Monday 00:00: frozen");
        assertEquals("D002", d.get("Di-0600-1030-01"));
        assertEquals(List.of("Mo-0600-1030-01"), r.freeze().keptAtAbsentDrivers());
        assertEquals(2, r.freeze().frozenInstances());
        assertEquals(List.of("Di-0600-1030-01"), r.churn().movedInstanceIds());
    }

    @Test
    void perDayAbsenceMovesOnlyThatDay() {
        Forecast f = HandPlans.week(tour(MO, "06:00", "10:30", 1), tour(DI, "06:00", "10:30", 1),
                tour(MI, "06:00", "10:30", 1), tour(DI, "11:00", "15:30", 1));
        Plan base = HandPlans.plan(f, Map.of("D001", List.of("Mo-0600-1030-01", "Di-0600-1030-01", "Mi-0600-1030-01"),
                "D002", List.of("Di-1100-1530-01")));
        RepairResult r = repair(RepairRequest.newBuilder(f, base, HandPlans.beforeWeek(f))
                .absent("D001", Set.of(Weekday.DI)).build());
        Map<String, String> d = RepairFixtures.drivers(r.plan());
        assertEquals("D001", d.get("Mo-0600-1030-01"));
        assertEquals("D001", d.get("Mi-0600-1030-01"));
        assertEquals("D002", d.get("Di-0600-1030-01"));
        assertEquals(1, r.churn().changedAssignments());
    }

    @Test
    void overrideMovesAFrozenTourAndDisplacesWhatIsInTheWay() {
        Forecast f = CHAIN;
        Instant now = f.weekStart();
        // All three are frozen at Monday 00:00; override gives C to D002, whose B (frozen) fits C's day: 2er-reg.
        FreezeOverride o = new FreezeOverride("Mo-1100-1530-01", "D002", "dispatcher.anna", "D003 van broke down");
        RepairResult r = repair(RepairRequest.newBuilder(f, CHAIN_BASE, now).override(o).build());
        assertEquals("D002", RepairFixtures.drivers(r.plan()).get("Mo-1100-1530-01"));
        MovedTour m = r.move("Mo-1100-1530-01").orElseThrow();
        assertEquals(MoveReason.OVERRIDE, m.reason());
        assertEquals("D002", m.candidates().get(0).driverId());
        assertTrue(m.candidates().get(0).reason().contains("dispatcher.anna"));
        assertEquals(List.of(o), r.freeze().appliedOverrides());
        assertEquals(1, r.churn().changedAssignments());
    }

    @Test
    void overrideOntoAFreeTourDisplacesThatTour() {
        // Nothing frozen: override A onto D002 pushes B (free) out. B fits D001 (now idle, 0 min) and
        // D003 (gap 30, 270 min): fewest weekly minutes ranks D001 first.
        FreezeOverride o = new FreezeOverride("Mo-0500-0930-01", "D002", "anna", "customer asked");
        RepairResult r = repair(RepairRequest.newBuilder(CHAIN, CHAIN_BASE, HandPlans.beforeWeek(CHAIN))
                .override(o).build());
        assertEquals("D002", RepairFixtures.drivers(r.plan()).get("Mo-0500-0930-01"));
        MovedTour b = r.move("Mo-0600-1030-01").orElseThrow();
        assertEquals(MoveReason.DISPLACED, b.reason());
        assertEquals("D001", b.toDriverId());
        assertEquals(List.of("D001", "D003"), b.candidates().stream().map(c -> c.driverId()).toList());
        assertEquals(List.of(0L, 270L), b.candidates().stream().map(c -> c.weeklyMinutes()).toList());
    }

    @Test
    void overrideThatBreaksARuleOnFrozenWorkIsRefused() {
        // At Monday 00:00 B is frozen at D002; A overlaps B.
        FreezeOverride o = new FreezeOverride("Mo-0500-0930-01", "D002", "anna", "try");
        SolvereignException e = assertThrows(SolvereignException.class, () -> Repairs.create().repair(
                RepairRequest.newBuilder(CHAIN, CHAIN_BASE, CHAIN.weekStart()).override(o).build()));
        assertEquals(ErrorCode.ILLEGAL_OVERRIDE, e.code());
        assertTrue(e.getMessage().contains("D002"), e.getMessage());
    }

    @Test
    void nothingToDoGivesTheBaselineBack() {
        Plan base = RepairFixtures.solvedSmallWeek();
        Forecast f = RepairFixtures.smallWeek();
        RepairResult r = repair(RepairRequest.newBuilder(f, base, HandPlans.beforeWeek(f)).build());
        assertEquals(base.assignments(), r.plan().assignments());
        assertEquals(base.kpis(), r.plan().kpis());
        String config = ConfigHash.of(base.ruleSet(), base.seed(), base.workBudget(), Solvers.VERSION);
        assertEquals(config, r.plan().solverConfigHash());
        assertEquals(base.solverConfigHash(), r.plan().solverConfigHash(), "the solver hashes the same way");
        assertEquals(OutputHash.of(base.assignments(), config, base.kpis()), r.plan().outputHash());
        assertEquals(base.outputHash(), r.plan().outputHash(), "an untouched plan hashes like its baseline");
        assertEquals(0, r.churn().changedAssignments());
        assertEquals(base.outputHash(), r.baselineOutputHash());
    }

    @Test
    void unknownAbsentDriverIsNotFound() {
        SolvereignException e = assertThrows(SolvereignException.class, () -> RepairRequest.sickCall(CHAIN,
                CHAIN_BASE, CHAIN.weekStart(), List.of("D999")));
        assertEquals(ErrorCode.NOT_FOUND, e.code());
    }

    @Test
    void newDriverIdsContinueAfterTheHighest() {
        assertEquals("D100", new DriverIds(List.of("D001", "D099")).next());
        assertEquals("D0008", new DriverIds(List.of("D0007", "S1")).next());
        DriverIds ids = new DriverIds(List.of("X", "D002", "D003"));
        assertEquals("D004", ids.next());
        assertEquals("D005", ids.next());
        assertEquals("D001", new DriverIds(List.of("anna")).next());
    }
}
