package io.solvereign.engine.assign;

import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Binds the selected blocks to drivers: day-by-day assignment with the smallest pool that works
 * (starting from the selection's driver count, one more at a time), then the part-time repair.
 * Drivers left without work are dropped.
 */
public final class RosterAssigner {
    private final LabourRules rules;
    private final int fte;
    private final TourTransfer transfer;
    /** Alternations of transfers and swaps. */
    private static final int TRANSFER_ROUNDS = 2;

    /** An assigner under the rules that keeps the selected blocks. */
    public RosterAssigner(RuleSet ruleSet) {
        this(ruleSet, null);
    }

    /**
     * An assigner under the rules that, after the swaps, also moves single tours between drivers'
     * blocks to lift part-timers over the FTE threshold (blocks change; see {@link TourTransfer}).
     *
     * @param transfer the transfer search, or null to keep the selected blocks
     */
    public RosterAssigner(RuleSet ruleSet, TourTransfer transfer) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        this.rules = LabourRules.of(ruleSet);
        this.fte = ruleSet.fteMinMinutes();
        this.transfer = transfer;
    }

    /**
     * Assigns all blocks.
     *
     * @param days        blocks per day index
     * @param drivers     first pool size to try
     * @param repairBudget move evaluations for the part-time repair
     * @param progress     called with (drivers working, part-time drivers) after the assignment and
     *                     after each part-time improvement
     */
    public Rosters assign(List<List<TourBlock>> days, int drivers, long repairBudget, Progress progress) {
        DayByDayAssigner dayByDay = new DayByDayAssigner(rules, fte);
        int n = Math.max(1, drivers);
        TourBlock[][] plan;
        while ((plan = dayByDay.assign(days, n)) == null) {
            n++;
        }
        PartTimeRepair swaps = new PartTimeRepair(rules, fte);
        long work = swaps.repair(plan, repairBudget, progress);
        if (transfer != null) {
            // Transfers open new swaps and the other way round; a few alternations settle it.
            for (int round = 0; round < TRANSFER_ROUNDS && work < 2 * repairBudget; round++) {
                long moved = transfer.improve(plan, repairBudget, progress);
                work += moved + swaps.repair(plan, repairBudget, progress);
            }
        }
        List<TourBlock[]> used = new ArrayList<>();
        for (TourBlock[] r : plan) {
            if (TourBlock.weekMinutes(r) > 0) {
                used.add(r);
            }
        }
        return new Rosters(used, n, work);
    }

    /** Receives (drivers working, part-time drivers) figures while part-time is searched. */
    @FunctionalInterface
    public interface Progress {
        /** One progress figure. */
        void accept(int drivers, int partTime);
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
