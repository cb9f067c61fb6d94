package io.solvereign.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Random small forecasts: every plan obeys every hard rule, and line order never matters. */
class SolverPropertiesTest {
    private static Forecast smallWeek(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<TourTemplate> ts = new ArrayList<>();
        int n = 1 + r.nextInt(25);
        for (int k = 0; k < n; k++) {
            Weekday d = Weekday.values()[r.nextInt(7)];
            int start = 15 * r.nextInt(96);
            int len = 15 * (4 + r.nextInt(44));
            if (r.nextInt(8) == 0 && start + 2 * len + 300 < 1440) {
                int s2 = start + len + 240 + 15 * r.nextInt(9);
                ts.add(new TourTemplate(new Fingerprint(d, List.of(new TimeRange(start, start + len),
                        new TimeRange(s2, s2 + len)), "", ""), 1 + r.nextInt(2), 0));
            } else {
                ts.add(TourTemplate.of(d, new TimeRange(start, start + len), 1 + r.nextInt(6)));
            }
        }
        return Forecast.of(ts);
    }

    @Property(tries = 60)
    void everyPlanIsLegalAndAboveTheBound(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Forecast f = smallWeek(seed);
        SolveResult r = Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(20_000).seed(seed).build());
        java.util.Set<String> unplannable = new java.util.TreeSet<>();
        r.infeasibilities().forEach(i -> unplannable.addAll(i.instanceIds()));
        assertEquals(List.of(), PlanRules.violations(f, r.plan(), RuleSet.defaults(), unplannable));
        assertTrue(r.drivers() >= r.lowerBound(), r.drivers() + " < " + r.lowerBound());
        assertEquals(f.instances().size() - unplannable.size(), r.plan().assignments().size());
    }

    @Property(tries = 30)
    void permutingLinesKeepsTheOutputHash(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Forecast f = smallWeek(seed);
        List<TourTemplate> shuffled = new ArrayList<>(f.templates());
        Collections.shuffle(shuffled, new java.util.Random(seed));
        Forecast g = Forecast.of(f.weekAnchor(), f.zone(), shuffled);
        SolveRequest.Builder a = SolveRequest.newBuilder(f).workBudget(20_000);
        SolveRequest.Builder b = SolveRequest.newBuilder(g).workBudget(20_000);
        assertEquals(Solvers.create().solve(a.build()).plan().outputHash(),
                Solvers.create().solve(b.build()).plan().outputHash());
    }
}
