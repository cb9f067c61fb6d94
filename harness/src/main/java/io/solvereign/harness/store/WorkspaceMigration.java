package io.solvereign.harness.store;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.store.Approval;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import java.time.Instant;
import java.util.Map;

/**
 * Copies a workspace of the retired file store into an empty JDBC store in one transaction, keeping
 * every id, time stamp, status and trail entry, then appends one NOTE naming where it came from. The
 * old folder is only read. Either everything arrives or nothing does.
 */
public final class WorkspaceMigration {
    /** Counts of what was copied. */
    public record Result(int forecasts, int plans, int trailEntries, int approvals, int kpiBaselines) {
    }

    private WorkspaceMigration() {
    }

    /**
     * Imports {@code from} into {@code into}, which must hold no forecasts, plans or trail yet.
     *
     * @throws SolvereignException {@code PLAN_TAMPERED} when an old file fails its checksum,
     *                             {@code INVALID_TRANSITION} when the target is not empty
     */
    public static Result run(LegacyWorkspace from, JdbcPlanStore into, String actor, Instant now) {
        return into.inTransaction(() -> {
            if (!into.forecasts().isEmpty() || !into.plans().isEmpty() || !into.trail().isEmpty()) {
                throw new SolvereignException(ErrorCode.INVALID_TRANSITION, "target " + into.target().describe()
                        + " already holds data; migrate into a new, empty workspace");
            }
            int forecasts = 0;
            for (ForecastVersion f : from.forecasts()) {
                ForecastVersion copy = into.addForecast(f.inputHash(), f.originalBytes(), f.canonicalText(), f.meta(),
                        f.createdAt());
                requireSameId(f.id(), copy.id());
                forecasts++;
            }
            int plans = 0;
            for (PlanVersion p : from.plans()) {
                PlanVersion copy = into.addPlan(new NewPlan(p.forecastVersionId(), p.baselinePlanId(),
                        p.solverOutputJson(), p.auditResultsJson(), p.outputHash()), p.createdAt());
                requireSameId(p.id(), copy.id());
                if (p.status() != PlanStatus.DRAFT) {
                    into.updatePlan(copy.withStatus(p.status()));
                }
                plans++;
            }
            for (TrailEntry e : from.trail()) {
                TrailEntry copy = into.appendTrail(e.at(), e.actor(), e.action(), e.subjectId(), e.reason(), e.details());
                requireSameId(Long.toString(e.sequence()), Long.toString(copy.sequence()));
            }
            for (Approval a : from.approvals()) {
                into.addApproval(a.planId(), a.actor(), a.reason(), a.conditionsMet(), a.at());
            }
            for (KpiBaseline b : from.kpiBaselines()) {
                into.addKpiBaseline(b.site(), b.approver(), b.reason(), b.planIds(), b.samplesJson(), b.at());
            }
            KillSwitch ks = from.killSwitch();
            if (!ks.equals(KillSwitch.initial())) {
                into.setKillSwitch(ks);
            }
            int trail = from.trail().size();
            into.appendTrail(now, actor, TrailAction.NOTE, "workspace",
                    "migrated from the file store", Map.of("from", from.root().toString(),
                            "forecasts", Integer.toString(forecasts), "plans", Integer.toString(plans),
                            "trail_entries", Integer.toString(trail)));
            return new Result(forecasts, plans, trail, from.approvals().size(), from.kpiBaselines().size());
        });
    }

    private static void requireSameId(String old, String now) {
        if (!old.equals(now)) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, "the old workspace's ids are not contiguous: "
                    + old + " would become " + now);
        }
    }
}
