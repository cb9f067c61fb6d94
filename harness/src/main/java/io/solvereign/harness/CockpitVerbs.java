package io.solvereign.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.Infeasibility;
import io.solvereign.api.SolveListener;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.internal.io.VersionJson;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.store.ForecastKind;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.ReleaseOverride;
import io.solvereign.api.version.ForecastDiff;
import io.solvereign.api.version.WeekKey;
import io.solvereign.engine.Solvers;
import io.solvereign.harness.runbook.HmacKeys;
import io.solvereign.harness.runbook.PlanRepair;
import io.solvereign.harness.runbook.Runbook;
import io.solvereign.harness.runbook.WeekChain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * The CLI's verbs for the cockpit ({@code serve}): each method runs the same code as its command and
 * returns the JSON that command prints with {@code --json}, so the web and the command line cannot
 * drift apart. The actor is the caller's (the logged-in user); refusals are the commands'
 * {@link SolvereignException}s with their codes.
 */
public final class CockpitVerbs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Runbook runbook;
    private final Path workspace;

    /**
     * @param runbook   the opened store
     * @param workspace what {@code status} names as the workspace (the folder, or the {@code --db} URL's description)
     */
    public CockpitVerbs(Runbook runbook, Path workspace) {
        this.runbook = Objects.requireNonNull(runbook, "runbook");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** The opened store. */
    public Runbook runbook() {
        return runbook;
    }

    /** {@code status --json}. */
    public ObjectNode status() {
        return new WorkspaceView(runbook).status(workspace);
    }

    /** {@code plans --json}, filtered by ISO week and status when given (null for any). */
    public ObjectNode plans(String week, PlanStatus status) {
        return new WorkspaceView(runbook).plans(week, status);
    }

    /** {@code show --plan ID --json}. */
    public ObjectNode show(String planId) {
        return new WorkspaceView(runbook).show(planId);
    }

    /** A plan's {@code show --json}, with the stored version and its plan as read for it. */
    public record Shown(ObjectNode json, PlanVersion version, io.solvereign.api.model.Plan plan) {
    }

    /** {@code show --plan ID --json}, keeping the version and plan it read (so a caller need not read them again). */
    public Shown showPlan(String planId) {
        PlanVersion v = runbook.planVersion(planId);
        io.solvereign.api.model.Plan plan = Runbook.plan(v);
        return new Shown(new WorkspaceView(runbook).show(v, plan), v, plan);
    }

    /** True when the plan was made from the built-in example week (never lockable). */
    public boolean isExample(PlanVersion v) {
        return new WorkspaceView(runbook).isExample(v);
    }

    /** {@code approve --plan ID --by ACTOR --reason TEXT --json}. */
    public ObjectNode approve(String planId, String actor, String reason) {
        return ApproveCommand.json(planId, ApproveCommand.approve(runbook, planId, actor, reason, Optional.empty()));
    }

    /**
     * {@code lock --plan ID --by ACTOR --reason TEXT --json}; with a partial override reason also
     * {@code --partial-override-by ACTOR --partial-override-reason TEXT}.
     *
     * @param partialOverrideReason null or blank for no override
     */
    public ObjectNode lock(String planId, String actor, String reason, String partialOverrideReason) {
        ReleaseOverride override = partialOverrideReason == null || partialOverrideReason.isBlank() ? null
                : new ReleaseOverride(actor, partialOverrideReason.strip());
        return LockCommand.lock(runbook, planId, actor, reason, override).json();
    }

    /** {@code publishing on|off --reason TEXT --json}: the new publishing state. */
    public ObjectNode publishing(boolean allowed, String actor, String reason) {
        KillSwitch ks = runbook.lifecycle().killSwitch(!allowed, actor, reason);
        return WorkspaceView.publishing(ks);
    }

    /** An import: the report ({@code import --json}) and the parse result, with the stored version (null on FAIL). */
    public record Imported(ObjectNode report, ParseResult result, ForecastVersion version) {
    }

    /**
     * {@code import --json} of uploaded bytes: parsed, and stored as a forecast version when PASS or WARN.
     *
     * @param name what the report names as the input (e.g. the uploaded file's name)
     */
    public Imported importForecast(String actor, String name, byte[] bytes, InputFormat format, LocalDate weekAnchor,
                                   ZoneId zone) {
        ParseResult result = parse(bytes, format, weekAnchor, zone);
        ForecastVersion stored = result.solvable()
                ? runbook.importForecast(actor, bytes, result, ForecastMeta.none()) : null;
        InputOptions.Input input = new InputOptions.Input(name, null, result);
        ImportReport report = new ImportReport(input, stored == null ? null : stored.id(), workspace, false);
        try {
            return new Imported((ObjectNode) JSON.readTree(report.json()), result, stored);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the import report is JSON", e);
        }
    }

    /** The parse of forecast bytes as {@code import} reads them. */
    public static ParseResult parse(byte[] bytes, InputFormat format, LocalDate weekAnchor, ZoneId zone) {
        return ForecastParser.parse(new String(bytes, StandardCharsets.UTF_8), format, weekAnchor, zone);
    }

    /** One line naming every FAIL of a parse, as {@code import} prints it on stderr. */
    public static String failureLine(String name, ParseResult result, byte[] bytes) {
        return ForecastFailures.oneLine(name, result.failures(), new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * {@code solve --json} of a stored forecast version: the plan is stored as a DRAFT by {@code actor}. A
     * composed week is read on its own Monday and zone ({@code solve --week}); any other version on the
     * given week anchor and zone ({@code solve -i}).
     *
     * @throws SolvereignException {@code INFEASIBLE} naming the rules when no legal plan exists
     */
    public ObjectNode solve(String forecastId, long seed, LocalDate weekAnchor, ZoneId zone, String actor,
                            SolveListener listener) {
        ForecastVersion fv = runbook.lifecycle().forecast(forecastId);
        Forecast forecast;
        if (fv.meta().kind() == ForecastKind.COMPOSED) {
            // A composed week knows its Monday and zone: solve it as solve --week does.
            WeekKey week = WeekKey.parse(fv.meta().weekKey());
            String z = fv.meta().attribute(WeekChain.TIME_ZONE);
            forecast = new WeekChain(runbook, week, z.isEmpty() ? zone : ZoneId.of(z)).forecastOf(fv);
        } else {
            forecast = runbook.forecastOf(fv, weekAnchor, zone);
        }
        long started = System.nanoTime();
        SolveResult result = Solvers.create().solve(SolveRequest.newBuilder(forecast).seed(seed)
                .ruleSet(RuleSet.defaults()).listener(listener).build());
        long solveMs = (System.nanoTime() - started) / 1_000_000;
        if (result.status() == SolveStatus.INFEASIBLE) {
            StringBuilder why = new StringBuilder("no legal plan exists for " + forecastId + ":");
            for (Infeasibility i : result.infeasibilities()) {
                why.append(' ').append(i.rule()).append(": ").append(i.message()).append(';');
            }
            throw new SolvereignException(ErrorCode.INFEASIBLE, why.toString());
        }
        PlanVersion stored = runbook.storeDraft(actor, "solve " + forecastId + " seed " + seed, fv.id(), "",
                result.plan());
        ObjectNode summary = SolveCommand.summaryJson(result, solveMs);
        summary.put("plan_id", stored.id());
        summary.put("forecast_version_id", fv.id());
        summary.put("workspace", workspace.toString());
        return summary;
    }

    /**
     * {@code audit --plan ID --json} (the eight checks and the real re-solve under the built-in site rules),
     * plus {@code "recorded"}: whether the verdict was recorded (drafts only).
     *
     * @param step told each step's name as it starts
     */
    public ObjectNode audit(String planId, String actor, Consumer<String> step) {
        WorkspaceAudit.Audited a = WorkspaceAudit.auditAndRecord(runbook, planId, RuleSet.defaults(), actor, step);
        ObjectNode n = io.solvereign.api.internal.io.AuditReportJson.toJson(a.outcome().report());
        n.put("recorded", a.recorded());
        return n;
    }

    /**
     * {@code repair --plan ID --absent ... [--days ...] --json}: a sick-call repair of a LOCKED plan stored as a
     * new DRAFT naming its baseline.
     *
     * @param now the repair's clock (the CLI's {@code --now}); null for the store's clock
     */
    public ObjectNode repair(String planId, SortedMap<String, Set<Weekday>> absences, String actor, Instant now) {
        String why = "sick call: " + String.join(", ", absences.keySet());
        Runbook at = now == null ? runbook : runbook.withClock(Clock.fixed(now, ZoneOffset.UTC));
        PlanRepair.Stored stored = PlanRepair.repairAndStore(at, planId, absences, List.of(), actor, why, true,
                RuleSet.defaults());
        try {
            return (ObjectNode) JSON.readTree(RepairText.json(stored));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the repair report is JSON", e);
        }
    }

    /** The evidence zip {@code export-evidence} writes (signed with {@code SOLVEREIGN_HMAC_SECRET} when set). */
    public byte[] evidence(String planId, String actor) {
        return ExportEvidenceCommand.export(runbook, planId, HmacKeys.resolve(null, System::getenv), actor, zip -> {
        });
    }

    /**
     * The week's composed versions, oldest first (what {@code compose} stored for it), each with its
     * completeness as {@code compose --json} reports it.
     */
    public ObjectNode week(WeekKey week) {
        ObjectNode n = JSON.createObjectNode().put("week", week.toString());
        com.fasterxml.jackson.databind.node.ArrayNode list = n.putArray("compositions");
        ObjectNode latest = null;
        for (ForecastVersion f : new WeekChain(runbook, week, Forecast.DEFAULT_ZONE).versions(ForecastKind.COMPOSED)) {
            latest = completeness(f);
            list.addObject().put("id", f.id()).put("kind", f.meta().kind().name()).put("parent_id", f.meta().parentId())
                    .put("input_hash", f.inputHash()).put("tour_lines", f.canonicalText().isEmpty() ? 0
                            : f.canonicalText().lines().count()).put("created_at", f.createdAt().toString())
                    .set("completeness", latest);
        }
        if (latest == null) {
            latest = JSON.createObjectNode().put("state", "UNKNOWN").put("expected_days", 0);
            latest.putArray("present");
            latest.putArray("missing");
        }
        n.set("completeness", latest);
        return n;
    }

    /**
     * A version's completeness ({@code state}, {@code expected_days}, {@code present}, {@code missing}) from
     * what {@code compose} recorded; {@code state} is empty for a version that was not composed.
     */
    public static ObjectNode completeness(ForecastVersion f) {
        ObjectNode o = JSON.createObjectNode().put("state", f.meta().attribute(ForecastMeta.COMPLETENESS));
        String expectedText = f.meta().attribute(WeekChain.EXPECTED_DAYS);
        int expected = expectedText.isEmpty() ? 0 : Integer.parseInt(expectedText);
        o.put("expected_days", expected);
        java.util.Set<String> present = new java.util.LinkedHashSet<>();
        for (String d : f.meta().attribute(WeekChain.DAYS_PRESENT).split(",")) {
            if (!d.isBlank()) {
                present.add(d.strip());
            }
        }
        com.fasterxml.jackson.databind.node.ArrayNode p = o.putArray("present");
        present.forEach(p::add);
        com.fasterxml.jackson.databind.node.ArrayNode missing = o.putArray("missing");
        for (Weekday d : Weekday.values()) {
            if (d.ordinal() < expected && !present.contains(d.abbreviation())) {
                missing.add(d.abbreviation());
            }
        }
        return o;
    }

    /** {@code diff --old ID --new ID --json} of two stored forecast versions. */
    public ObjectNode diff(String oldId, String newId) {
        ForecastDiff d = ForecastDiff.of(DiffCommand.stored(runbook, oldId), DiffCommand.stored(runbook, newId));
        return VersionJson.forecastDiff(d, oldId, newId);
    }
}
