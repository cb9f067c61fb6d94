package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Plan;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.CockpitVerbs;
import io.solvereign.harness.runbook.ReleaseGate;
import io.solvereign.harness.runbook.Runbook;
import java.time.Duration;
import java.time.Instant;

/**
 * The Release tab's checklist of one plan ({@code GET /api/plans/{id}/release}): audits, approval,
 * completeness of the week, the kill switch and the tours that freeze within 12 h, each with the
 * code a lock would be refused with, and the first code that blocks approve and lock, in the order
 * the CLI checks them. It reads the same state the lifecycle checks; the lock itself still decides.
 */
final class ReleaseChecklist {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FREEZE_AHEAD = Duration.ofHours(12);

    private ReleaseChecklist() {
    }

    static ObjectNode of(CockpitVerbs verbs, String planId) {
        Runbook runbook = verbs.runbook();
        PlanVersion v = runbook.planVersion(planId);
        Plan plan = Runbook.plan(v);
        GateVerdict gate = ReleaseGate.recorded(runbook, planId);
        boolean approved = !runbook.lifecycle().approvals(planId).isEmpty();
        String completeness = runbook.lifecycle().forecast(v.forecastVersionId()).meta()
                .attribute(ForecastMeta.COMPLETENESS);
        boolean partial = completeness.equals("PARTIAL") || completeness.equals("UNKNOWN");
        KillSwitch ks = runbook.store().killSwitch();
        boolean example = verbs.isExample(v);

        String status = "";
        if (v.status() == PlanStatus.LOCKED) {
            status = ErrorCode.ALREADY_LOCKED.name();
        } else if (v.status() == PlanStatus.SUPERSEDED || example) {
            status = ErrorCode.INVALID_TRANSITION.name();
        }
        String approveBlock = first(status, ks.on() ? ErrorCode.FREEZE_ACTIVE.name() : "",
                gate.passed() ? "" : ErrorCode.AUDIT_GATE_FAIL.name());
        String lockBlock = first(approveBlock, approved ? "" : ErrorCode.NOT_APPROVED.name(),
                partial ? ErrorCode.PARTIAL_FORECAST.name() : "");

        ObjectNode n = JSON.createObjectNode().put("plan_id", planId).put("status", v.status().name())
                .put("example", example).put("can_approve", approveBlock.isEmpty()).put("can_lock", lockBlock.isEmpty())
                .put("blocking_code", lockBlock).put("approve_blocking_code", approveBlock);
        ArrayNode list = n.putArray("checklist");
        item(list, "audits", gate.passed(), ErrorCode.AUDIT_GATE_FAIL, gate.summary());
        item(list, "approval", approved, ErrorCode.NOT_APPROVED, approved ? "approved" : "no approval recorded");
        item(list, "completeness", !partial, ErrorCode.PARTIAL_FORECAST,
                completeness.isEmpty() ? "a whole-week import (not composed)" : completeness);
        item(list, "kill_switch", !ks.on(), ErrorCode.FREEZE_ACTIVE, ks.on()
                ? "publishing stopped by " + ks.actor() + " at " + ks.at() + ": " + ks.reason() : "publishing allowed");
        freeze(list, plan, runbook.clock().instant());
        return n;
    }

    private static void item(ArrayNode list, String name, boolean ok, ErrorCode code, String detail) {
        list.addObject().put("item", name).put("ok", ok).put("code", ok ? "" : code.name()).put("detail", detail);
    }

    /** Tours already frozen (start within 12 h or past) and tours whose freeze begins within the next 12 h. */
    private static void freeze(ArrayNode list, Plan plan, Instant now) {
        int frozen = 0;
        int soon = 0;
        for (Assignment a : plan.assignments()) {
            Instant start = plan.weekAnchor().plusDays(a.day().ordinal()).atStartOfDay(plan.zone())
                    .plusMinutes(a.startMinute()).toInstant();
            Instant freezesAt = start.minus(FREEZE_AHEAD);
            if (!now.isBefore(freezesAt)) {
                frozen++;
            } else if (freezesAt.isBefore(now.plus(FREEZE_AHEAD))) {
                soon++;
            }
        }
        list.addObject().put("item", "freeze_12h").put("ok", frozen == 0).put("code", "")
                .put("detail", frozen + " tour(s) frozen now, " + soon + " freeze within 12 h")
                .put("frozen", frozen).put("freezing_within_12h", soon);
    }

    private static String first(String... codes) {
        for (String c : codes) {
            if (!c.isEmpty()) {
                return c;
            }
        }
        return "";
    }
}
