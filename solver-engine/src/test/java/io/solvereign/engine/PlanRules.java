package io.solvereign.engine;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-side re-check of DOMAIN §5-6 from a plan's assignments and the forecast's instants only
 * (no engine internals): coverage, overlap, rest, block shape per day, fatigue, weekly hours.
 */
public final class PlanRules {
    private PlanRules() {
    }

    /** Every violation found, empty when the plan is legal. */
    public static List<String> violations(Forecast f, Plan plan, RuleSet r) {
        return violations(f, plan, r, java.util.Set.of());
    }

    /** Every violation found, leaving out instances reported as unplannable. */
    public static List<String> violations(Forecast f, Plan plan, RuleSet r, java.util.Set<String> unplannable) {
        List<String> out = new ArrayList<>();
        Map<String, TourInstance> byId = new TreeMap<>();
        for (TourInstance t : f.instances()) {
            byId.put(t.id(), t);
        }
        Map<String, Integer> seen = new TreeMap<>();
        // driver -> day -> tours
        TreeMap<String, TreeMap<Integer, List<TourInstance>>> rosters = new TreeMap<>();
        TreeMap<String, BlockType> labels = new TreeMap<>();
        for (Assignment a : plan.assignments()) {
            TourInstance t = byId.get(a.tourInstanceId());
            if (t == null) {
                out.add("unknown instance " + a.tourInstanceId());
                continue;
            }
            seen.merge(t.id(), 1, Integer::sum);
            rosters.computeIfAbsent(a.driverId(), k -> new TreeMap<>())
                    .computeIfAbsent(t.day().ordinal(), k -> new ArrayList<>()).add(t);
            labels.put(a.driverId() + "/" + t.day().ordinal(), a.blockType());
            if (!a.blockId().equals(a.driverId() + "-" + t.day().abbreviation())) {
                out.add("block id " + a.blockId());
            }
        }
        Map<String, String> driverOf = new TreeMap<>();
        for (Assignment a : plan.assignments()) {
            driverOf.put(a.tourInstanceId(), a.driverId());
        }
        for (TourInstance t : f.instances()) {
            if (!t.splitPartner().isEmpty() && driverOf.containsKey(t.id())
                    && !driverOf.get(t.id()).equals(driverOf.get(t.splitPartner()))) {
                out.add("SPLIT_PAIR " + t.id());
            }
            if (seen.getOrDefault(t.id(), 0) != (unplannable.contains(t.id()) ? 0 : 1)) {
                out.add("COVERAGE " + t.id() + " x" + seen.getOrDefault(t.id(), 0));
            }
        }
        rosters.forEach((driver, days) -> {
            Instant lastEnd = null;
            int lastTripleDay = -9;
            long minutes = 0;
            for (Map.Entry<Integer, List<TourInstance>> e : days.entrySet()) {
                List<TourInstance> ts = e.getValue();
                ts.sort(null);
                BlockType type = shape(ts, r);
                if (type == null) {
                    out.add("BLOCK " + driver + " day " + e.getKey() + " " + ids(ts));
                } else if (type != labels.get(driver + "/" + e.getKey())) {
                    out.add("LABEL " + driver + " day " + e.getKey() + " is " + type);
                }
                Instant start = ts.get(0).start();
                if (lastEnd != null && Duration.between(lastEnd, start).toMinutes() < r.minRestMinutes()) {
                    out.add("REST " + driver + " day " + e.getKey() + " " + Duration.between(lastEnd, start).toMinutes());
                }
                if (type == BlockType.TRIPLE && r.forbidConsecutiveTriples() && lastTripleDay == e.getKey() - 1) {
                    out.add("FATIGUE " + driver + " day " + e.getKey());
                }
                if (type == BlockType.TRIPLE) {
                    lastTripleDay = e.getKey();
                }
                for (TourInstance t : ts) {
                    minutes += t.durationMinutes();
                    lastEnd = lastEnd == null || t.end().isAfter(lastEnd) ? t.end() : lastEnd;
                }
            }
            if (minutes > r.maxWeeklyMinutes()) {
                out.add("WEEKLY_HOURS " + driver + " " + minutes);
            }
        });
        return out;
    }

    /** Block type judged from the tours alone (DOMAIN §8), or null when no legal block. */
    static BlockType shape(List<TourInstance> ts, RuleSet r) {
        for (int i = 1; i < ts.size(); i++) {
            if (ts.get(i).start().isBefore(ts.get(i - 1).end())) {
                return null;
            }
        }
        long span = Duration.between(ts.get(0).start(), ts.get(ts.size() - 1).end()).toMinutes();
        if (ts.size() == 1) {
            return BlockType.SINGLE;
        }
        long g1 = Duration.between(ts.get(0).end(), ts.get(1).start()).toMinutes();
        boolean reg1 = g1 >= r.regularGapMin() && g1 <= r.regularGapMax();
        if (ts.size() == 2) {
            if (reg1) {
                return span <= r.maxSpanRegular() ? BlockType.DOUBLE_REGULAR : null;
            }
            return g1 >= r.splitBreakMin() && g1 <= r.splitBreakMax() && span <= r.maxSpanSplit()
                    ? BlockType.DOUBLE_SPLIT : null;
        }
        if (ts.size() == 3) {
            long g2 = Duration.between(ts.get(1).end(), ts.get(2).start()).toMinutes();
            boolean reg2 = g2 >= r.regularGapMin() && g2 <= r.regularGapMax();
            return reg1 && reg2 && span <= r.maxSpanTriple() ? BlockType.TRIPLE : null;
        }
        return null;
    }

    private static List<String> ids(List<TourInstance> ts) {
        return ts.stream().map(TourInstance::id).toList();
    }
}
