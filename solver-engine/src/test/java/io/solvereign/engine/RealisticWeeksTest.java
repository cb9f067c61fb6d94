package io.solvereign.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Generated weeks of other sizes, day mixes and tour lengths: drivers within 1 of the certified bound. */
class RealisticWeeksTest {
    @ParameterizedTest(name = "seed {0}, {1} tours of {2} min")
    @CsvSource({
        "101, 550, 240 300",
        "102, 800, 180 240 300 360 480",
        "104, 1300, 360",
        "106, 550, 540 600 660",
        "108, 1050, 270",
        "113, 1050, 600",
        "117, 800, 240 300"})
    void withinOneOfTheBound(long seed, int tours, String lengths) {
        int[] lens = java.util.Arrays.stream(lengths.split(" ")).mapToInt(Integer::parseInt).toArray();
        Forecast f = Weeks.random(seed, tours, lens, Forecast.DEFAULT_WEEK_ANCHOR);
        SolveResult r = Solvers.create().solve(SolveRequest.newBuilder(f).workBudget(1_000_000).build());
        assertEquals(List.of(), PlanRules.violations(f, r.plan(), RuleSet.defaults()));
        assertTrue(r.drivers() <= r.lowerBound() + 1, r.drivers() + " drivers, bound " + r.lowerBound());
        assertTrue(r.drivers() >= r.lowerBound());
    }
}
