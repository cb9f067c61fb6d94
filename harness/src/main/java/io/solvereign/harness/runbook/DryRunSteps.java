package io.solvereign.harness.runbook;

import io.solvereign.api.Infeasibility;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.evidence.VerificationResult;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.Hashes;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.LockRequest;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.PlanVersion;
import java.util.Optional;
import io.solvereign.api.store.TrailAction;
import io.solvereign.engine.Solvers;
import io.solvereign.harness.export.PlanExports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The six steps of a {@link DryRun}, each filling its figures and throwing {@link StepFailed} for a FAIL. */
final class DryRunSteps {
    /** A step's own verdict: FAIL with a reason. */
    static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepFailed(String message) {
            super(message, null, false, false);
        }
    }

    private final DryRunFiles files;
    private final DryRun.Options options;
    private final Runbook runbook;
    /** The running step's figures. */
    Map<String, String> current = new LinkedHashMap<>();
    private Forecast forecast;
    private String forecastVersionId;
    private Plan plan;
    private String planId;
    private Path zip;
    private boolean infeasible;

    DryRunSteps(DryRunFiles files, DryRun.Options options, Runbook runbook) {
        this.files = files;
        this.options = options;
        this.runbook = runbook;
    }

    /** True when SOLVE found no legal plan. */
    boolean infeasible() {
        return infeasible;
    }

    private void put(String key, Object value) {
        current.put(key, String.valueOf(value));
    }

    void importStep() {
        files.writeInput(options.inputName(), options.originalBytes());
        ParseResult parsed = options.parsed();
        put("input", options.inputName() + " (" + parsed.format().cliName() + ", " + options.originalBytes().length + " bytes)");
        put("status", parsed.status());
        put("issues", parsed.issues().size());
        if (!parsed.solvable()) {
            ParseIssue first = parsed.failures().get(0);
            throw new StepFailed(parsed.failures().size() + " FAIL line(s), first: " + first.describe());
        }
        forecast = parsed.forecast();
        forecastVersionId = runbook.importForecast(DryRun.ACTOR, options.originalBytes(), parsed, ForecastMeta.none()).id();
        StringBuilder perDay = new StringBuilder();
        int[] counts = forecast.toursPerDay();
        for (Weekday d : Weekday.values()) {
            perDay.append(perDay.length() == 0 ? "" : " ").append(d.abbreviation()).append(' ').append(counts[d.ordinal()]);
        }
        put("tours", forecast.instances().size());
        put("tours per day", perDay);
        put("input_hash", CanonicalForm.inputHash(forecast));
        put("forecast version", forecastVersionId);
    }

    void solveStep() {
        SolveResult result = Solvers.create().solve(SolveRequest.newBuilder(forecast).seed(options.seed()).build());
        put("status", result.status());
        if (result.status() == SolveStatus.INFEASIBLE) {
            infeasible = true;
            Infeasibility first = result.infeasibilities().get(0);
            throw new StepFailed("no legal plan: " + first.rule() + ": " + first.message());
        }
        plan = result.plan();
        PlanVersion stored = runbook.storeDraft(DryRun.ACTOR, "dry run solve, seed " + options.seed(), forecastVersionId, "", plan);
        planId = stored.id();
        files.writeReportFile(PlanJson.FILE_NAME, PlanJson.writeBytes(plan));
        PlanExports.of(plan, forecast, RosterPages.facts(runbook, planId)).writeAll(files.reports());
        Kpis k = plan.kpis();
        put("plan", planId + " (DRAFT)");
        put("drivers", k.drivers() + " (" + k.fteDrivers() + " FTE, " + k.ptDrivers() + " PT)");
        put("lower bound", k.lowerBound() + " (gap " + k.gap() + ")");
        StringBuilder mix = new StringBuilder();
        for (BlockType t : BlockType.values()) {
            mix.append(mix.length() == 0 ? "" : ", ").append(t.label()).append(' ').append(k.blocksOf(t));
        }
        put("block mix", mix);
        put("average hours", k.averageHours());
        put("seed", options.seed());
        put("output_hash", plan.outputHash());
        put("solver_config_hash", plan.solverConfigHash());
    }

    void auditStep() {
        ReleaseGate.Outcome outcome = ReleaseGate.auditAndRecord(runbook, planId, DryRun.ACTOR);
        files.writeReportFile("audit_results.json", outcome.json());
        rewriteRosterPage();
        for (CheckResult c : outcome.report().checks()) {
            put(c.id(), c.status() + " (" + c.count() + ")");
        }
        put("REPRODUCIBILITY", outcome.report().reproducibility().status() + " ("
                + outcome.report().reproducibility().detail() + ")");
        put("near-violations", outcome.report().nearViolations().size());
        put("release gate", outcome.verdict().passed() ? "open" : "closed");
        if (!outcome.verdict().passed()) {
            throw new StepFailed("release gate closed: " + outcome.verdict().summary());
        }
    }

    void exportStep() {
        byte[] bytes = EvidenceExport.write(runbook, planId, options.hmacKey());
        zip = files.writeEvidence(EvidenceExport.fileName(planId), bytes);
        String sha = Hashes.sha256Hex(bytes);
        runbook.lifecycle().recordEvent(DryRun.ACTOR, TrailAction.EVIDENCE_EXPORTED, planId, "dry run evidence",
                Map.of("file", zip.getFileName().toString(), "sha256", sha,
                        "signed", Boolean.toString(options.hmacKey().length > 0)));
        put("file", files.relative(zip));
        put("bytes", bytes.length);
        put("sha256", sha);
        put("signed", options.hmacKey().length > 0 ? "hmac-sha256" : "no");
    }

    void lockStep() {
        GateVerdict verdict = ReleaseGate.recorded(runbook, planId);
        // A rehearsal has no reviewer: the approval requirement is switched off for it (DOMAIN §10).
        PlanVersion locked = runbook.lifecycle().lock(new LockRequest(planId, DryRun.ACTOR, "dry run: runbook rehearsal",
                verdict, false, Optional.empty()));
        put("plan", locked.id() + " " + locked.status());
        put("gate", verdict.summary());
        rewriteRosterPage();
    }

    /** The report's roster page follows the plan: re-rendered from the store after the audit and the lock. */
    private void rewriteRosterPage() {
        files.writeReportFile("roster.html", RosterPages.html(runbook, planId, RosterPages.facts(runbook, planId))
                .getBytes(StandardCharsets.UTF_8));
    }

    void verifyStep() {
        byte[] bytes = files.read(zip);
        EvidenceAudit.Verified verified = EvidenceAudit.verify(bytes, options.hmacKey(), options.resolve(), runbook);
        VerificationResult r = verified.result();
        runbook.store().verify();
        put("evidence", r.ok() ? "OK" : "FAIL");
        put("checks", "files, hashes, manifest_hash, checksums" + (options.hmacKey().length > 0 ? ", signature" : "")
                + ", plan hashes, re-audit" + (verified.resolved() ? ", re-solve" : "") + ", workspace");
        put("workspace", "hash chain and every record verified; plan " + planId + " "
                + runbook.planVersion(planId).status());
        for (int i = 0; i < r.findings().size(); i++) {
            put("finding " + (i + 1), r.findings().get(i));
        }
        runbook.lifecycle().recordEvent(DryRun.ACTOR, TrailAction.EVIDENCE_VERIFIED, planId, "dry run verification",
                Map.of("ok", Boolean.toString(r.ok()), "findings", Integer.toString(r.findings().size())));
        if (!r.ok()) {
            throw new StepFailed(r.findings().size() + " finding(s) in " + String.join(", ", r.filesNamed()));
        }
    }
}
