package io.solvereign.engine.select;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.Golden;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectExperimentTest {
    @Test
    void wien() {
        Forecast f = Golden.wien();
        WeekTours w = WeekTours.of(f, Set.of());
        for (int target : new int[] {142}) {
            for (long budget : new long[] {Long.getLong("budget", 2_000_000L)}) {
                long t = System.nanoTime();
                var sel = new BlockSelector(w, RuleSet.defaults()).select(target, budget, 1, () -> false, c -> { });
                long ms = (System.nanoTime() - t) / 1_000_000;
                int[] mix = new int[4];
                for (List<TourBlock> d : sel.days()) {
                    for (TourBlock b : d) {
                        mix[b.type.ordinal()]++;
                    }
                }
                System.out.println("target " + target + " budget " + budget + " -> N=" + sel.drivers() + " mix 1er/2reg/2split/3er "
                        + mix[0] + "/" + mix[1] + "/" + mix[2] + "/" + mix[3] + " in " + ms + " ms");
                t = System.nanoTime();
                var r = new io.solvereign.engine.assign.RosterAssigner(RuleSet.defaults()).assign(sel.days(), sel.drivers(), 10_000_000);
                ms = (System.nanoTime() - t) / 1_000_000;
                int pt = 0;
                int min = Integer.MAX_VALUE;
                for (TourBlock[] ro : r.rosters()) {
                    int m = io.solvereign.engine.assign.RosterRules.minutes(ro);
                    pt += m < 2400 ? 1 : 0;
                    min = Math.min(min, m);
                }
                System.out.println("assigned: drivers " + r.rosters().size() + " pool " + r.poolSize() + " pt " + pt + " min " + min + " repair work " + r.repairWork() + " in " + ms + " ms");
            }
        }
    }
}
