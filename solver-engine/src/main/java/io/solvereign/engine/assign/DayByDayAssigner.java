package io.solvereign.engine.assign;

import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import java.util.List;

/**
 * Assigns each day's blocks to a fixed pool of drivers, day after day. Per day one min-cost
 * assignment (Hungarian) over drivers x (blocks + days off): a pair is allowed only when rest from
 * the driver's last worked block, fatigue and the weekly cap hold; its cost
 * {@code (w + m)^2 - w^2} for a driver with w minutes so far and a block of m minutes spreads the
 * work evenly, which keeps drivers above the FTE threshold. Off costs 0.
 */
final class DayByDayAssigner {
    private static final long FORBIDDEN = Long.MAX_VALUE / 16;
    /** Above any balancing cost per minute ({@code 2 w + m <= 2 cap + m}). */
    private static final long FILLER_PER_MINUTE = 1L << 20;

    private final RosterRules rules;
    private final int fte;

    DayByDayAssigner(RosterRules rules, int fteMinutes) {
        this.rules = rules;
        this.fte = fteMinutes;
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
        int[] worked = new int[drivers];
        TourBlock[] last = new TourBlock[drivers];
        for (int d = 0; d < WeekTours.DAYS; d++) {
            List<TourBlock> blocks = days.get(d);
            int k = blocks.size();
            if (k == 0) {
                continue;
            }
            if (k > drivers) {
                return null;
            }
            long[][] cost = new long[drivers][drivers];
            for (int i = 0; i < drivers; i++) {
                long w = worked[i];
                for (int j = 0; j < k; j++) {
                    TourBlock b = blocks.get(j);
                    long c = i < candidates ? (w + b.minutes) * (w + b.minutes) - w * w : FILLER_PER_MINUTE * b.minutes;
                    cost[i][j] = allowed(last[i], worked[i], b, d) ? c : FORBIDDEN;
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
                    worked[i] += b.minutes;
                    last[i] = b;
                }
            }
        }
        return plan;
    }

    private boolean allowed(TourBlock last, int worked, TourBlock b, int d) {
        if (worked + b.minutes > rules.cap()) {
            return false;
        }
        if (last == null) {
            return true;
        }
        if (last.end + rules.rest() > b.start) {
            return false;
        }
        return !(rules.noConsecutiveTriples() && b.isTriple() && last.isTriple() && last.day == d - 1);
    }
}
