package io.solvereign.harness.runbook;

import io.solvereign.api.SolvereignException;
import io.solvereign.api.io.ParseResult;
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

    private DryRun() {
    }

    /**
     * Runs the dry run; the report is written even when a step fails.
     *
     * @param artifacts the artifacts folder (its runbook sub-folders are replaced)
     * @param clock     time for the trail (never reaches the evidence)
     * @param progress  receives each step's name as it starts
     * @throws SolvereignException {@code OUTPUT_NOT_WRITABLE} when the folder cannot be prepared
     */
    public static Outcome run(Path artifacts, Clock clock, Options options, Consumer<String> progress) {
        return run(artifacts, null, clock, options, progress);
    }

    /**
     * As {@link #run(Path, Clock, Options, Consumer)} with the workspace in {@code workspace} (absent or
     * empty) instead of {@code workspace/} under the artifacts folder, when not null.
     */
    public static Outcome run(Path artifacts, Path workspace, Clock clock, Options options, Consumer<String> progress) {
        DryRunFiles files = DryRunFiles.prepare(artifacts, workspace);
        DryRunSteps d = new DryRunSteps(files, options, Runbook.open(files.workspace(), clock));
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
            progress.accept(name);
            long t0 = System.nanoTime();
            String problem = "";
            try {
                bodies.get(i).run();
            } catch (DryRunSteps.StepFailed | SolvereignException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                problem = "internal error: " + e;
                bug = e;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            StepResult r = new StepResult(name, problem.isEmpty() ? StepResult.Status.PASS : StepResult.Status.FAIL,
                    ms, figures, problem);
            results.add(r);
        }
        Path report = files.writeReportAndLogs(options.inputName(), results);
        if (bug != null) {
            throw bug;
        }
        return new Outcome(List.copyOf(results), report, d.infeasible());
    }
}
