package io.solvereign.harness.runbook;

import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.Plan;
import io.solvereign.api.repair.RepairResult;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The pass criteria of the drills (DOMAIN §9, §11), each measured on the stored plans, never taken on trust. */
public final class DrillChecks {
    /** Churn must stay strictly below this percentage. */
    public static final int MAX_CHURN_PERCENT = 20;

    /**
     * One criterion.
     *
     * @param name   e.g. {@code coverage 100 %}
     * @param passed whether it holds
     * @param detail the measured figures
     */
    public record Check(String name, boolean passed, String detail) {
    }

    private DrillChecks() {
    }

    static List<Check> evaluate(Drill.Kind kind, Runbook runbook, Forecast forecast, Plan baseline,
                                PlanRepair.Stored repaired, ReleaseGate.Outcome audit, List<FreezeOverride> overrides) {
        Plan plan = Runbook.plan(runbook.planVersion(repaired.version().id()));
        RepairResult r = repaired.result();
        List<Check> out = new ArrayList<>();
        CheckResult coverage = audit.report().check("COVERAGE");
        int assigned = plan.assignments().size();
        out.add(new Check("coverage 100 %", r.fullyCovered() && coverage.passed()
                && assigned == forecast.instances().size(),
                assigned + " of " + forecast.instances().size() + " instances assigned, COVERAGE " + coverage.status()));
        out.add(new Check("audits PASS", audit.verdict().passed(), audit.verdict().summary()));
        out.add(new Check("churn < " + MAX_CHURN_PERCENT + " %", r.churn().isBelowPercent(MAX_CHURN_PERCENT),
                r.churn().changedAssignments() + " of " + r.churn().totalAssignments() + " = " + r.churn().percent() + " %"));
        out.add(frozenKept(runbook, forecast, baseline, plan, repaired, overrides));
        if (kind == Drill.Kind.FREEZE_WINDOW) {
            out.add(overrideRecorded(runbook, plan, repaired.version().id(), overrides));
        }
        String baseId = repaired.version().baselinePlanId();
        boolean locked = runbook.planVersion(repaired.version().id()).status() == PlanStatus.LOCKED
                && runbook.planVersion(baseId).status() == PlanStatus.SUPERSEDED;
        out.add(new Check("repaired plan in force", locked, repaired.version().id() + " "
                + runbook.planVersion(repaired.version().id()).status() + ", " + baseId + " "
                + runbook.planVersion(baseId).status()));
        return out;
    }

    /** Every instance frozen at the call (window or frozen day), except an overridden one, keeps its baseline driver. */
    private static Check frozenKept(Runbook runbook, Forecast forecast, Plan baseline, Plan plan,
                                    PlanRepair.Stored repaired, List<FreezeOverride> overrides) {
        SortedSet<String> frozen = FreezeDays.frozenInstanceIds(forecast, repaired.request().now(), baseline.ruleSet(),
                FreezeDays.dates(runbook.store().trail()));
        TreeSet<String> overridden = new TreeSet<>();
        overrides.forEach(o -> overridden.add(o.instanceId()));
        TreeMap<String, String> before = drivers(baseline);
        TreeMap<String, String> after = drivers(plan);
        List<String> moved = new ArrayList<>();
        int checked = 0;
        for (String id : frozen) {
            if (overridden.contains(id) || !before.containsKey(id)) {
                continue;
            }
            checked++;
            if (!before.get(id).equals(after.get(id))) {
                moved.add(id + " " + before.get(id) + "->" + after.get(id));
            }
        }
        return new Check("frozen assignments unchanged", moved.isEmpty() && checked > 0, moved.isEmpty()
                ? checked + " frozen instances all on their baseline driver" + (checked == 0 ? " (none frozen: nothing shown)" : "")
                : moved.size() + " frozen instances moved: " + moved.subList(0, Math.min(5, moved.size())));
    }

    /** The override is applied in the plan and in the trail with its user and reason. */
    private static Check overrideRecorded(Runbook runbook, Plan plan, String planId, List<FreezeOverride> overrides) {
        if (overrides.isEmpty()) {
            return new Check("override recorded", false, "no frozen tour that had not started was found to override");
        }
        FreezeOverride o = overrides.get(0);
        boolean applied = o.newDriverId().equals(drivers(plan).get(o.instanceId()));
        boolean inTrail = false;
        for (TrailEntry e : runbook.lifecycle().trail(planId)) {
            inTrail |= e.action() == TrailAction.FREEZE_OVERRIDE && e.actor().equals(o.user())
                    && e.reason().equals(o.reason()) && o.instanceId().equals(e.details().get("instance_id"))
                    && o.newDriverId().equals(e.details().get("new_driver_id"));
        }
        return new Check("override recorded", applied && inTrail, o.instanceId() + " -> " + o.newDriverId()
                + (applied ? " applied" : " NOT applied") + "; trail " + (inTrail ? "names " + o.user() + ": " + o.reason()
                : "has no such FREEZE_OVERRIDE entry"));
    }

    private static TreeMap<String, String> drivers(Plan plan) {
        TreeMap<String, String> m = new TreeMap<>();
        for (Assignment a : plan.assignments()) {
            m.put(a.tourInstanceId(), a.driverId());
        }
        return m;
    }
}
