package io.solvereign.engine.select;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Chooses the blocks of every day: starts from greedy chains at their own minimal headcount, then
 * anneals with the headcount lowered by one each time the Hall excess reaches 0, down to the
 * target (the certified bound) or until half the budget is spent, always keeping the best
 * feasible chains; the rest of the budget lowers the later levels (splits, singles, in the rule
 * set's order) with the excess held at 0 by its weight. Deterministic for a seed; work is counted
 * in move evaluations.
 */
public final class BlockSelector {
    /** Start and end temperature in energy units (one single = 1, one split = 8, one excess = 64). */
    private static final double T0 = 3.0;
    private static final double T1 = 0.01;
    /** Energy of one full-time driver more for the full-time selector (its splits and singles weigh 1). */
    private static final double FULL_TIME_WEIGHT = 32;
    private final WeekTours week;
    private final RuleSet rules;
    private final BlockType[] order;
    private final boolean fullTime;

    /** A selector for the week under the rules, lowering splits and singles in the rule set's order. */
    public BlockSelector(WeekTours week, RuleSet rules) {
        this(week, rules, levelTypes(rules));
    }

    /**
     * A selector that lowers the given block types in this order after the headcount.
     *
     * @param order two block types, the first ranked above the second
     */
    public BlockSelector(WeekTours week, RuleSet rules, BlockType[] order) {
        this(week, rules, order, false);
    }

    private BlockSelector(WeekTours week, RuleSet rules, BlockType[] order, boolean fullTime) {
        this.week = Objects.requireNonNull(week, "week");
        this.rules = Objects.requireNonNull(rules, "rules");
        if (order.length != 2) {
            throw new IllegalArgumentException("order needs two block types, has " + order.length);
        }
        this.order = order.clone();
        this.fullTime = fullTime;
    }

    /**
     * The two block types this selector lowers after the headcount, the first ranked above the
     * second; a selection's {@link Selection#levels()} count them in this order.
     *
     * @return a copy of the order
     */
    public BlockType[] order() {
        return order.clone();
    }

    /**
     * A selector for weeks that force part-timers: once the headcount is reached it raises the
     * number of drivers that could reach the FTE threshold with the selected blocks (counted per day
     * and size, with the rest rule between consecutive days; see {@code FullTimePotential}), ranked
     * above the block levels, and lowers splits and singles together, each block of either type
     * weighing the same (ranking one far above the other trades it for the other, and either way too
     * few drivers collect a full-time week). On weeks whose tours differ in length the count is not
     * offered and only the levels are lowered.
     */
    public static BlockSelector fullTime(WeekTours week, RuleSet rules) {
        return new BlockSelector(week, rules, levelTypes(rules), true);
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
        LabourRules labour = LabourRules.of(rules);
        Chains chains = new Chains(week, labour);
        chains.greedy();
        PairLoads loads = new PairLoads(week, labour, 1);
        chains.register(loads);
        ChainSearch search = new ChainSearch(chains, loads, new SplittableRandom(seed), order[0], order[1]);
        FullTimePotential ft = null;
        if (fullTime) {
            search.wA = search.wB;
            ft = FullTimePotential.of(week, rules);
            search.wFullTime = FULL_TIME_WEIGHT;
        }
        // The greedy chains are feasible for their own minimal headcount: the first best.
        int n = Math.max(loads.minimalDrivers(), 0);
        loads.setDrivers(n);
        int bestN = n;
        int[] bestNext = chains.next.clone();
        long[] best = key(n, search);
        improved.accept(levels(best));
        long descendBudget = budget / 2;
        long work = 0;
        boolean stopped = false;
        double temp = T0;
        while (work < budget) {
            if ((work & 1023) == 0) {
                if (stop.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                // Geometric cooling over the budget; StrictMath keeps it bit-identical on every JVM.
                temp = T0 * StrictMath.pow(T1 / T0, (double) work / budget);
            }
            if (loads.excess() == 0) {
                long[] cur = key(n, search);
                if (java.util.Arrays.compare(cur, best) < 0) {
                    best = cur;
                    bestN = n;
                    bestNext = chains.next.clone();
                    improved.accept(levels(cur));
                }
                if (n > target && work < descendBudget) {
                    // Feasible at n: try one driver fewer.
                    n--;
                    loads.setDrivers(n);
                    if (search.fullTime != null) {
                        ft.reset(chains, n);
                    }
                }
            } else if (n < bestN && work >= descendBudget) {
                // Out of descent budget below the best headcount: go back to the best chains.
                n = bestN;
                restore(chains, bestNext, loads, n);
                if (search.fullTime != null) {
                    ft.reset(chains, n);
                }
            }
            if (ft != null && search.fullTime == null
                    && (work >= descendBudget || n == target && loads.excess() == 0)) {
                // The headcount is settled: from now on full-time drivers count in the energy.
                ft.reset(chains, n);
                search.fullTime = ft;
            }
            search.step(temp);
            work++;
        }
        restore(chains, bestNext, loads, bestN);
        long[] levels = levels(best);
        return new Selection(chains.blocks(), bestN, work, stopped, levels[1], levels[2]);
    }

    /**
     * What a better selection means: {@code {drivers, levelA, levelB}}, or for the full-time selector
     * {@code {drivers, -full-time potential, levelA + levelB, levelA, levelB}}.
     */
    private long[] key(int drivers, ChainSearch search) {
        long a = search.levelA();
        long b = search.levelB();
        if (fullTime) {
            // More full-time drivers first (the LP value in thousandths, negated to compare ascending;
            // 0 while the headcount is still being lowered).
            long ft = search.fullTime == null ? 0 : -Math.round(search.fullTime.value() * 1000);
            return new long[] {drivers, ft, a + b, a, b};
        }
        return new long[] {drivers, a, b};
    }

    /** {@code {drivers, levelA, levelB}} of a key. */
    private long[] levels(long[] key) {
        int n = key.length;
        return new long[] {key[0], key[n - 2], key[n - 1]};
    }

    private static void restore(Chains chains, int[] next, PairLoads loads, int drivers) {
        System.arraycopy(next, 0, chains.next, 0, next.length);
        java.util.Arrays.fill(chains.prev, -1);
        for (int i = 0; i < next.length; i++) {
            if (next[i] >= 0) {
                chains.prev[next[i]] = i;
            }
        }
        loads.clear();
        chains.register(loads);
        loads.setDrivers(drivers);
    }

    /** The block types of the two levels after part-time, in the rule set's order. */
    public static BlockType[] levelTypes(RuleSet rules) {
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
     * @param levelA   blocks of the first block level after part-time (rule set's order)
     * @param levelB   blocks of the second
     */
    public record Selection(List<List<TourBlock>> days, int drivers, long work, boolean stopped, long levelA,
                            long levelB) {

        /** {@code {drivers, levelA, levelB}}. */
        public long[] levels() {
            return new long[] {drivers, levelA, levelB};
        }
    }
}
