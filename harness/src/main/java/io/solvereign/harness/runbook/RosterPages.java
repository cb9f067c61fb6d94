package io.solvereign.harness.runbook;

import io.solvereign.api.model.Plan;
import io.solvereign.api.store.Approval;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.export.PlanExports;
import io.solvereign.harness.export.RosterPageFacts;
import java.util.List;
import java.util.Objects;

/**
 * The roster page of a plan stored in a workspace, with what the workspace knows about it: id,
 * status (with the latest approval of a draft), the site of its forecast and the stored audit results. Commands that show
 * or export a stored plan use this, so their page always matches the store.
 */
public final class RosterPages {
    /** The forecast attribute naming the site, as {@code --site} stores it. */
    private static final String SITE_CODE = "site_code";

    private RosterPages() {
    }

    /**
     * The stored facts of a plan; callers may add a site or banner before rendering.
     *
     * @throws io.solvereign.api.SolvereignException {@code NOT_FOUND} for an unknown plan id
     */
    public static RosterPageFacts facts(Runbook runbook, String planId) {
        PlanVersion version = runbook.planVersion(Objects.requireNonNull(planId, "planId"));
        String status = version.status().name();
        List<Approval> approvals = runbook.lifecycle().approvals(planId);
        if (version.status() == PlanStatus.DRAFT && !approvals.isEmpty()) {
            Approval last = approvals.get(approvals.size() - 1);
            status += " (approved by " + last.actor() + " at " + last.at() + ")";
        }
        String site = runbook.lifecycle().forecast(version.forecastVersionId()).meta().attribute(SITE_CODE);
        return RosterPageFacts.of(version.id(), status).withSite(site).withAuditResults(version.auditResultsJson());
    }

    /** {@code roster.html} of a stored plan with the given facts (usually {@link #facts} plus a site). */
    public static String html(Runbook runbook, String planId, RosterPageFacts facts) {
        PlanVersion version = runbook.planVersion(Objects.requireNonNull(planId, "planId"));
        Plan plan = Runbook.plan(version);
        return PlanExports.of(plan, runbook.forecastOf(version, plan), facts).rosterHtml();
    }
}
