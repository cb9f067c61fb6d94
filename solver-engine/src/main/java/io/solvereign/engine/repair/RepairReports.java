package io.solvereign.engine.repair;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.FreezeWindow;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.repair.ChurnReport;
import io.solvereign.api.repair.FreezeReport;
import io.solvereign.api.repair.MoveReason;
import io.solvereign.api.repair.MovedTour;
import io.solvereign.api.repair.RepairRequest;
import io.solvereign.api.version.PlanDiff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/** The churn, move and freeze reports of a repaired plan against its baseline. */
final class RepairReports {
    private final RepairRequest req;
    private final Plan plan;
    private final TreeMap<String, Assignment> base = new TreeMap<>();
    private final TreeMap<String, Assignment> now = new TreeMap<>();
    private final TreeMap<String, Integer> index = new TreeMap<>();
    private final Ledger led;

    RepairReports(RepairRequest req, Plan plan, RosterState s, Ledger led) {
        this.req = req;
        this.plan = plan;
        this.led = led;
        req.baseline().assignments().forEach(a -> base.put(a.tourInstanceId(), a));
        plan.assignments().forEach(a -> now.put(a.tourInstanceId(), a));
        for (int i = 0; i < s.w.size(); i++) {
            index.put(s.w.instances[i].id(), i);
        }
    }

    /** Every instance whose driver changed, by instance id. */
    List<MovedTour> moves() {
        List<MovedTour> out = new ArrayList<>();
        now.forEach((id, a) -> {
            Assignment b = base.get(id);
            if (b == null || !b.driverId().equals(a.driverId())) {
                int i = index.get(id);
                MoveReason why = led.reason[i] != null ? led.reason[i]
                        : b == null ? MoveReason.NEW_TOUR : MoveReason.DISPLACED;
                out.add(new MovedTour(id, a.day(), b == null ? "" : b.driverId(), a.driverId(), why,
                        led.candidates.get(i)));
            }
        });
        return out;
    }

    /**
     * Changed assignments, affected drivers, removed instances: the plan diff against the baseline
     * ({@link PlanDiff}), so a repair reports the same numbers as {@code diff --old-plan --new-plan}.
     */
    ChurnReport churn() {
        return PlanDiff.of(req.baseline(), plan).churn();
    }

    /** What the freeze window held. */
    FreezeReport freeze() {
        FreezeWindow window = FreezeWindow.at(req.now(), req.ruleSet());
        int frozen = 0;
        List<String> keptAtAbsent = new ArrayList<>();
        for (TourInstance t : req.forecast().instances()) {
            Assignment b = base.get(t.id());
            if (b == null || !window.isFrozen(t)) {
                continue;
            }
            frozen++;
            Assignment a = now.get(t.id());
            if (a != null && a.driverId().equals(b.driverId()) && req.isAbsent(b.driverId(), t.day())) {
                keptAtAbsent.add(t.id());
            }
        }
        List<String> frozenRemoved = new ArrayList<>();
        for (String id : removed()) {
            Assignment b = base.get(id);
            java.time.Instant start = req.forecast().instantOf(b.day(), b.startMinute());
            if (!req.now().isBefore(start.minus(Duration.ofMinutes(window.freezeMinutes())))) {
                frozenRemoved.add(id);
            }
        }
        List<FreezeOverride> applied = new ArrayList<>(req.overrides());
        applied.sort(Comparator.comparing(FreezeOverride::instanceId));
        keptAtAbsent.sort(null);
        return new FreezeReport(req.now(), window.freezeMinutes(), frozen, keptAtAbsent, applied, frozenRemoved);
    }

    /** Baseline instances the forecast no longer has, sorted. */
    private List<String> removed() {
        TreeSet<String> inForecast = new TreeSet<>();
        req.forecast().instances().forEach(t -> inForecast.add(t.id()));
        List<String> out = new ArrayList<>();
        base.keySet().forEach(id -> {
            if (!inForecast.contains(id)) {
                out.add(id);
            }
        });
        return out;
    }
}
