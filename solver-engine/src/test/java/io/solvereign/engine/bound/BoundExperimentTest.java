package io.solvereign.engine.bound;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.Golden;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.block.BlockRules;
import io.solvereign.engine.internal.WeekTours;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoundExperimentTest {
    @Test
    void wien() {
        Forecast f = Golden.wien();
        WeekTours w = WeekTours.of(f, Set.of());
        for (int rep = 0; rep < 3; rep++) {
            long t = System.nanoTime();
            BlockCatalog cat = BlockCatalog.generate(w, new BlockRules(RuleSet.defaults()));
            RosterNetwork net = new RosterNetwork(w, cat, RuleSet.defaults());
            var r = LowerBound.compute(w, net, 20000, () -> false, b -> System.out.println("  bound " + b));
            System.out.println("bound " + r.certificate().drivers() + " pivots " + r.pivots() + " solved " + r.lpSolved()
                    + " C=" + r.certificate().coveredWeight() + " M=" + r.certificate().maxRosterWeight()
                    + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
    }
}
