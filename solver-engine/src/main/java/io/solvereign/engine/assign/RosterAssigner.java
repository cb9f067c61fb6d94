package io.solvereign.engine.assign;

import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.TourBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Binds the selected blocks to drivers: day-by-day assignment with the smallest pool that works
 * (starting from the selection's driver count, one more at a time), then the part-time repair.
 * Drivers left without work are dropped.
 */
public final class RosterAssigner {
    private final RosterRules rules;
    private final int fte;

    /** An assigner under the rules. */
    public RosterAssigner(RuleSet ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        this.rules = new RosterRules(ruleSet);
        this.fte = ruleSet.fteMinMinutes();
    }

    /**
     * Assigns all blocks.
     *
     * @param days        blocks per day index
     * @param drivers     first pool size to try
     * @param repairBudget move evaluations for the part-time repair
     */
    public Rosters assign(List<List<TourBlock>> days, int drivers, long repairBudget) {
        DayByDayAssigner dayByDay = new DayByDayAssigner(rules, fte);
        int n = Math.max(1, drivers);
        TourBlock[][] plan;
        while ((plan = dayByDay.assign(days, n)) == null) {
            n++;
        }
        long work = new PartTimeRepair(rules, fte).repair(plan, repairBudget);
        List<TourBlock[]> used = new ArrayList<>();
        for (TourBlock[] r : plan) {
            if (RosterRules.minutes(r) > 0) {
                used.add(r);
            }
        }
        return new Rosters(used, n, work);
    }

    /**
     * Rosters of the drivers that work.
     *
     * @param rosters    per driver, one block or null per day index
     * @param poolSize   the pool size the day-by-day assignment needed
     * @param repairWork move evaluations of the part-time repair
     */
    public record Rosters(List<TourBlock[]> rosters, int poolSize, long repairWork) {
    }
}
