package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.harness.CockpitVerbs;
import io.solvereign.harness.runbook.EvidenceExport;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reads of the plans: {@code /api/status}, {@code /api/plans}, {@code /api/plans/{id}} (the
 * {@code show} JSON plus the preview), {@code /api/plans/{id}/release} (the checklist) and
 * {@code /api/plans/{id}/evidence} (the evidence zip, recorded in the trail like {@code export-evidence}).
 */
final class PlanResource {
    static final String PLAN = "/api/plans/([A-Za-z0-9_-]{1,40})";
    private static final Pattern WEEK = Pattern.compile("[0-9]{4}-W[0-9]{2}");

    private final CockpitVerbs verbs;

    PlanResource(CockpitVerbs verbs) {
        this.verbs = verbs;
    }

    void register(Router router) {
        router.get("/api/status", Permission.READ, r -> ApiResponse.json(200, verbs.status()));
        router.get("/api/plans", Permission.READ, this::plans);
        router.get(PLAN, Permission.READ, r -> ApiResponse.json(200, plan(r.path(0))));
        router.get(PLAN + "/release", Permission.READ, r -> ApiResponse.json(200, ReleaseChecklist.of(verbs, r.path(0))));
        router.get(PLAN + "/evidence", Permission.READ, this::evidence);
    }

    private ApiResponse plans(ApiRequest r) {
        String week = r.query("week");
        if (week != null && !WEEK.matcher(week).matches()) {
            throw ApiException.badRequest("week '" + week + "' is not an ISO week; use e.g. 2026-W02");
        }
        PlanStatus status = null;
        if (r.query("status") != null) {
            try {
                status = PlanStatus.valueOf(r.query("status").strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("status '" + r.query("status") + "' is no status; use DRAFT, LOCKED or SUPERSEDED");
            }
        }
        return ApiResponse.json(200, verbs.plans(week, status));
    }

    /** {@code show --json} plus {@code "preview"}. */
    ObjectNode plan(String planId) {
        CockpitVerbs.Shown shown = verbs.showPlan(planId);
        ObjectNode n = shown.json();
        n.set("preview", PlanPreview.of(shown.plan(), shown.version().auditResultsJson()));
        return n;
    }

    private ApiResponse evidence(ApiRequest r) {
        String planId = r.path(0);
        byte[] zip = verbs.evidence(planId, r.user());
        return ApiResponse.bytes(200, "application/zip", zip)
                .header("Content-Disposition", "attachment; filename=\"" + EvidenceExport.fileName(planId) + "\"");
    }
}
