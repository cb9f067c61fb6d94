package io.solvereign.engine.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.Weeks;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.select.BlockSelector;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sweep used for large pools against the dense assignment on the same selected blocks. */
class DayByDayAssignerTest {
    private static final RuleSet RULES = RuleSet.defaults();

    private static int smallestPool(DayByDayAssigner a, List<List<TourBlock>> days, int from) {
        int n = from;
        while (a.assign(days, n) == null) {
            n++;
        }
        return n;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theSweepNeedsNoMoreDriversThanTheDenseAssignmentAndItsRostersAreLegal(long seed) {
        Forecast f = Weeks.random(seed, 400, new int[] {240, 270, 300}, Forecast.DEFAULT_WEEK_ANCHOR);
        WeekTours w = WeekTours.of(f, Set.of());
        BlockSelector.Selection sel = new BlockSelector(w, RULES).select(1, 20_000, seed, () -> false, l -> { });
        LabourRules rules = LabourRules.of(RULES);
        DayByDayAssigner dense = new DayByDayAssigner(rules, RULES.fteMinMinutes(), Integer.MAX_VALUE);
        DayByDayAssigner sweep = new DayByDayAssigner(rules, RULES.fteMinMinutes(), 0);
        int n = smallestPool(dense, sel.days(), sel.drivers());
        TourBlock[][] plan = sweep.assign(sel.days(), n);
        assertNotNull(plan, "seed " + seed + ": the sweep fails at the dense pool " + n);
        List<TourBlock[]> rosters = new ArrayList<>(List.of(plan));
        PlanVerifier.verify(w, RULES, rosters);
        int blocks = 0;
        int assigned = 0;
        for (List<TourBlock> d : sel.days()) {
            blocks += d.size();
        }
        for (TourBlock[] r : plan) {
            for (TourBlock b : r) {
                assigned += b == null ? 0 : 1;
            }
        }
        assertEquals(blocks, assigned);
    }
}
