package io.solvereign.engine.assign;

import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import io.solvereign.engine.rules.WeekSoFar;
import java.util.List;

/**
 * Assigns each day's blocks to a fixed pool of drivers, day after day. Per day one min-cost
 * assignment (Hungarian) over drivers x (blocks + days off): a pair is allowed only when the week
 * rules let the driver take the block after his week so far ({@link LabourRules#allows}); its cost
 * {@code (w + m)^2 - w^2} for a driver with w minutes so far and a block of m minutes spreads the
 * work evenly, which keeps drivers above the FTE threshold. Off costs 0. Pools over
 * {@value #DENSE_LIMIT} drivers use a sweep over block starts instead (see {@code greedyDay}), which
 * keeps a large week near-linear (the dense method is cubic in the pool).
 */
final class DayByDayAssigner {
    private static final long FORBIDDEN = Long.MAX_VALUE / 16;
    /** Above any balancing cost per minute ({@code 2 w + m <= 2 cap + m}). */
    private static final long FILLER_PER_MINUTE = 1L << 20;
    /**
     * Largest pool solved by the dense O(n^3) assignment per day; larger pools use the
     * O(n log n) sweep of {@link #greedyDay}, which keeps the cost near-linear in the demand.
     */
    static final int DENSE_LIMIT = 600;

    private final LabourRules rules;
    private final int fte;
    private final int denseLimit;

    DayByDayAssigner(LabourRules rules, int fteMinutes) {
        this(rules, fteMinutes, DENSE_LIMIT);
    }

    /** An assigner that uses the dense assignment up to {@code denseLimit} drivers (tests compare both). */
    DayByDayAssigner(LabourRules rules, int fteMinutes, int denseLimit) {
        this.rules = rules;
        this.fte = fteMinutes;
        this.denseLimit = denseLimit;
    }

    /**
     * Assigns every block, or returns null when some day cannot be matched with {@code drivers} drivers.
     *
     * @param days    blocks per day index
     * @param drivers pool size
     * @return rosters[driver][day]
     */
    TourBlock[][] assign(List<List<TourBlock>> days, int drivers) {
        long total = 0;
        for (List<TourBlock> day : days) {
            for (TourBlock b : day) {
                total += b.minutes;
            }
        }
        // Only so many drivers can reach the FTE threshold; the others are fillers that take work
        // only when no candidate can, so that the work is not spread below the threshold.
        int candidates = fte <= 0 ? drivers : (int) Math.min(drivers, total / fte);
        TourBlock[][] plan = new TourBlock[drivers][WeekTours.DAYS];
        WeekSoFar[] weeks = new WeekSoFar[drivers];
        for (int i = 0; i < drivers; i++) {
            weeks[i] = new WeekSoFar();
        }
        for (int d = 0; d < WeekTours.DAYS; d++) {
            List<TourBlock> blocks = days.get(d);
            int k = blocks.size();
            if (k == 0) {
                continue;
            }
            if (k > drivers) {
                return null;
            }
            if (drivers > denseLimit) {
                if (!greedyDay(blocks, d, drivers, candidates, plan, weeks)) {
                    return null;
                }
                continue;
            }
            long[][] cost = new long[drivers][drivers];
            for (int i = 0; i < drivers; i++) {
                long w = weeks[i].minutes();
                for (int j = 0; j < k; j++) {
                    TourBlock b = blocks.get(j);
                    long c = i < candidates ? (w + b.minutes) * (w + b.minutes) - w * w : FILLER_PER_MINUTE * b.minutes;
                    cost[i][j] = rules.allows(weeks[i], b) ? c : FORBIDDEN;
                }
            }
            int[] col = Hungarian.solve(cost);
            for (int i = 0; i < drivers; i++) {
                if (col[i] < k) {
                    if (cost[i][col[i]] >= FORBIDDEN) {
                        return null;
                    }
                    TourBlock b = blocks.get(col[i]);
                    plan[i][d] = b;
                    weeks[i].add(b);
                }
            }
        }
        return plan;
    }

    /**
     * One day by a sweep over block starts (O(n log n)): drivers who may work today become eligible
     * once their rest ends (eligibility is nested in the start time), so any eligible driver keeps the
     * day feasible, except that a driver after yesterday's 3er cannot take a 3er: blocks other than
     * 3er go to such drivers first. Within that, a candidate with the least work so far (spreading, as
     * the dense cost does), else a filler with the most (concentrating). False when a block finds nobody.
     */
    private boolean greedyDay(List<TourBlock> blocks, int d, int drivers, int candidates, TourBlock[][] plan,
                              WeekSoFar[] weeks) {
        Integer[] byAvail = new Integer[drivers];
        long[] avail = new long[drivers];
        for (int i = 0; i < drivers; i++) {
            byAvail[i] = i;
            // A driver barred from today whatever the block never becomes eligible.
            avail[i] = rules.mayWorkOn(weeks[i], d) ? rules.earliestStart(weeks[i]) : Long.MAX_VALUE;
        }
        java.util.Arrays.sort(byAvail, (x, y) -> avail[x] != avail[y] ? Long.compare(avail[x], avail[y])
                : Integer.compare(x, y));
        // Pools: [tired?][filler?], ordered by (work, index); fillers by (-work, index).
        java.util.TreeSet<Long>[][] pools = new java.util.TreeSet[2][2];
        for (java.util.TreeSet<Long>[] row : pools) {
            row[0] = new java.util.TreeSet<>();
            row[1] = new java.util.TreeSet<>();
        }
        long scale = drivers;
        int next = 0;
        for (TourBlock b : blocks) {
            while (next < drivers && avail[byAvail[next]] <= b.start) {
                int i = byAvail[next++];
                boolean tired = rules.tripleBarred(weeks[i], d);
                boolean filler = i >= candidates;
                int worked = weeks[i].minutes();
                long key = (filler ? (long) rules.weeklyCapMinutes() - worked : worked) * scale + i;
                pools[tired ? 1 : 0][filler ? 1 : 0].add(key);
            }
            int pick = -1;
            int[][] order = b.isTriple() ? new int[][] {{0, 0}, {0, 1}} : new int[][] {{1, 0}, {0, 0}, {1, 1}, {0, 1}};
            for (int[] o : order) {
                java.util.TreeSet<Long> pool = pools[o[0]][o[1]];
                for (Long key : pool) {
                    int i = (int) (key % scale);
                    if (rules.allows(weeks[i], b)) {
                        pool.remove(key);
                        pick = i;
                        break;
                    }
                    if (o[1] == 0 && !rules.withinWeeklyCap((long) weeks[i].minutes() + b.minutes)) {
                        break;  // candidates ascend in work: the rest are over the cap too
                    }
                }
                if (pick >= 0) {
                    break;
                }
            }
            if (pick < 0) {
                return false;
            }
            plan[pick][d] = b;
            weeks[pick].add(b);
        }
        return true;
    }
}
