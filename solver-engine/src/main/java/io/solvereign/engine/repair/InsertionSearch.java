package io.solvereign.engine.repair;

import io.solvereign.engine.block.TourBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a unit can go, best first: direct insertions into a driver's day (no further change),
 * then ejection chains by increasing depth (the unit takes the place of one unit of another
 * driver's day, which is placed in turn, on distinct drivers). Frozen units are never displaced and
 * absent drivers never take work on their absent days.
 *
 * <p>Cost: a direct scan is one block and one roster test per driver; a chain of depth 2 adds a test
 * per displaceable unit of the day and a look-up in the displaced unit's cached direct list, so
 * O(drivers x tours per day); depth 3 multiplies by that again and is bounded by a work budget
 * counted in tests, so it stops at a deterministic point.
 */
final class InsertionSearch {
    private final RosterState s;
    private final boolean[] pinned;
    private final int maxDepth;
    private final long budget;
    // Looked up by unit key only, never iterated: no order can leak.
    private final Map<Integer, List<Option>> directCache = new HashMap<>();
    private long cacheVersion = -1;
    private long stopAt;

    /**
     * @param s        the rosters
     * @param pinned   per instance: frozen or overridden, never displaced
     * @param maxDepth longest chain in drivers (1 = direct only)
     * @param budget   tests one top-level search may spend on chains
     */
    InsertionSearch(RosterState s, boolean[] pinned, int maxDepth, long budget) {
        this.s = s;
        this.pinned = pinned;
        this.maxDepth = maxDepth;
        this.budget = budget;
    }

    /** Direct insertions of the unit into every driver but its holder, ranked; cached until the rosters change. */
    List<Option> direct(int[] unit) {
        if (cacheVersion != s.version()) {
            directCache.clear();
            cacheVersion = s.version();
        }
        return directCache.computeIfAbsent(unit[0], k -> scanDirect(unit));
    }

    private List<Option> scanDirect(int[] unit) {
        int day = s.w.day[unit[0]];
        DriverWeek holder = s.holder(unit[0]);
        List<Option> out = new ArrayList<>();
        for (DriverWeek y : s.drivers()) {
            if (y.absent[day] || y == holder) {
                continue;
            }
            TourBlock b = s.block(day, RosterState.with(y.tours(day), unit));
            if (b != null && s.fits(y, day, b)) {
                out.add(Option.direct(y, day, unit, b));
            }
        }
        out.sort(Option.RANKING);
        return out;
    }

    /** Up to {@code limit} options on distinct drivers, best first; empty when only a new driver helps. */
    List<Option> candidates(int[] unit, int limit) {
        stopAt = s.work() + budget;
        return candidates(unit, maxDepth, new boolean[s.drivers().size()], limit);
    }

    /**
     * Up to {@code limit} options for a unit displaced by a chain through {@code path}: its
     * drivers are excluded and the chain's remaining depth applies, as when the chain was chosen.
     */
    List<Option> candidatesAfter(int[] unit, List<DriverWeek> path, int limit) {
        stopAt = s.work() + budget;
        boolean[] excluded = new boolean[s.drivers().size()];
        path.forEach(d -> excluded[d.index] = true);
        return candidates(unit, Math.max(1, maxDepth - path.size()), excluded, limit);
    }

    private List<Option> candidates(int[] unit, int depth, boolean[] excluded, int limit) {
        List<Option> out = new ArrayList<>();
        boolean[] taken = new boolean[excluded.length];
        for (Option o : direct(unit)) {
            if (!excluded[o.driver.index]) {
                out.add(o);
                taken[o.driver.index] = true;
                if (out.size() == limit) {
                    return out;
                }
            }
        }
        for (int dd = 2; dd <= depth && out.size() < limit && s.work() <= stopAt; dd++) {
            List<Option> chains = chains(unit, dd, excluded, taken);
            chains.sort(Option.RANKING);
            for (Option o : chains) {
                if (out.size() == limit) {
                    break;
                }
                out.add(o);
                taken[o.driver.index] = true;
            }
        }
        return out;
    }

    /** The best chain of exactly this depth per driver (drivers already taken or excluded are skipped). */
    private List<Option> chains(int[] unit, int depth, boolean[] excluded, boolean[] taken) {
        int day = s.w.day[unit[0]];
        List<Option> out = new ArrayList<>();
        for (DriverWeek y : s.drivers()) {
            if (excluded[y.index] || taken[y.index] || y.absent[day] || y.days[day] == null) {
                continue;
            }
            if (s.work() > stopAt) {
                break;
            }
            int[] cur = y.tours(day);
            Option best = null;
            for (int t : cur) {
                int[] f = s.unitOf(t);
                if (f[0] != t || pinned[f[0]] || pinned[f[f.length - 1]]) {
                    continue;
                }
                TourBlock b = s.block(day, RosterState.with(RosterState.without(cur, f), unit));
                if (b == null || !s.fits(y, day, b)) {
                    continue;
                }
                excluded[y.index] = true;
                List<Option> sub = candidates(f, depth - 1, excluded, 1);
                excluded[y.index] = false;
                if (!sub.isEmpty()) {
                    Option o = Option.chain(y, day, unit, b, f, sub.get(0));
                    if (best == null || Option.RANKING.compare(o, best) < 0) {
                        best = o;
                    }
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }
}
