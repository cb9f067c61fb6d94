package io.solvereign.engine.assign;

import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Binds the selected blocks to drivers: day-by-day assignment with the smallest pool that works
 * (starting from the selection's driver count, one more at a time), then the part-time repair.
 * Drivers left without work are dropped.
 */
public final class RosterAssigner {
    private final LabourRules rules;
    private final RuleSet ruleSet;
    private final int fte;
    private final TourTransfer transfer;
    /** Alternations of transfers and swaps. */
    private static final int TRANSFER_ROUNDS = 2;
    /**
     * Work of the re-matchings (cells, see {@link DayCutRematch}) per squared pool size, up to {@link #REMATCH_SQUARED_UP_TO}.
     * At 1,000 the short weeks stopped on the budget while rounds still gained (lopsided-five-240 136 part-timers,
     * lopsided-four-270 340); at 3,000 they converge there (134, 337) and no measured week ends worse.
     */
    static final long REMATCH_PER_DRIVER_SQUARED = 3000;
    /**
     * Pool size up to which the re-matchings' budget grows with its square; above, linearly, so a
     * large pool's solve stays near-linear (each cut costs pool x pieces, so fewer cuts run there).
     */
    static final int REMATCH_SQUARED_UP_TO = 500;
    /** Cut times per day for day tails and for week tails (a week tail's assignment is the larger one). */
    private static final int DAY_CUTS = 14;
    private static final int WEEK_CUTS = 4;
    /**
     * Cut times per day for day middles; every pair of them, and each with the day's end, is one
     * re-matching (21 a day). A middle can put a tour between a driver's two (a split and a tour make a
     * 3er), which no tail or head exchange does; on a 4-day week of 4 h tours every full-timer needs a
     * 3er on the third or the fourth day, so the 3ers there cap full time.
     */
    private static final int MIDDLE_CUTS = 6;
    /** Largest pool the re-matchings run on (an exact assignment, where one runs, is cubic in the pool). */
    static final int REMATCH_LIMIT = 2500;

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
        this.ruleSet = ruleSet;
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
        int transferred = -1;
        if (transfer != null) {
            // Transfers open new swaps and the other way round; a few alternations settle it.
            for (int round = 0; round < TRANSFER_ROUNDS && work < 2 * repairBudget; round++) {
                long moved = transfer.improve(plan, repairBudget, progress);
                work += moved + swaps.repair(plan, repairBudget, progress);
            }
            transferred = TourBlock.partTimeDrivers(plan, fte);
            if (plan.length <= REMATCH_LIMIT && transferred > 0) {
                // The re-matchings weigh only drivers and part-time, so blocks may get worse on the later
                // levels: their plan is kept only when it has fewer drivers or part-timers.
                TourBlock[][] kept = copy(plan);
                long[] before = {TourBlock.workingDrivers(plan), TourBlock.partTimeDrivers(plan, fte)};
                work += rematch(plan, repairBudget, progress, swaps);
                if (Arrays.compare(new long[] {TourBlock.workingDrivers(plan), TourBlock.partTimeDrivers(plan, fte)}, before) >= 0) {
                    plan = kept;
                }
            }
        }
        List<TourBlock[]> used = new ArrayList<>();
        for (TourBlock[] r : plan) {
            if (TourBlock.weekMinutes(r) > 0) {
                used.add(r);
            }
        }
        return new Rosters(used, n, work, transferred);
    }

    /**
     * The exact re-matchings while part-timers are left: tails and heads (and, on weeks of one tour
     * length, middles) of a day's blocks, stretches of days, tails of the week, each round followed by
     * transfers and swaps, until a round lowers neither drivers nor part-time or
     * {@value #REMATCH_PER_DRIVER_SQUARED} x drivers x min(drivers, {@value #REMATCH_SQUARED_UP_TO}) cells
     * are spent (at least the repair budget).
     */
    private long rematch(TourBlock[][] plan, long repairBudget, Progress progress, PartTimeRepair swaps) {
        long budget = Math.max(repairBudget, REMATCH_PER_DRIVER_SQUARED * plan.length
                * Math.min(plan.length, REMATCH_SQUARED_UP_TO));
        DayCutRematch dayTails = new DayCutRematch(transfer.week(), ruleSet, DayCutRematch.Piece.DAY_TAIL, DAY_CUTS);
        DayCutRematch dayHeads = new DayCutRematch(transfer.week(), ruleSet, DayCutRematch.Piece.DAY_HEAD, DAY_CUTS);
        // Only on weeks of one tour length (full time is then a count of tours in a few day patterns and the
        // 3ers of certain days cap it); on mixed lengths the middles gained no part-time on the measured
        // weeks and left more splits.
        DayCutRematch middles = transfer.week().oneTourLength()
                ? new DayCutRematch(transfer.week(), ruleSet, DayCutRematch.Piece.DAY_MIDDLE, MIDDLE_CUTS) : null;
        DayCutRematch weekTails = new DayCutRematch(transfer.week(), ruleSet, DayCutRematch.Piece.WEEK_TAIL, WEEK_CUTS);
        SegmentRematch stretches = new SegmentRematch(rules, fte);
        long work = 0;
        long[] before = {Long.MAX_VALUE, Long.MAX_VALUE};
        long[] now = {TourBlock.workingDrivers(plan), TourBlock.partTimeDrivers(plan, fte)};
        while (Arrays.compare(now, before) < 0 && now[1] > 0 && work < budget) {
            before = now;
            work += dayTails.improve(plan, budget - work, progress);
            work += dayHeads.improve(plan, Math.max(1, budget - work), progress);
            if (middles != null) {
                work += middles.improve(plan, Math.max(1, budget - work), progress);
            }
            work += stretches.improve(plan, Math.max(1, budget - work), progress);
            work += weekTails.improve(plan, Math.max(1, budget - work), progress);
            work += transfer.improve(plan, repairBudget, progress);
            work += swaps.repair(plan, repairBudget, progress);
            now = new long[] {TourBlock.workingDrivers(plan), TourBlock.partTimeDrivers(plan, fte)};
        }
        return work;
    }

    private static TourBlock[][] copy(TourBlock[][] plan) {
        TourBlock[][] out = new TourBlock[plan.length][];
        for (int i = 0; i < plan.length; i++) {
            out[i] = plan[i].clone();
        }
        return out;
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
     * @param partTimeBeforeRematch part-time drivers after swaps and transfers, before the exact
     *                              re-matchings (-1 without transfers)
     */
    public record Rosters(List<TourBlock[]> rosters, int poolSize, long repairWork, int partTimeBeforeRematch) {
    }
}
