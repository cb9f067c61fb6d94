package io.solvereign.engine.repair;

import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.engine.Weeks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-made baselines for small weeks: a forecast and, per driver, the ids of his instances.
 * Block labels are a rough guess by tour count and gap (the repair re-derives them from times).
 */
final class HandPlans {
    private HandPlans() {
    }

    /** A forecast in the default week and zone. */
    static Forecast week(TourTemplate... lines) {
        return Forecast.of(List.of(lines));
    }

    /** A one-part line ({@code Weeks.tour}). */
    static TourTemplate line(io.solvereign.api.model.Weekday d, String from, String to, int count) {
        return Weeks.tour(d, from, to, count);
    }

    /**
     * A baseline plan: driver id to instance ids. Hashes are placeholders except input_hash.
     *
     * @throws IllegalArgumentException for an unknown instance id
     */
    static Plan plan(Forecast f, Map<String, List<String>> rosters) {
        Map<String, TourInstance> byId = new TreeMap<>();
        f.instances().forEach(t -> byId.put(t.id(), t));
        List<Assignment> out = new ArrayList<>();
        new TreeMap<>(rosters).forEach((driver, ids) -> {
            Map<Integer, List<TourInstance>> perDay = new TreeMap<>();
            for (String id : ids) {
                TourInstance t = byId.get(id);
                if (t == null) {
                    throw new IllegalArgumentException("no instance " + id + " in " + byId.keySet());
                }
                perDay.computeIfAbsent(t.day().ordinal(), k -> new ArrayList<>()).add(t);
            }
            perDay.values().forEach(ts -> {
                ts.sort(null);
                BlockType type = guess(ts);
                for (TourInstance t : ts) {
                    out.add(new Assignment(driver, t.id(), t.day(), driver + "-" + t.day().abbreviation(), type,
                            t.time().startMinute(), t.time().endMinute(), t.time().crossesMidnight()));
                }
            });
        });
        out.sort(null);
        Kpis k = new Kpis(rosters.size(), 0, rosters.size(), out.size(), 0, 0, 0, 0, 0, 0, 0, 0);
        return new Plan(CanonicalForm.inputHash(f), "cfg", "baseline-" + out.size(), 7L, 2_000_000L, "test",
                f.weekAnchor(), f.zone(), RuleSet.defaults(), out, k, LowerBoundCertificate.none());
    }

    private static BlockType guess(List<TourInstance> ts) {
        if (ts.size() == 1) {
            return BlockType.SINGLE;
        }
        if (ts.size() == 3) {
            return BlockType.TRIPLE;
        }
        long gap = java.time.Duration.between(ts.get(0).end(), ts.get(1).start()).toMinutes();
        return gap > 120 ? BlockType.DOUBLE_SPLIT : BlockType.DOUBLE_REGULAR;
    }

    /** Well before the week: nothing is frozen. */
    static Instant beforeWeek(Forecast f) {
        return f.weekStart().minusSeconds(7 * 24 * 3600L);
    }
}
