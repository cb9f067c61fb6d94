package io.solvereign.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.io.ExampleForecasts;
import io.solvereign.api.model.Plan;
import io.solvereign.api.store.Approval;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.export.PlanExports;
import io.solvereign.harness.runbook.FreezeDays;
import io.solvereign.harness.runbook.Runbook;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code status}, {@code plans} and {@code show} report about a workspace, as JSON trees (the
 * keys are documented in the README); the commands print them as JSON or as text.
 */
final class WorkspaceView {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Runbook runbook;

    WorkspaceView(Runbook runbook) {
        this.runbook = runbook;
    }

    /** ISO week of a Monday, e.g. {@code 2026-W02}. */
    static String weekKey(LocalDate monday) {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** True when the version was made from the built-in example week, which can never be locked. */
    boolean isExample(PlanVersion v) {
        ForecastVersion f = runbook.lifecycle().forecast(v.forecastVersionId());
        return Arrays.equals(f.originalBytes(), ExampleForecasts.viennaWeekBytes());
    }

    /** The recorded audit: {@code NONE}, {@code PASS} (release gate open) or {@code FAIL}. */
    static String audit(PlanVersion v) {
        JsonNode a = auditJson(v);
        return a == null ? "NONE" : a.path("release_gate").asBoolean(false) ? "PASS" : "FAIL";
    }

    private static JsonNode auditJson(PlanVersion v) {
        byte[] bytes = v.auditResultsJson();
        if (bytes.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /** What a draft waits for: {@code audit}, {@code approval}, {@code lock}; empty when not a draft. */
    String waitingFor(PlanVersion v) {
        if (v.status() != PlanStatus.DRAFT) {
            return "";
        }
        if (!audit(v).equals("PASS")) {
            return "audit";
        }
        return runbook.lifecycle().approvals(v.id()).isEmpty() ? "approval" : "lock";
    }

    /** The {@code status} object of the workspace at {@code folder}. */
    ObjectNode status(java.nio.file.Path folder) {
        ObjectNode n = JSON.createObjectNode();
        n.put("workspace", folder.toString());
        n.put("site", site());
        n.set("publishing", publishing(runbook.store().killSwitch()));
        List<PlanVersion> plans = runbook.store().plans();
        ObjectNode counts = n.putObject("plans_by_status");
        for (PlanStatus s : PlanStatus.values()) {
            counts.put(s.name(), plans.stream().filter(p -> p.status() == s).count());
        }
        n.put("forecasts", runbook.store().forecasts().size());
        TreeMap<String, PlanVersion> lockedByWeek = new TreeMap<>();
        for (PlanVersion p : plans) {
            if (p.status() == PlanStatus.LOCKED) {
                lockedByWeek.put(week(p), p);
            }
        }
        ArrayNode locked = n.putArray("locked_by_week");
        lockedByWeek.forEach((week, p) -> locked.addObject().put("week", week).put("plan_id", p.id())
                .put("output_hash", p.outputHash()));
        ArrayNode waiting = n.putArray("waiting");
        for (PlanVersion p : plans) {
            String w = waitingFor(p);
            if (!w.isEmpty()) {
                waiting.addObject().put("plan_id", p.id()).put("week", week(p)).put("waiting_for", w)
                        .put("example", isExample(p));
            }
        }
        return n;
    }

    /** The kill switch in plain words: whether publishing is allowed, and who switched it, when and why. */
    static ObjectNode publishing(KillSwitch ks) {
        ObjectNode p = JSON.createObjectNode();
        p.put("allowed", !ks.on());
        p.put("kill_switch", ks.on() ? "on" : "off");
        p.put("by", ks.actor());
        p.put("at", ks.at().equals(java.time.Instant.EPOCH) ? "" : ks.at().toString());
        p.put("reason", ks.reason());
        return p;
    }

    /** The site code of the newest forecast that names one, else empty. */
    private String site() {
        String site = "";
        for (ForecastVersion f : runbook.store().forecasts()) {
            String s = f.meta().attribute(SiteOption.SITE_CODE);
            site = s.isEmpty() ? site : s;
        }
        return site;
    }

    /** The ISO week a plan covers. */
    String week(PlanVersion v) {
        return weekKey(Runbook.plan(v).weekAnchor());
    }

    /** One row of {@code plans}. */
    ObjectNode row(PlanVersion v) {
        return row(v, Runbook.plan(v));
    }

    /** One row of {@code plans}, with the version's plan already read. */
    private ObjectNode row(PlanVersion v, Plan plan) {
        ObjectNode r = JSON.createObjectNode();
        r.put("plan_id", v.id());
        r.put("status", v.status().name());
        r.put("week", weekKey(plan.weekAnchor()));
        r.put("forecast_version_id", v.forecastVersionId());
        r.put("baseline_plan_id", v.baselinePlanId());
        r.put("drivers", plan.kpis().drivers());
        r.put("lower_bound", plan.kpis().lowerBound());
        r.put("audit", audit(v));
        r.put("approved", !runbook.lifecycle().approvals(v.id()).isEmpty());
        r.put("waiting_for", waitingFor(v));
        r.put("example", isExample(v));
        r.put("output_hash", v.outputHash());
        r.put("created_at", v.createdAt().toString());
        return r;
    }

    /** The {@code plans} object, filtered by week and status when given (null for any). */
    ObjectNode plans(String week, PlanStatus status) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode rows = n.putArray("plans");
        for (PlanVersion v : runbook.store().plans()) {
            if ((status == null || v.status() == status) && (week == null || week.equals(week(v)))) {
                rows.add(row(v));
            }
        }
        return n;
    }

    /** The {@code show} object of one plan. */
    ObjectNode show(String planId) {
        PlanVersion v = runbook.planVersion(planId);
        return show(v, Runbook.plan(v));
    }

    /** The {@code show} object of a version whose plan is already read (each read parses the whole plan). */
    ObjectNode show(PlanVersion v, Plan plan) {
        String planId = v.id();
        ObjectNode n = row(v, plan);
        n.put("week_anchor", plan.weekAnchor().toString());
        n.put("time_zone", plan.zone().getId());
        n.put("seed", plan.seed());
        n.put("input_hash", plan.inputHash());
        n.put("solver_config_hash", plan.solverConfigHash());
        n.set("kpis", PlanExports.kpisNode(plan.kpis()));
        n.put("gap", plan.kpis().gap());
        ObjectNode audit = n.putObject("audit_checks");
        JsonNode a = auditJson(v);
        int near = 0;
        if (a != null) {
            for (JsonNode c : a.path("checks")) {
                audit.put(c.path("id").asText(), c.path("status").asText());
            }
            audit.put("REPRODUCIBILITY", a.path("reproducibility").path("status").asText());
            near = a.path("near_violations").size();
        }
        n.put("near_violations", a == null ? null : near);
        ArrayNode approvals = n.putArray("approvals");
        for (Approval ap : runbook.lifecycle().approvals(planId)) {
            ObjectNode o = approvals.addObject().put("by", ap.actor()).put("reason", ap.reason())
                    .put("at", ap.at().toString());
            ObjectNode met = o.putObject("conditions_met");
            ap.conditionsMet().forEach(met::put);
        }
        ArrayNode freeze = n.putArray("freeze_days");
        FreezeDays.dates(runbook.store().trail()).stream()
                .filter(d -> !d.isBefore(plan.weekAnchor()) && !d.isAfter(plan.weekAnchor().plusDays(6)))
                .forEach(d -> freeze.add(d.toString()));
        ArrayNode trail = n.putArray("trail");
        for (TrailEntry e : runbook.lifecycle().trail(planId)) {
            ObjectNode t = trail.addObject().put("sequence", e.sequence()).put("at", e.at().toString())
                    .put("actor", e.actor()).put("action", e.action().name()).put("reason", e.reason());
            ObjectNode d = t.putObject("details");
            for (Map.Entry<String, String> x : e.details().entrySet()) {
                d.put(x.getKey(), x.getValue());
            }
        }
        return n;
    }
}
