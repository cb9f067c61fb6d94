package io.solvereign.engine.assign;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.List;

/**
 * The engine's own last check before a plan leaves it: every plannable instance covered exactly
 * once, every block re-classified from its tours' times (same day, legal type equal to its label,
 * split pairs kept together), every roster legal under the week rules. A failure is a solver bug,
 * so it throws {@link IllegalStateException}; the independent audit lives in another module.
 */
public final class PlanVerifier {
    private PlanVerifier() {
    }

    /**
     * Verifies the rosters.
     *
     * @throws IllegalStateException naming the first broken rule
     */
    public static void verify(WeekTours w, RuleSet ruleSet, List<TourBlock[]> rosters) {
        LabourRules rules = LabourRules.of(ruleSet);
        int[] seen = new int[w.size()];
        int[] s = new int[3];
        int[] e = new int[3];
        for (int r = 0; r < rosters.size(); r++) {
            TourBlock[] week = rosters.get(r);
            if (week.length != WeekTours.DAYS) {
                throw new IllegalStateException("roster " + r + " has " + week.length + " days");
            }
            for (int d = 0; d < WeekTours.DAYS; d++) {
                TourBlock b = week[d];
                if (b == null) {
                    continue;
                }
                if (b.day != d || b.size() > 3) {
                    throw new IllegalStateException("roster " + r + ": block " + b + " filed under day " + d);
                }
                for (int k = 0; k < b.size(); k++) {
                    int i = b.tour(k);
                    seen[i]++;
                    s[k] = w.start[i];
                    e[k] = w.end[i];
                    if (w.day[i] != d || (k > 0 && w.start[i] < w.start[b.tour(k - 1)])) {
                        throw new IllegalStateException("roster " + r + ": tour " + w.instances[i].id()
                                + " out of place in block " + b);
                    }
                    int p = w.partner[i];
                    if (p >= 0 && !(b.size() == 2 && (b.tour(0) == p || b.tour(1) == p))) {
                        throw new IllegalStateException("split pair " + w.instances[i].id() + " separated");
                    }
                }
                BlockType t = rules.classify(s, e, b.size());
                if (t != b.type) {
                    throw new IllegalStateException("roster " + r + ": block " + b + " is " + t + " by its times");
                }
            }
            String v = rules.violation(week);
            if (v != null) {
                throw new IllegalStateException("roster " + r + ": " + v);
            }
        }
        for (int i = 0; i < w.size(); i++) {
            if (seen[i] != 1) {
                throw new IllegalStateException("tour " + w.instances[i].id() + " covered " + seen[i] + " times");
            }
        }
    }
}
