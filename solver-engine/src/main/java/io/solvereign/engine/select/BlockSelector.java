package io.solvereign.engine.select;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.BlockRules;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Chooses the blocks of every day for a target driver count: starts from greedy chains, anneals
 * the Hall excess to 0 at the target (raising it by one when a stage's budget runs out), then
 * keeps annealing the later levels (splits, singles, in the rule set's order) with the excess
 * held at 0. Deterministic for a seed; work is counted in move evaluations.
 */
public final class BlockSelector {
    private final WeekTours week;
    private final RuleSet rules;

    /** A selector for the week under the rules. */
    public BlockSelector(WeekTours week, RuleSet rules) {
        this.week = Objects.requireNonNull(week, "week");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Runs the search.
     *
     * @param target   driver count to aim for (e.g. the certified bound)
     * @param budget   move evaluations allowed
     * @param seed     random seed
     * @param stop     polled now and then; true stops the search (wall-clock safety cap)
     * @param improved called with (drivers, levelA, levelB) of each new best feasible selection
     */
    public Selection select(int target, long budget, long seed, BooleanSupplier stop, Consumer<long[]> improved) {
        BlockType[] order = levelTypes(rules);
        Chains chains = new Chains(week, new BlockRules(rules));
        chains.greedy();
        PairLoads loads = new PairLoads(week, rules.minRestMinutes(), target);
        chains.register(loads);
        ChainSearch search = new ChainSearch(chains, loads, new SplittableRandom(seed), order[0], order[1]);
        int n = Math.max(target, 1);
        loads.setDrivers(n);
        long work = 0;
        int[] bestNext = null;
        long[] best = null;
        boolean stopped = false;
        // Stage budget for reaching zero excess at one driver count.
        long stageBudget = Math.max(1, budget / 4);
        long stageStart = 0;
        double t0 = 6.0;
        double t1 = 0.05;
        double temp = t0;
        while (work < budget) {
            if ((work & 1023) == 0) {
                if (stop.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                // Geometric cooling over the rest of the budget; StrictMath keeps it bit-identical on every JVM.
                double frac = (double) (work - stageStart) / (budget - stageStart);
                temp = t0 * StrictMath.pow(t1 / t0, frac);
            }
            search.step(temp);
            work++;
            if (loads.excess() == 0) {
                long[] cur = {n, search.levelA(), search.levelB()};
                if (best == null || java.util.Arrays.compare(cur, best) < 0) {
                    best = cur;
                    bestNext = chains.next.clone();
                    improved.accept(cur.clone());
                }
            } else if (best == null && work - stageStart >= stageBudget) {
                n++;
                loads.setDrivers(n);
                stageStart = work;
            }
        }
        if (best == null) {
            // Budget exhausted before zero excess: take the current chains at their minimal headcount.
            n = loads.minimalDrivers();
            bestNext = chains.next.clone();
            best = new long[] {n, search.levelA(), search.levelB()};
        }
        restore(chains, bestNext);
        return new Selection(chains.blocks(), (int) best[0], work, stopped);
    }

    private static void restore(Chains chains, int[] next) {
        System.arraycopy(next, 0, chains.next, 0, next.length);
        java.util.Arrays.fill(chains.prev, -1);
        for (int i = 0; i < next.length; i++) {
            if (next[i] >= 0) {
                chains.prev[next[i]] = i;
            }
        }
    }

    /** The block types of the two levels after part-time, in the rule set's order. */
    static BlockType[] levelTypes(RuleSet rules) {
        List<BlockType> out = new ArrayList<>();
        for (ObjectiveLevel l : rules.objectiveOrder()) {
            if (l == ObjectiveLevel.SPLITS) {
                out.add(BlockType.DOUBLE_SPLIT);
            } else if (l == ObjectiveLevel.SINGLES) {
                out.add(BlockType.SINGLE);
            }
        }
        return out.toArray(new BlockType[0]);
    }

    /**
     * The chosen blocks.
     *
     * @param days     blocks per day index, each list sorted
     * @param drivers  driver count the Hall condition holds for
     * @param work     move evaluations spent
     * @param stopped  true when the stop signal ended the search
     */
    public record Selection(List<List<TourBlock>> days, int drivers, long work, boolean stopped) {
    }
}
