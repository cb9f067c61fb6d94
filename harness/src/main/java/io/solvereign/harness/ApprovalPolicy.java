package io.solvereign.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.runbook.ReleaseGate;
import io.solvereign.harness.runbook.Runbook;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * When a plan may be approved and locked from the command line (DOMAIN §10), beside the lifecycle's
 * own checks: never a plan of the built-in example week, never while publishing is stopped or the
 * release gate is closed; and which {@code conditions_met} an approval records.
 */
final class ApprovalPolicy {
    static final String AUDITS_PASS = "audits_pass";
    static final String COVERAGE_100 = "coverage_100";
    static final String WITHIN_WINDOW = "within_window";

    private final Runbook runbook;

    ApprovalPolicy(Runbook runbook) {
        this.runbook = runbook;
    }

    /**
     * Refuses a plan of the built-in example week, which can never be locked (nor approved for a lock).
     *
     * @throws SolvereignException {@code INVALID_TRANSITION} naming the plan and what to do instead
     */
    void requireNotExample(PlanVersion v, String verb) {
        if (new WorkspaceView(runbook).isExample(v)) {
            throw new SolvereignException(ErrorCode.INVALID_TRANSITION, "plan " + v.id() + " was made from the built-in "
                    + "example week and can never be " + verb + "; solve the depot's forecast with --input FILE");
        }
    }

    /**
     * Checks an approval may be recorded, in the lock's order: a draft ({@code ALREADY_LOCKED},
     * {@code INVALID_TRANSITION}), publishing allowed ({@code FREEZE_ACTIVE}), the gate passed
     * ({@code AUDIT_GATE_FAIL}), not the example.
     */
    GateVerdict requireApprovable(String planId) {
        PlanVersion v = runbook.planVersion(planId);
        if (v.status() == PlanStatus.LOCKED) {
            throw new SolvereignException(ErrorCode.ALREADY_LOCKED, "plan " + planId + " is already LOCKED");
        }
        if (v.status() == PlanStatus.SUPERSEDED) {
            throw new SolvereignException(ErrorCode.INVALID_TRANSITION, "plan " + planId + " is SUPERSEDED");
        }
        KillSwitch ks = runbook.store().killSwitch();
        if (ks.on()) {
            throw new SolvereignException(ErrorCode.FREEZE_ACTIVE, "publishing is switched off since " + ks.at() + " by "
                    + ks.actor() + " (" + ks.reason() + "); switch it on with: solvereign publishing on --reason TEXT");
        }
        GateVerdict verdict = ReleaseGate.recorded(runbook, planId);
        if (!verdict.passed()) {
            throw new SolvereignException(ErrorCode.AUDIT_GATE_FAIL, "plan " + planId
                    + " did not pass the release gate: " + verdict.summary());
        }
        requireNotExample(v, "locked");
        return verdict;
    }

    /**
     * The conditions that hold now: {@code audits_pass}, {@code coverage_100}, and {@code within_window}
     * when a lock window is given.
     */
    SortedMap<String, Boolean> conditions(String planId, GateVerdict verdict, Optional<Instant[]> window) {
        TreeMap<String, Boolean> met = new TreeMap<>();
        met.put(AUDITS_PASS, verdict.passed());
        met.put(COVERAGE_100, coverageFull(runbook.planVersion(planId)));
        window.ifPresent(w -> {
            Instant now = runbook.clock().instant();
            met.put(WITHIN_WINDOW, !now.isBefore(w[0]) && now.isBefore(w[1]));
        });
        return met;
    }

    /** True when the recorded audit's COVERAGE check passed with nothing uncovered. */
    private static boolean coverageFull(PlanVersion v) {
        try {
            JsonNode a = new ObjectMapper().readTree(v.auditResultsJson());
            for (JsonNode c : a.path("checks")) {
                if ("COVERAGE".equals(c.path("id").asText())) {
                    return "PASS".equals(c.path("status").asText()) && c.path("count").asInt(-1) == 0;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
