package io.solvereign.engine.block;

import io.solvereign.api.Infeasibility;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the tours no legal block or roster can hold: a split line whose break or span breaks the
 * split rules, or a line longer than the weekly cap. Everything else is always plannable, since a
 * single tour is a legal block and drivers are unlimited.
 */
public final class UnplannableTours {
    private UnplannableTours() {
    }

    /** The explanations, one per offending tour line, in fingerprint order. */
    public static List<Infeasibility> find(Forecast forecast, RuleSet rules) {
        LabourRules labour = LabourRules.of(rules);
        Instant ws = forecast.weekStart();
        TreeMap<Fingerprint, List<TourInstance>> byLine = new TreeMap<>();
        for (TourInstance t : forecast.instances()) {
            byLine.computeIfAbsent(t.fingerprint(), k -> new ArrayList<>()).add(t);
        }
        List<Infeasibility> out = new ArrayList<>();
        for (Map.Entry<Fingerprint, List<TourInstance>> e : byLine.entrySet()) {
            List<TourInstance> ts = e.getValue();
            List<String> ids = ts.stream().map(TourInstance::id).sorted().toList();
            String name = e.getKey().canonicalLine();
            Fingerprint fp = e.getKey();
            int parts = fp.parts().size();
            int[] s = new int[parts];
            int[] en = new int[parts];
            long work = 0;
            for (int p = 0; p < parts; p++) {
                s[p] = WeekTours.minutes(ws, forecast.instantOf(fp.day(), fp.parts().get(p).startMinute()));
                en[p] = WeekTours.minutes(ws, forecast.instantOf(fp.day(), fp.parts().get(p).endMinute()));
                work += en[p] - s[p];
            }
            if (parts == 2) {
                int gap = s[1] - en[0];
                if (!labour.splitGap(gap)) {
                    out.add(new Infeasibility("SPLIT_BREAK", ids, "split line '" + name + "' has a break of " + gap
                            + " min; a 2er-split needs " + labour.minSplitGap() + ".." + labour.maxGap() + " min"));
                    continue;
                }
                int span = Math.max(en[0], en[1]) - s[0];
                if (!labour.splitSpan(span)) {
                    out.add(new Infeasibility("SPAN_SPLIT", ids, "split line '" + name + "' spans " + span
                            + " min; a 2er-split may span at most " + labour.maxSplitSpan() + " min"));
                    continue;
                }
            }
            if (!labour.withinWeeklyCap(work)) {
                out.add(new Infeasibility("WEEKLY_HOURS", ids, "tour line '" + name + "' alone is " + work
                        + " min of work; the weekly cap is " + labour.weeklyCapMinutes() + " min"));
            }
        }
        return out;
    }

    /** The ids of all instances named by the explanations. */
    public static Set<String> excludedIds(List<Infeasibility> infeasibilities) {
        Set<String> ids = new TreeSet<>();
        for (Infeasibility inf : infeasibilities) {
            ids.addAll(inf.instanceIds());
        }
        return ids;
    }
}
