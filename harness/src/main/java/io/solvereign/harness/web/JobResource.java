package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.SolveListener;
import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.Weekday;
import io.solvereign.harness.CockpitVerbs;
import io.solvereign.harness.runbook.Instants;
import io.solvereign.harness.runbook.Runbook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The long verbs as background jobs: {@code POST /api/solve}, {@code POST /api/plans/{id}/audit} and
 * {@code POST /api/plans/{id}/repair} answer 202 with a job id after checking what they can at once
 * (the forecast or plan exists, the request is well-formed); {@code GET /api/jobs/{id}} reports progress
 * and the result, which is the CLI command's {@code --json} output.
 */
final class JobResource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CockpitVerbs verbs;
    private final Jobs jobs;

    JobResource(CockpitVerbs verbs, Jobs jobs) {
        this.verbs = verbs;
        this.jobs = jobs;
    }

    void register(Router router) {
        router.post("/api/solve", Permission.SOLVE, this::solve);
        router.post(PlanResource.PLAN + "/audit", Permission.AUDIT, this::audit);
        router.post(PlanResource.PLAN + "/repair", Permission.REPAIR, this::repair);
        router.get("/api/jobs/(J[0-9]{1,18})", Permission.READ, r -> ApiResponse.json(200, jobs.find(r.path(0))
                .orElseThrow(() -> new ApiException(404, "NOT_FOUND", "no job " + r.path(0) + " (finished jobs are kept "
                        + "for the newest " + Jobs.KEPT + ")")).json()));
    }

    private ApiResponse solve(ApiRequest r) {
        JsonNode body = r.json();
        String forecastId = ApiRequest.text(body, "forecast_id");
        long seed = 1;
        if (body.has("seed")) {
            if (!body.get("seed").canConvertToLong()) {
                throw ApiException.badRequest("\"seed\" must be a whole number");
            }
            seed = body.get("seed").asLong();
        }
        LocalDate anchor = ForecastResource.anchor(body.path("week_anchor").asText(null));
        ZoneId zone = ForecastResource.zone(body.path("time_zone").asText(null));
        verbs.runbook().lifecycle().forecast(forecastId);
        String user = r.user();
        long s = seed;
        Job job = jobs.submit("solve", user, j -> verbs.solve(forecastId, s, anchor, zone, user, listener(j)));
        return accepted(job);
    }

    private ApiResponse audit(ApiRequest r) {
        String planId = r.path(0);
        verbs.runbook().planVersion(planId);
        String user = r.user();
        Job job = jobs.submit("audit", user, j -> verbs.audit(planId, user, j::progress));
        return accepted(job);
    }

    private ApiResponse repair(ApiRequest r) {
        String planId = r.path(0);
        JsonNode body = r.json();
        verbs.runbook().planVersion(planId);
        if (!body.path("absent").isArray() || body.path("absent").isEmpty()) {
            throw ApiException.badRequest("\"absent\" must list at least one driver, e.g. [\"D001\"]");
        }
        Set<Weekday> days = EnumSet.noneOf(Weekday.class);
        for (JsonNode d : body.path("days")) {
            Weekday w = Weekday.lookup(d.asText());
            if (w == null) {
                throw ApiException.badRequest("days: '" + d.asText() + "' is no day; use Mo, Di, Mi, Do, Fr, Sa, So");
            }
            days.add(w);
        }
        SortedMap<String, Set<Weekday>> absences = new TreeMap<>();
        for (JsonNode d : body.path("absent")) {
            if (!d.isTextual() || d.asText().isBlank()) {
                throw ApiException.badRequest("\"absent\" holds driver ids such as \"D001\"");
            }
            absences.put(d.asText().strip(), days);
        }
        Instant now = null;
        if (body.path("now").isTextual() && !body.get("now").asText().isBlank()) {
            // A local date-time (datetime-local) is read in the plan's own zone, as the CLI's --now in site time.
            ZoneId planZone = Runbook.plan(verbs.runbook().planVersion(planId)).zone();
            try {
                now = Instants.parse(body.get("now").asText().strip(), planZone);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("now: " + e.getMessage());
            }
        }
        String user = r.user();
        Instant at = now;
        Job job = jobs.submit("repair", user, j -> {
            j.progress("repair " + planId + " for " + String.join(", ", absences.keySet()));
            return verbs.repair(planId, absences, user, at);
        });
        return accepted(job);
    }

    private static ApiResponse accepted(Job job) {
        ObjectNode n = JSON.createObjectNode().put("job_id", job.id());
        return ApiResponse.json(202, n).header("Location", "/api/jobs/" + job.id());
    }

    /** Solver events as progress lines. */
    private static SolveListener listener(Job job) {
        return new SolveListener() {
            @Override
            public void phaseStarted(String phase) {
                job.progress("phase " + phase);
            }

            @Override
            public void betterPlanFound(LexCost cost) {
                job.progress("better plan " + cost);
            }

            @Override
            public void boundImproved(int drivers) {
                job.progress("lower bound " + drivers + " drivers");
            }
        };
    }
}
