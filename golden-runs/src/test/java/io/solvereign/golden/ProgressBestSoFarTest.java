package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveListener;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.Forecast;
import io.solvereign.fixtures.ShortWeek;
import io.solvereign.fixtures.ShortWeekShape;
import io.solvereign.engine.Solvers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The progress a caller hears is the best so far: on a short week (where the engine selects and assigns
 * twice) every assigned plan reported is at least as good as the ones before it, selections are no longer
 * reported once a plan exists, and the last report is the returned plan's cost.
 */
class ProgressBestSoFarTest {
    @Test
    void reportedPlansNeverGetWorseAndTheLastIsTheResult() {
        Forecast f = ShortWeek.generate(ShortWeekShape.HOLIDAY_DO_270, 1).forecast();
        List<String> phases = new ArrayList<>();
        List<LexCost> plans = new ArrayList<>();
        List<LexCost> selectionsAfterAPlan = new ArrayList<>();
        SolveListener recorder = new SolveListener() {
            private String phase = "";

            @Override
            public void phaseStarted(String p) {
                phase = p;
                phases.add(p);
            }

            @Override
            public void betterPlanFound(LexCost cost) {
                if (!phase.equals("select")) {
                    plans.add(cost);
                } else if (!plans.isEmpty()) {
                    selectionsAfterAPlan.add(cost);
                }
            }
        };
        SolveResult res = Solvers.create().solve(SolveRequest.newBuilder(f).seed(GoldenSolves.SEED).listener(recorder).build());
        assertTrue(phases.stream().filter("select"::equals).count() >= 2,
                "the week no longer selects twice, so this test shows nothing: " + phases);
        assertEquals(res.cost(), plans.get(plans.size() - 1), "the last report is the returned plan");
        // Before the final plan: part-time (level 2) and drivers never rise between reports.
        for (int i = 1; i < plans.size() - 1; i++) {
            assertTrue(plans.get(i).compareTo(plans.get(i - 1)) <= 0, "report " + i + " of " + plans.size() + ": "
                    + plans.get(i - 1) + " then " + plans.get(i));
        }
        assertEquals(List.of(), selectionsAfterAPlan, "selections reported after a plan existed");
    }
}
