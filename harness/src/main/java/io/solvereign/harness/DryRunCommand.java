package io.solvereign.harness;

import io.solvereign.harness.runbook.DryRun;
import io.solvereign.harness.runbook.HmacKeys;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dry-run}: the whole runbook (IMPORT -> SOLVE -> AUDIT -> EXPORT EVIDENCE -> LOCK -> VERIFY)
 * into a fresh workspace ({@code --workspace}, else {@code workspace/} under {@code --out}), with
 * {@code reports/dry-run.md} giving every step PASS/FAIL and its figures. A rehearsal locks without an
 * approval. Stops and exits non-zero at the first failing step (3 when no legal plan exists, else 2).
 * The evidence zip is byte-identical between runs on the same input. Each step is printed once.
 */
@Command(name = "dry-run", mixinStandardHelpOptions = true,
        description = {"Rehearse the runbook (import, solve, audit, export evidence, lock, verify) on a fresh workspace.",
            "",
            "Writes input/, workspace/ (unless --workspace), logs/, evidence/ and reports/dry-run.md under --out; "
                + "a rehearsal locks without an approval.",
            "Exit 0 when every step passes, non-zero at the first step that fails."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign dry-run --example -o artifacts", "  solvereign dry-run -i week.csv -o artifacts --json"})
final class DryRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Artifacts folder; its runbook sub-folders are replaced (default: ./artifacts).")
    Path artifacts;

    /** The old name of {@code --out}, still accepted so existing scripts keep working. */
    @Option(names = "--artifacts", hidden = true, paramLabel = "DIR")
    Path artifactsAlias;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
            description = "Fresh (absent or empty) workspace folder (default: workspace/ under --out).")
    Path workspace;

    @Mixin
    OutputOptions output;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Search seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resolve", description = "VERIFY re-solves once more (AUDIT always re-solves).")
    boolean resolve;

    @Option(names = "--hmac-key-file", paramLabel = "FILE",
            description = "Sign the evidence (default: env " + HmacKeys.ENV + "; none: unsigned).")
    Path keyFile;

    @Option(names = "--now", paramLabel = "ISO",
            description = "Current time for the trail (default: env " + WorkspaceOptions.NOW_ENV + ", else the system clock).")
    String now;

    @Override
    public Integer call() {
        InputOptions.Input in = input.load();
        Path folder = artifacts != null ? artifacts : artifactsAlias != null ? artifactsAlias : Path.of("artifacts");
        byte[] key = HmacKeys.resolve(keyFile, System::getenv);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        String name = in.file() != null ? in.file().getFileName().toString() : in.name().replace("built-in example ", "");
        DryRun.Options options = new DryRun.Options(name, InputOptions.originalBytes(in), in.result(), seed, key, resolve);
        if (input.isExample()) {
            (output.json() ? err : out).println(InputOptions.exampleNotice());
        }
        DryRun.Outcome outcome;
        try (Progress progress = output.progress(err, "dry-run", DryRun.STEPS.size())) {
            outcome = DryRun.run(folder, workspace, WorkspaceOptions.clock(spec, now), options, progress::step);
        }
        if (output.json()) {
            out.println(StepsJson.of(input.isExample(), outcome.passed(), outcome.report(), outcome.steps(), null)
                    .toPrettyString());
        } else {
            StepsJson.printSteps(out, outcome.steps());
            out.println((outcome.passed() ? "dry-run: PASS, report " : "dry-run: FAIL, report ") + outcome.report());
        }
        out.flush();
        if (outcome.passed()) {
            return ExitCodes.OK;
        }
        return outcome.infeasible() ? ExitCodes.INFEASIBLE : ExitCodes.FAIL;
    }
}
