package io.solvereign.harness;

import io.solvereign.harness.runbook.DryRun;
import io.solvereign.harness.runbook.HmacKeys;
import io.solvereign.harness.runbook.StepResult;
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
 * into a fresh workspace under {@code artifacts/}, with {@code artifacts/reports/dry-run.md} giving
 * every step PASS/FAIL and its figures. Stops and exits non-zero at the first failing step (3 when
 * no legal plan exists, else 2). The evidence zip is byte-identical between runs on the same input.
 */
@Command(name = "dry-run", mixinStandardHelpOptions = true,
        description = {"Run IMPORT -> SOLVE -> AUDIT -> EXPORT EVIDENCE -> LOCK -> VERIFY in one go into a fresh",
            "workspace under --artifacts; writes input/, logs/, evidence/, reports/dry-run.md.",
            "Exit 0 when every step passes, non-zero at the first step that fails."})
final class DryRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--artifacts", paramLabel = "DIR", defaultValue = "artifacts",
            description = "Artifacts folder; its runbook sub-folders are replaced (default: ./${DEFAULT-VALUE}).")
    Path artifacts;

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
        byte[] key = HmacKeys.resolve(keyFile, System::getenv);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        String name = in.file() != null ? in.file().getFileName().toString() : in.name().replace("built-in example ", "");
        DryRun.Options options = new DryRun.Options(name, InputOptions.originalBytes(in), in.result(), seed, key, resolve);
        DryRun.Outcome outcome = DryRun.run(artifacts, WorkspaceOptions.clock(spec, now), options, line -> {
            err.println("[dry-run] " + line);
            err.flush();
        });
        for (StepResult r : outcome.steps()) {
            out.printf("%-16s %-7s %s%n", r.step(), r.status(), r.status() == StepResult.Status.NOT_RUN ? ""
                    : r.millis() + " ms" + (r.problem().isEmpty() ? "" : "  " + r.problem()));
        }
        out.println((outcome.passed() ? "dry-run: PASS, report " : "dry-run: FAIL, report ") + outcome.report());
        out.flush();
        if (outcome.passed()) {
            return ExitCodes.OK;
        }
        return outcome.infeasible() ? ExitCodes.INFEASIBLE : ExitCodes.FAIL;
    }
}
