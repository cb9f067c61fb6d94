package io.solvereign.engine;

import static io.solvereign.engine.Weeks.split;
import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveListener;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolverTest {
    private static final RuleSet RULES = RuleSet.defaults();

    private static SolveResult solve(Forecast f) {
        return Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(200_000).build());
    }

    private static Forecast mediumWeek() {
        return Weeks.random(11, 400, new int[] {240, 270, 300}, Forecast.DEFAULT_WEEK_ANCHOR);
    }

    @Test
    void mediumWeekIsLegalAndAtItsBound() {
        Forecast f = mediumWeek();
        SolveResult r = solve(f);
        assertEquals(List.of(), PlanRules.violations(f, r.plan(), RULES));
        assertEquals(f.instances().size(), r.plan().kpis().tours());
        assertTrue(r.drivers() <= r.lowerBound() + 1, r.drivers() + " vs bound " + r.lowerBound());
        assertEquals(LexCost.of(r.drivers(), r.plan().kpis().ptDrivers(), r.plan().kpis().doublesSplit(),
                r.plan().kpis().singles()), r.cost());
    }

    @Test
    void sameSeedSameOutput() {
        Forecast f = mediumWeek();
        SolveResult a = solve(f);
        SolveResult b = solve(f);
        assertEquals(a.plan(), b.plan());
        assertEquals(a.plan().outputHash(), b.plan().outputHash());
    }

    @Test
    void lineOrderDoesNotMatter() {
        Forecast f = mediumWeek();
        List<TourTemplate> shuffled = new ArrayList<>(f.templates());
        Collections.shuffle(shuffled, new java.util.Random(5));
        Forecast g = Forecast.of(f.weekAnchor(), f.zone(), shuffled);
        assertEquals(solve(f).plan().assignments(), solve(g).plan().assignments());
        assertEquals(solve(f).plan().outputHash(), solve(g).plan().outputHash());
    }

    @Test
    void seedChangesConfigHash() {
        Forecast f = mediumWeek();
        SolveResult a = solve(f);
        SolveResult b = Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(200_000).seed(9).build());
        assertNotEquals(a.plan().solverConfigHash(), b.plan().solverConfigHash());
        assertEquals(List.of(), PlanRules.violations(f, b.plan(), RULES));
    }

    @Test
    void driverIdsAndBlockIdsFollowTheContract() {
        Forecast f = mediumWeek();
        List<Assignment> as = solve(f).plan().assignments();
        List<Assignment> sorted = new ArrayList<>(as);
        sorted.sort(null);
        assertEquals(sorted, as);
        assertEquals("D001", as.get(0).driverId());
        assertEquals(as.get(0).driverId() + "-" + as.get(0).day().abbreviation(), as.get(0).blockId());
        // D001 starts on the first day with work, at its earliest block start.
        int firstDay = f.instances().get(0).day().ordinal();
        assertEquals(firstDay, as.get(0).day().ordinal());
    }

    @Test
    void crossMidnightTourKeepsRestToItsRealEnd() {
        // Do 22:00-06:00 ends Friday 06:00: Fr 16:59 is too early, Fr 17:00 just fine.
        Forecast early = Forecast.of(List.of(tour(Weekday.DO, "22:00", "06:00", 1), tour(Weekday.FR, "16:59", "20:00", 1)));
        Forecast ok = Forecast.of(List.of(tour(Weekday.DO, "22:00", "06:00", 1), tour(Weekday.FR, "17:00", "20:00", 1)));
        assertEquals(2, solve(early).drivers());
        assertEquals(1, solve(ok).drivers());
        Assignment a = solve(ok).plan().assignments().get(0);
        assertTrue(a.crossesMidnight());
        assertEquals(22 * 60, a.startMinute());
        assertEquals(30 * 60, a.endMinute());
    }

    @Test
    void springForwardShortensTheNight() {
        // 2026-03-29 (Sunday) 02:00 -> 03:00: Sa 22:00 to So 09:00 is 11 h on the wall clock, 10 h really.
        LocalDate anchor = LocalDate.of(2026, 3, 23);
        Forecast f = Forecast.of(anchor, Forecast.DEFAULT_ZONE,
                List.of(tour(Weekday.SA, "14:00", "22:00", 1), tour(Weekday.SO, "09:00", "12:00", 1)));
        SolveResult r = solve(f);
        assertEquals(2, r.drivers());
        assertEquals(List.of(), PlanRules.violations(f, r.plan(), RULES));
        Forecast g = Forecast.of(anchor, Forecast.DEFAULT_ZONE,
                List.of(tour(Weekday.SA, "14:00", "22:00", 1), tour(Weekday.SO, "10:00", "12:00", 1)));
        assertEquals(1, solve(g).drivers());
    }

    @Test
    void fallBackLengthensTheNight() {
        // 2026-10-25 (Sunday) 03:00 -> 02:00: Sa 23:00 to So 09:00 is 10 h on the wall clock, 11 h really.
        LocalDate anchor = LocalDate.of(2026, 10, 19);
        Forecast f = Forecast.of(anchor, Forecast.DEFAULT_ZONE,
                List.of(tour(Weekday.SA, "15:00", "23:00", 1), tour(Weekday.SO, "09:00", "12:00", 1)));
        SolveResult r = solve(f);
        assertEquals(1, r.drivers());
        assertEquals(List.of(), PlanRules.violations(f, r.plan(), RULES));
        // A tour across the switch lasts an hour longer than its wall-clock times say.
        Forecast g = Forecast.of(anchor, Forecast.DEFAULT_ZONE, List.of(tour(Weekday.SA, "22:00", "06:00", 1)));
        assertEquals(9 * 60, solve(g).plan().kpis().totalWorkMinutes());
    }

    @Test
    void weeklyCapRaisesTheBound() {
        // Six 10 h tours, one a day: rest allows one driver, the 55 h cap allows five tours.
        List<TourTemplate> ts = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            ts.add(tour(Weekday.values()[d], "06:00", "16:00", 1));
        }
        SolveResult r = solve(Forecast.of(ts));
        assertEquals(2, r.drivers());
        assertEquals(2, r.lowerBound());
        // 60 h of work: at most one driver reaches 40 h, so one part-timer is proven necessary.
        assertEquals(1, r.plan().kpis().ptDrivers());
        assertEquals(1, r.ptLowerBound());
        assertEquals(SolveStatus.PART_TIME_OPTIMAL, r.status());
        assertEquals(List.of(ObjectiveLevel.DRIVERS, ObjectiveLevel.PART_TIME, ObjectiveLevel.SPLITS), r.provenLevels());
    }

    @Test
    void standaloneStagesAgreeWithTheSolve() {
        Forecast f = mediumWeek();
        SolveResult r = solve(f);
        assertEquals(r.plan().lowerBoundCertificate(), Solvers.lowerBound(f, RULES));
        assertTrue(Solvers.legalBlockCount(f, RULES) >= f.templates().size());
    }

    @Test
    void objectiveOrderIsHonoured() {
        Forecast f = Weeks.random(12, 600, new int[] {270}, Forecast.DEFAULT_WEEK_ANCHOR);
        // An FTE threshold of 0 makes part-time 0 in both orders, so the block levels alone differ.
        RuleSet r = RULES;
        RuleSet noPartTime = r.toBuilder().fteMinMinutes(0).build();
        RuleSet singlesFirst = noPartTime.toBuilder().objectiveOrder(List.of(io.solvereign.api.model.ObjectiveLevel.PART_TIME,
                io.solvereign.api.model.ObjectiveLevel.SINGLES, io.solvereign.api.model.ObjectiveLevel.SPLITS)).build();
        SolveResult a = Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(400_000).ruleSet(noPartTime).build());
        SolveResult b = Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(400_000).ruleSet(singlesFirst).build());
        assertEquals(List.of(), PlanRules.violations(f, b.plan(), singlesFirst));
        assertEquals(a.drivers(), b.drivers());
        assertTrue(b.plan().kpis().singles() < a.plan().kpis().singles(), a.cost() + " vs " + b.cost());
        assertTrue(b.plan().kpis().doublesSplit() > a.plan().kpis().doublesSplit(), a.cost() + " vs " + b.cost());
        assertEquals(LexCost.of(b.drivers(), b.plan().kpis().ptDrivers(), b.plan().kpis().singles(),
                b.plan().kpis().doublesSplit()), b.cost());
    }

    @Test
    void splitPairStaysTogether() {
        Forecast f = Forecast.of(List.of(split(Weekday.DI, "06:00", "10:00", "15:00", "19:00", 3),
                tour(Weekday.DI, "10:30", "14:30", 2), tour(Weekday.MI, "08:00", "12:00", 4)));
        SolveResult r = solve(f);
        assertEquals(List.of(), PlanRules.violations(f, r.plan(), RULES));
        assertEquals(3, r.plan().kpis().doublesSplit());
    }

    @Test
    void unplannableToursAreExplainedAndTheRestIsPlanned() {
        Forecast f = Forecast.of(List.of(split(Weekday.DI, "06:00", "10:00", "11:00", "15:00", 1),
                tour(Weekday.MI, "08:00", "12:00", 2)));
        SolveResult r = solve(f);
        assertEquals(SolveStatus.INFEASIBLE, r.status());
        assertEquals(1, r.infeasibilities().size());
        assertEquals("SPLIT_BREAK", r.infeasibilities().get(0).rule());
        assertEquals(List.of("Di-0600-1000+1100-1500-01a", "Di-0600-1000+1100-1500-01b"),
                r.infeasibilities().get(0).instanceIds());
        assertEquals(2, r.plan().kpis().tours());
    }

    @Test
    void emptyForecastGivesEmptyPlan() {
        SolveResult r = solve(Forecast.of(List.of()));
        assertEquals(0, r.drivers());
        assertEquals(0, r.lowerBound());
        assertEquals(SolveStatus.OPTIMAL, r.status());
    }

    @Test
    void listenerSeesPhasesInOrderAndTheBound() {
        List<String> events = new ArrayList<>();
        SolveListener l = new SolveListener() {
            @Override
            public void phaseStarted(String phase) {
                events.add(phase);
            }

            @Override
            public void boundImproved(int drivers) {
                events.add("bound " + drivers);
            }

            @Override
            public void betterPlanFound(LexCost cost) {
                events.add("plan");
            }
        };
        Forecast f = mediumWeek();
        SolveResult r = Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(100_000).listener(l).build());
        List<String> phases = events.stream().filter(e -> !e.startsWith("bound ") && !e.equals("plan")).toList();
        // More selections (select, assign) run only when part-time is forced and not proven: the block levels
        // swapped, then the full-time selection while part-time is still above its bound.
        List<String> expected = new java.util.ArrayList<>(List.of("blocks", "bound", "select", "assign"));
        for (String extra : List.of("select-pt", "select-ft")) {
            if (r.stats().phaseWork().containsKey(extra)) {
                expected.addAll(List.of("select", "assign"));
            }
        }
        expected.add("verify");
        assertEquals(expected, phases);
        assertTrue(events.contains("bound " + r.lowerBound()));
        assertEquals("plan", events.get(events.size() - 1));
    }

    @Test
    void workIsCountedNotTimed() {
        Forecast f = mediumWeek();
        SolveResult r = Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(30_000).build());
        assertEquals(30_000, r.stats().phaseWork().get("select"));
        assertEquals(30_000, r.stats().phaseWork().getOrDefault("select-pt", 30_000L));
        assertFalse(r.stats().safetyCapFired());
        assertEquals(30_000, r.stats().workBudget());
    }

    @Test
    void safetyCapFiresAndThePlanIsStillLegal() {
        Forecast f = mediumWeek();
        SolveResult r = Solvers.create().solve(SolveRequest.newBuilder(f).safetyCap(Duration.ofNanos(1)).build());
        assertTrue(r.stats().safetyCapFired());
        assertEquals(List.of(), PlanRules.violations(f, r.plan(), RULES));
    }

    @Test
    void requestValidation() {
        Forecast f = mediumWeek();
        assertThrows(IllegalArgumentException.class, () -> SolveRequest.newBuilder(f).workBudget(-1));
        assertThrows(IllegalArgumentException.class, () -> SolveRequest.newBuilder(f).safetyCap(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> SolveRequest.newBuilder(null));
    }
}
