package io.solvereign.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.Infeasibility;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.repair.ChurnReport;
import io.solvereign.api.repair.FreezeReport;
import io.solvereign.api.repair.MovedTour;
import io.solvereign.api.repair.RepairCandidate;
import io.solvereign.api.repair.RepairResult;
import io.solvereign.harness.runbook.PlanRepair;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;

/** What {@code repair} prints: a summary, the moves with their top-3 candidates; or the same as JSON. */
final class RepairText {
    /** Moves listed in text before the rest is summarised. */
    static final int LISTED = 25;

    private RepairText() {
    }

    static String text(PlanRepair.Stored s, SortedMap<String, Set<Weekday>> absences) {
        RepairResult r = s.result();
        ChurnReport c = r.churn();
        FreezeReport f = r.freeze();
        StringBuilder sb = new StringBuilder();
        sb.append("repair of ").append(s.version().baselinePlanId()).append(" at ").append(f.now()).append('\n');
        absences.forEach((d, days) -> sb.append("  absent ").append(d).append(": ")
                .append(days.isEmpty() || days.size() == 7 ? "whole week" : days.toString()).append('\n'));
        sb.append(String.format(Locale.ROOT, "plan:        %s (DRAFT, baseline %s), %d drivers, added %s%n",
                s.version().id(), s.version().baselinePlanId(), r.plan().kpis().drivers(),
                r.addedDrivers().isEmpty() ? "none" : String.join(", ", r.addedDrivers())));
        sb.append(String.format(Locale.ROOT, "coverage:    %s%n", r.fullyCovered() ? "100 % (every tour assigned)"
                : r.infeasibilities().size() + " problem(s): tours left out"));
        for (Infeasibility i : r.infeasibilities()) {
            sb.append("  ").append(i.rule()).append(": ").append(i.message()).append(' ').append(i.instanceIds()).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "churn:       %d of %d assignments (%s %%), %d affected drivers, "
                + "stability %s %%%n", c.changedAssignments(), c.totalAssignments(), c.percent(),
                c.affectedDrivers().size(), c.stabilityPercent()));
        sb.append(String.format(Locale.ROOT, "frozen:      %d instances held (window %d min); kept at absent drivers: %d%n",
                f.frozenInstances(), f.freezeMinutes(), f.keptAtAbsentDrivers().size()));
        for (FreezeOverride o : f.appliedOverrides()) {
            if (!o.user().equals(PlanRepair.FREEZE_DAY_USER)) {
                sb.append("  override ").append(o.instanceId()).append(" -> ").append(o.newDriverId()).append(" by ")
                        .append(o.user()).append(": ").append(o.reason()).append('\n');
            }
        }
        sb.append("moves:       ").append(r.moves().size()).append('\n');
        for (int i = 0; i < Math.min(LISTED, r.moves().size()); i++) {
            MovedTour m = r.moves().get(i);
            sb.append("  ").append(m.instanceId()).append(' ').append(m.fromDriverId()).append(" -> ").append(m.toDriverId())
                    .append(" (").append(m.reason()).append(")");
            for (RepairCandidate k : m.candidates()) {
                sb.append(String.format(Locale.ROOT, " %d. %s%s", k.rank(), k.driverId(), k.newDriver() ? " (new)" : ""));
            }
            sb.append('\n');
        }
        if (r.moves().size() > LISTED) {
            sb.append("  ... and ").append(r.moves().size() - LISTED).append(" more (--json lists all)\n");
        }
        sb.append("output_hash: ").append(r.plan().outputHash()).append('\n');
        sb.append("next:        solvereign audit --plan ").append(s.version().id()).append(", approve, then lock --plan ")
                .append(s.version().id()).append(" (supersedes ").append(s.version().baselinePlanId()).append(")\n");
        return sb.toString();
    }

    static String json(PlanRepair.Stored s) {
        RepairResult r = s.result();
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("plan_id", s.version().id());
        o.put("baseline_plan_id", s.version().baselinePlanId());
        o.put("now", r.freeze().now().toString());
        o.put("output_hash", r.plan().outputHash());
        o.put("baseline_output_hash", r.baselineOutputHash());
        o.put("drivers", r.plan().kpis().drivers());
        o.put("fully_covered", r.fullyCovered());
        ObjectNode churn = o.putObject("churn");
        churn.put("changed_assignments", r.churn().changedAssignments());
        churn.put("total_assignments", r.churn().totalAssignments());
        churn.put("percent", r.churn().percent());
        churn.put("stability_percent", r.churn().stabilityPercent());
        churn.put("removed_instances", r.churn().removedInstanceIds().size());
        r.churn().affectedDrivers().forEach(churn.putArray("affected_drivers")::add);
        r.addedDrivers().forEach(o.putArray("added_drivers")::add);
        ObjectNode freeze = o.putObject("freeze");
        freeze.put("frozen_instances", r.freeze().frozenInstances());
        r.freeze().keptAtAbsentDrivers().forEach(freeze.putArray("kept_at_absent_drivers")::add);
        ArrayNode moves = o.putArray("moves");
        for (MovedTour m : r.moves()) {
            ObjectNode n = moves.addObject();
            n.put("instance", m.instanceId()).put("day", m.day().abbreviation()).put("from", m.fromDriverId())
                    .put("to", m.toDriverId()).put("reason", m.reason().name());
            ArrayNode cands = n.putArray("candidates");
            for (RepairCandidate k : m.candidates()) {
                cands.addObject().put("rank", k.rank()).put("driver", k.driverId()).put("added_churn", k.addedChurn())
                        .put("weekly_minutes", k.weeklyMinutes()).put("new_driver", k.newDriver()).put("reason", k.reason());
            }
        }
        return o.toPrettyString() + "\n";
    }
}
