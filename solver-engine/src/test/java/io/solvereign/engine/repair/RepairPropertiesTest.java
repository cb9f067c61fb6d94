package io.solvereign.engine.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.FreezeWindow;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.repair.RepairRequest;
import io.solvereign.api.repair.RepairResult;
import io.solvereign.engine.PlanRules;
import io.solvereign.engine.Repairs;
import io.solvereign.engine.Solvers;
import io.solvereign.engine.Weeks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random weeks (split lines, late tours), random absences per day, a random moment and sometimes
 * an override: the repair either refuses the override with ILLEGAL_OVERRIDE or returns a plan that
 * covers everything, breaks no rule, keeps every pinned instance and moves every tour that must move.
 */
class RepairPropertiesTest {

    @Property(tries = 12)
    void repairsAreLegalAndKeepFrozenWork(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Forecast f = Weeks.random(r.nextLong(), 60 + r.nextInt(120), new int[] {180, 240, 270, 330},
                Forecast.DEFAULT_WEEK_ANCHOR);
        Plan base = Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(20_000).build()).plan();
        List<String> drivers = new ArrayList<>(new TreeSet<>(RepairFixtures.drivers(base).values()));
        Instant now = f.weekStart().plus(Duration.ofMinutes(r.nextInt(7 * 1440)));
        RepairRequest.Builder b = RepairRequest.newBuilder(f, base, now);
        for (int k = 0; k < 1 + r.nextInt(3); k++) {
            EnumSet<Weekday> days = EnumSet.noneOf(Weekday.class);
            for (Weekday d : Weekday.values()) {
                if (r.nextInt(3) == 0) {
                    days.add(d);
                }
            }
            b.absent(drivers.get(r.nextInt(drivers.size())), days);
        }
        List<FreezeOverride> overrides = new ArrayList<>();
        if (r.nextBoolean()) {
            Assignment a = base.assignments().get(r.nextInt(base.assignments().size()));
            overrides.add(new FreezeOverride(a.tourInstanceId(), drivers.get(r.nextInt(drivers.size())), "prop",
                    "random"));
            b.overrides(overrides);
        }
        RepairRequest req = b.build();
        RepairResult res;
        try {
            res = Repairs.create().repair(req);
        } catch (SolvereignException e) {
            assertEquals(ErrorCode.ILLEGAL_OVERRIDE, e.code(), e.getMessage());
            assertTrue(!overrides.isEmpty());
            return;
        }
        assertEquals(List.of(), PlanRules.violations(f, res.plan(), base.ruleSet()));
        assertEquals(f.instances().size(), res.plan().assignments().size());
        assertEquals(List.of(), FreezeWindow.at(now, base.ruleSet()).violations(f, base.assignments(), overrides,
                res.plan().assignments()));
        var after = RepairFixtures.drivers(res.plan());
        for (Assignment a : base.assignments()) {
            boolean pinned = FreezeWindow.isFrozen(f.instances().stream()
                    .filter(t -> t.id().equals(a.tourInstanceId())).findFirst().orElseThrow(), now, base.ruleSet())
                    || overrides.stream().anyMatch(o -> o.instanceId().equals(a.tourInstanceId()));
            if (req.isAbsent(a.driverId(), a.day()) && !pinned) {
                assertTrue(!a.driverId().equals(after.get(a.tourInstanceId())), a.tourInstanceId());
            }
        }
        assertEquals(res.plan(), Repairs.create().repair(req).plan(), "deterministic");
        Set<String> moved = new TreeSet<>(res.churn().movedInstanceIds());
        assertEquals(moved.size(), res.moves().size());
    }
}
