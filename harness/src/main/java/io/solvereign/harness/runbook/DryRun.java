package io.solvereign.harness.runbook;

import io.solvereign.api.Infeasibility;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.evidence.VerificationResult;
import io.solvereign.api.io.CanonicalForm;
import io.solvereign.api.io.Hashes;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.io.PlanJson;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.engine.Solvers;
import io.solvereign.harness.export.PlanExports;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The whole runbook in one go into a fresh workspace under an artifacts folder: IMPORT -> SOLVE ->
 * AUDIT -> EXPORT EVIDENCE -> LOCK -> VERIFY, stopping at the first step that fails. Each step's
 * figures go to the report; {@link DryRunFiles} lays out {@code input/}, {@code logs/},
 * {@code evidence/} and {@code reports/}.
 */
public final class DryRun {
    /** The steps in order. */
    public static final List<String> STEPS = List.of("IMPORT", "SOLVE", "AUDIT", "EXPORT EVIDENCE", "LOCK", "VERIFY");
    /** The actor the dry run writes into the trail. */
    public static final String ACTOR = "dry-run";

    /**
     * What to run on.
     *
     * @param inputName     the forecast's file name (or the built-in example's)
     * @param originalBytes the forecast file's bytes
     * @param parsed        its parse result
     * @param seed          search seed
     * @param hmacKey       evidence signing key, empty for unsigned
     * @param resolve       true to re-solve once more in VERIFY (AUDIT always re-solves)
     */
    public record Options(String inputName, byte[] originalBytes, ParseResult parsed, long seed, byte[] hmacKey,
                          boolean resolve) {
        /** Copies the byte arrays. */
        public Options {
            Objects.requireNonNull(inputName, "inputName");
            originalBytes = originalBytes.clone();
            Objects.requireNonNull(parsed, "parsed");
            hmacKey = hmacKey.clone();
        }
    }

    /** The result: every step (NOT_RUN after a failure), the report's path, and whether a solve was infeasible. */
    public record Outcome(List<StepResult> steps, Path report, boolean infeasible) {
        /** True when every step passed. */
        public boolean passed() {
            return steps.stream().allMatch(StepResult::passed);
        }
    }

    /** A step's own verdict: FAIL with a reason. */
    private static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepFailed(String message) {
            super(message, null, false, false);
        }
    }

    private final DryRunFiles files;
    private final Options options;
    private final Consumer<String> progress;
    /** The running step's figures. */
    private Map<String, String> current = new LinkedHashMap<>();
    private Runbook runbook;
    private Forecast forecast;
    private String forecastVersionId;
    private Plan plan;
    private String planId;
    private Path zip;
    private boolean infeasible;

    private DryRun(DryRunFiles files, Options options, Consumer<String> progress) {
        this.files = files;
        this.options = options;
        this.progress = progress;
    }

    /**
     * Runs the dry run; the report is written even when a step fails.
     *
     * @param artifacts the artifacts folder (its runbook sub-folders are replaced)
     * @param clock     time for the trail (never reaches the evidence)
     * @param progress  receives one line per finished step
     * @throws SolvereignException {@code OUTPUT_NOT_WRITABLE} when the folder cannot be prepared
     */
    public static Outcome run(Path artifacts, Clock clock, Options options, Consumer<String> progress) {
        DryRunFiles files = DryRunFiles.prepare(artifacts);
        DryRun d = new DryRun(files, options, progress);
        d.runbook = Runbook.open(files.workspace(), clock);
        List<StepResult> results = new ArrayList<>();
        List<Runnable> bodies = List.of(d::importStep, d::solveStep, d::auditStep, d::exportStep, d::lockStep,
                d::verifyStep);
        Map<String, String> figures = new LinkedHashMap<>();
        RuntimeException bug = null;
        for (int i = 0; i < STEPS.size(); i++) {
            String name = STEPS.get(i);
            if (bug != null || (!results.isEmpty() && !results.get(results.size() - 1).passed())) {
                results.add(StepResult.notRun(name));
                continue;
            }
            figures.clear();
            d.current = figures;
            long t0 = System.nanoTime();
            String problem = "";
            try {
                bodies.get(i).run();
            } catch (StepFailed | SolvereignException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                problem = "internal error: " + e;
                bug = e;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            StepResult r = new StepResult(name, problem.isEmpty() ? StepResult.Status.PASS : StepResult.Status.FAIL,
                    ms, figures, problem);
            results.add(r);
            progress.accept(String.format(java.util.Locale.ROOT, "%-16s %-4s %6d ms%s", name, r.status(), ms,
                    problem.isEmpty() ? "" : "  " + problem));
        }
        Path report = files.writeReportAndLogs(options.inputName(), results);
        if (bug != null) {
            throw bug;
        }
        return new Outcome(List.copyOf(results), report, d.infeasible);
    }

    private void put(String key, Object value) {
        current.put(key, String.valueOf(value));
    }

    private void importStep() {
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
        forecastVersionId = runbook.importForecast(ACTOR, options.originalBytes(), forecast).id();
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

    private void solveStep() {
        SolveResult result = Solvers.create().solve(SolveRequest.newBuilder(forecast).seed(options.seed()).build());
        put("status", result.status());
        if (result.status() == SolveStatus.INFEASIBLE) {
            infeasible = true;
            Infeasibility first = result.infeasibilities().get(0);
            throw new StepFailed("no legal plan: " + first.rule() + ": " + first.message());
        }
        plan = result.plan();
        PlanVersion stored = runbook.storeDraft(ACTOR, "dry run solve, seed " + options.seed(), forecastVersionId, "", plan);
        SolveSettings.record(runbook.lifecycle(), ACTOR, stored.id(), SolveRequest.DEFAULT_WORK_BUDGET);
        planId = stored.id();
        files.writeReportFile(PlanJson.FILE_NAME, PlanJson.writeBytes(plan));
        PlanExports.of(plan, forecast).writeAll(files.reports());
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

    private void auditStep() {
        ReleaseGate.Outcome outcome = ReleaseGate.auditAndRecord(runbook, planId, ACTOR);
        files.writeReportFile("audit_results.json", outcome.json());
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

    private void exportStep() {
        byte[] bytes = EvidenceExport.write(runbook, planId, options.hmacKey());
        zip = files.writeEvidence(EvidenceExport.fileName(planId), bytes);
        String sha = Hashes.sha256Hex(bytes);
        runbook.lifecycle().recordEvent(ACTOR, TrailAction.EVIDENCE_EXPORTED, planId, "dry run evidence",
                Map.of("file", zip.getFileName().toString(), "sha256", sha,
                        "signed", Boolean.toString(options.hmacKey().length > 0)));
        put("file", files.relative(zip));
        put("bytes", bytes.length);
        put("sha256", sha);
        put("signed", options.hmacKey().length > 0 ? "hmac-sha256" : "no");
    }

    private void lockStep() {
        GateVerdict verdict = ReleaseGate.recorded(runbook, planId);
        PlanVersion locked = runbook.lifecycle().lock(planId, ACTOR, "dry run: runbook rehearsal", verdict);
        put("plan", locked.id() + " " + locked.status());
        put("gate", verdict.summary());
    }

    private void verifyStep() {
        byte[] bytes = files.read(zip);
        VerificationResult r = EvidenceAudit.verify(bytes, options.hmacKey(), options.resolve(), runbook);
        runbook.store().verify();
        put("evidence", r.ok() ? "OK" : "FAIL");
        put("checks", "files, hashes, manifest_hash, checksums" + (options.hmacKey().length > 0 ? ", signature" : "")
                + ", plan hashes, re-audit" + (options.resolve() ? ", re-solve" : "") + ", workspace");
        put("workspace", "every file matches SHA256SUMS; plan " + planId + " "
                + runbook.planVersion(planId).status());
        for (int i = 0; i < r.findings().size(); i++) {
            put("finding " + (i + 1), r.findings().get(i));
        }
        runbook.lifecycle().recordEvent(ACTOR, TrailAction.EVIDENCE_VERIFIED, planId, "dry run verification",
                Map.of("ok", Boolean.toString(r.ok()), "findings", Integer.toString(r.findings().size())));
        if (!r.ok()) {
            throw new StepFailed(r.findings().size() + " finding(s) in " + String.join(", ", r.filesNamed()));
        }
    }
}
