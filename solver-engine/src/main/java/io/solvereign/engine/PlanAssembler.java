package io.solvereign.engine;

import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns rosters into the plan's content: drivers numbered D001, D002, ... in the order (first
 * working day, first block start, first tour id), assignments sorted by (driver, day, instance),
 * KPIs and the lexicographic cost.
 */
final class PlanAssembler {
    private final WeekTours w;
    private final RuleSet rules;

    PlanAssembler(WeekTours w, RuleSet rules) {
        this.w = w;
        this.rules = rules;
    }

    /** Rosters sorted into driver order. */
    List<TourBlock[]> order(List<TourBlock[]> rosters) {
        List<TourBlock[]> sorted = new ArrayList<>(rosters);
        sorted.sort(Comparator.<TourBlock[]>comparingInt(r -> first(r).day)
                .thenComparingInt(r -> first(r).start)
                .thenComparing(r -> w.instances[first(r).tour(0)].id()));
        return sorted;
    }

    private static TourBlock first(TourBlock[] r) {
        for (TourBlock b : r) {
            if (b != null) {
                return b;
            }
        }
        throw new IllegalArgumentException("empty roster");
    }

    /** The driver id of position {@code index} (0-based) among {@code drivers}. */
    static String driverId(int index, int drivers) {
        int width = Math.max(3, String.valueOf(drivers).length());
        return "D" + String.format(Locale.ROOT, "%0" + width + "d", index + 1);
    }

    /** Assignments of ordered rosters, sorted by (driver_id, day, tour_instance_id). */
    List<Assignment> assignments(List<TourBlock[]> ordered) {
        List<Assignment> out = new ArrayList<>();
        for (int r = 0; r < ordered.size(); r++) {
            String driver = driverId(r, ordered.size());
            for (TourBlock b : ordered.get(r)) {
                if (b == null) {
                    continue;
                }
                for (int k = 0; k < b.size(); k++) {
                    TourInstance t = w.instances[b.tour(k)];
                    out.add(new Assignment(driver, t.id(), t.day(), driver + "-" + t.day().abbreviation(), b.type,
                            t.time().startMinute(), t.time().endMinute(), t.time().crossesMidnight()));
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** Key figures of the rosters with the two certified bounds. */
    Kpis kpis(List<TourBlock[]> rosters, int lowerBound, int ptLowerBound) {
        int[] mix = new int[BlockType.values().length];
        int fte = 0;
        int tours = 0;
        long total = 0;
        long min = rosters.isEmpty() ? 0 : Long.MAX_VALUE;
        long max = 0;
        for (TourBlock[] r : rosters) {
            long m = 0;
            for (TourBlock b : r) {
                if (b != null) {
                    mix[b.type.ordinal()]++;
                    tours += b.size();
                    m += b.minutes;
                }
            }
            fte += m >= rules.fteMinMinutes() ? 1 : 0;
            total += m;
            min = Math.min(min, m);
            max = Math.max(max, m);
        }
        return new Kpis(rosters.size(), fte, rosters.size() - fte, tours, mix[BlockType.SINGLE.ordinal()],
                mix[BlockType.DOUBLE_REGULAR.ordinal()], mix[BlockType.DOUBLE_SPLIT.ordinal()],
                mix[BlockType.TRIPLE.ordinal()], total, min, max, lowerBound, ptLowerBound);
    }

    /** Drivers, then the rule set's level order. */
    LexCost cost(Kpis k) {
        long[] levels = new long[1 + rules.objectiveOrder().size()];
        levels[0] = k.drivers();
        int i = 1;
        for (ObjectiveLevel l : rules.objectiveOrder()) {
            levels[i++] = level(k, l);
        }
        return LexCost.of(levels);
    }

    /** The value of one level (CHURN is 0 without a baseline). */
    static long level(Kpis k, ObjectiveLevel l) {
        return switch (l) {
            case DRIVERS -> k.drivers();
            case PART_TIME -> k.ptDrivers();
            case SPLITS -> k.doublesSplit();
            case SINGLES -> k.singles();
            case CHURN -> 0;
        };
    }
}
