package io.solvereign.harness;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.version.Completeness;
import io.solvereign.harness.runbook.Drill;
import io.solvereign.harness.runbook.PartialForecastDrill;
import io.solvereign.harness.runbook.DryRun;
import io.solvereign.harness.runbook.Instants;
import io.solvereign.harness.runbook.StepResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drill sick-call|freeze-window|partial-forecast}: {@code partial-forecast} rehearses DOMAIN §12
 * ({@link PartialForecastDrill}); the other two rehearse DOMAIN §9 and §11 on a fresh workspace. The dry run
 * makes and locks the baseline; then absent drivers are repaired (sick-call, default 3 drivers at
 * Tuesday 05:00) or a re-plan with an override runs (freeze-window, Wednesday 08:00), the result is
 * audited and locked, and the pass criteria are checked: coverage 100 %, audits PASS, churn &lt; 20 %,
 * frozen assignments unchanged, and for freeze-window the override recorded with user and reason.
 * Exit 0 when every criterion holds, 1 when one fails, 2 (3 infeasible) when a step fails.
 */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Rehearse a sick call, a freeze-window re-plan or a partial forecast and check the pass criteria.",
        subcommands = {DrillCommand.SickCall.class, DrillCommand.FreezeWindow.class, DrillCommand.PartialForecast.class},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign drill sick-call --example -o artifacts/drill",
            "  solvereign drill freeze-window -i week.csv -o artifacts/drill --json",
            "  solvereign drill partial-forecast --example -o artifacts/partial"})
final class DrillCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a drill: sick-call or freeze-window");
    }

    /** {@code drill sick-call}. */
    @Command(name = "sick-call", mixinStandardHelpOptions = true,
            description = {"Rehearse a sick call: baseline by dry run, then repair, audit and lock, and check the result.",
                "",
                "By default the 3 busiest drivers call in sick for the whole week at Tuesday 05:00; the checks are "
                    + "coverage, audits, churn and frozen work."},
            footerHeading = "%nExamples:%n",
            footer = {"  solvereign drill sick-call --example -o artifacts/drill"})
    static final class SickCall implements Callable<Integer> {
        @Mixin
        Shared shared;

        @Override
        public Integer call() {
            return shared.run(Drill.Kind.SICK_CALL);
        }
    }

    /** {@code drill freeze-window}. */
    @Command(name = "freeze-window", mixinStandardHelpOptions = true,
            description = {"Rehearse a freeze-window re-plan with an override and check that frozen work stays.",
                "",
                "Baseline by dry run, then at Wednesday 08:00 a re-plan with 2 absent drivers (default) and one "
                    + "frozen tour handed to a standby driver by override."},
            footerHeading = "%nExamples:%n",
            footer = {"  solvereign drill freeze-window --example -o artifacts/drill"})
    static final class FreezeWindow implements Callable<Integer> {
        @Mixin
        Shared shared;

        @Override
        public Integer call() {
            return shared.run(Drill.Kind.FREEZE_WINDOW);
        }
    }

    /** {@code drill partial-forecast} (H3, DOMAIN §12). */
    @Command(name = "partial-forecast", mixinStandardHelpOptions = true,
            description = {"Deliver the week in three patches, composing and solving after each, and check the results.",
                "Patches: Mo-Di as JSON, Mi-Fr as text with a correction, the rest as JSON.",
                "Checks: completeness, diff counts, the PARTIAL lock refused, the COMPLETE lock.",
                "Exit 0 pass, 1 a check fails, 2 bad input; a re-run gives the same results_hash."},
            footerHeading = "%nExamples:%n",
            footer = {"  solvereign drill partial-forecast --example -o artifacts/partial",
                "  solvereign drill partial-forecast -i week.csv -o artifacts/partial --json"})
    static final class PartialForecast implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        InputOptions input;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR",
                description = "Artifacts folder (default: ./artifacts/drill-partial-forecast); its runbook sub-folders are replaced.")
        Path out;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Search seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--now", paramLabel = "ISO",
                description = "Time of the trail entries (default: Monday 06:00 of the week, so re-runs are identical).")
        String now;

        @Option(names = "--json", description = "Print the results JSON instead of the check table.")
        boolean json;

        @Override
        public Integer call() {
            InputOptions.Input in = input.load();
            if (!in.result().solvable()) {
                in.result().failures().forEach(i -> spec.commandLine().getErr().println("solvereign drill partial-forecast: "
                        + in.name() + ": " + i.describe()));
                return ExitCodes.FAIL;
            }
            Forecast week = in.result().forecast();
            java.time.Clock clock = now != null ? WorkspaceOptions.clock(spec, now) : java.time.Clock.fixed(
                    week.weekAnchor().atTime(6, 0).atZone(week.zone()).toInstant(), java.time.ZoneOffset.UTC);
            PrintWriter err = spec.commandLine().getErr();
            Path folder = out != null ? out : Path.of("artifacts", "drill-partial-forecast");
            PartialForecastDrill.Outcome o = PartialForecastDrill.run(folder, clock,
                    new PartialForecastDrill.Options(week, seed, Completeness.DEFAULT_EXPECTED_DAYS), line -> {
                        err.println("[drill partial-forecast] " + line);
                        err.flush();
                    });
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                w.print(new String(o.resultsJson(), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                o.checks().forEach(c -> w.printf("%-40s %s  %s%n", c.name(), c.passed() ? "PASS" : "FAIL", c.detail()));
                w.println("results_hash " + o.resultsHash() + " (" + folder.resolve("reports").resolve("partial-forecast.json")
                        + ")");
                w.println("drill partial-forecast: " + (o.passed() ? "PASS" : "FAIL"));
            }
            w.flush();
            return o.passed() ? ExitCodes.OK : AuditCommand.CHECK_FAILED;
        }
    }

    /** The options both drills take. */
    static final class Shared {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Mixin
        InputOptions input;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR",
                description = "Artifacts folder; its runbook sub-folders are replaced (default: ./artifacts/drill-<kind>).")
        Path artifacts;

        /** The old name of {@code --out}, still accepted so existing scripts keep working. */
        @Option(names = "--artifacts", hidden = true, paramLabel = "DIR")
        Path artifactsAlias;

        @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
                description = "Fresh (absent or empty) workspace folder (default: workspace/ under --out).")
        Path workspace;

        @Mixin
        OutputOptions output;

        @Option(names = "--absent", split = ",", paramLabel = "DRIVER",
                description = "Absent drivers (default: the busiest ones still to work at the call).")
        List<String> absent = new ArrayList<>();

        @Option(names = "--absent-count", paramLabel = "N", description = "How many to pick when --absent is not given.")
        Integer absentCount;

        @Option(names = "--at", paramLabel = "ISO",
                description = "When the call comes in (default: Tuesday 05:00 / Wednesday 08:00 of the week).")
        String at;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Search seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--by", paramLabel = "USER", defaultValue = "dispatcher",
                description = "Who decides, for the trail (default: ${DEFAULT-VALUE}).")
        String by;

        @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "drill: frozen tour handed to a standby driver",
                description = "Reason of the freeze-window override (default: ${DEFAULT-VALUE}).")
        String reason;

        @Option(names = "--now", paramLabel = "ISO", description = "Time of the baseline's trail entries (default: the system clock).")
        String now;

        int run(Drill.Kind kind) {
            InputOptions.Input in = input.load();
            Instant call = null;
            if (at != null) {
                try {
                    call = Instants.parse(at);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--at: " + e.getMessage());
                }
            }
            int count = absentCount != null ? absentCount : kind.defaultAbsent();
            if (count < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--absent-count must be >= 0");
            }
            String name = in.file() != null ? in.file().getFileName().toString()
                    : in.name().replace("built-in example ", "");
            DryRun.Options base = new DryRun.Options(name, InputOptions.originalBytes(in), in.result(), seed, new byte[0],
                    false);
            Drill.Options o = new Drill.Options(base, call, List.copyOf(absent), count, Actors.of(by),
                    OptionChecks.text(spec, "--reason", reason));
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            Path folder = artifacts != null ? artifacts : artifactsAlias != null ? artifactsAlias
                    : Path.of("artifacts", "drill-" + kind.label());
            if (input.isExample()) {
                (output.json() ? err : out).println(InputOptions.exampleNotice());
            }
            Drill.Outcome outcome;
            try (Progress progress = output.progress(err, "drill " + kind.label(), DryRun.STEPS.size() + 3)) {
                outcome = Drill.run(kind, folder, workspace, WorkspaceOptions.clock(spec, now), o, progress::step);
            }
            List<StepResult> steps = new ArrayList<>(outcome.baseline().steps());
            steps.addAll(outcome.steps());
            if (output.json()) {
                out.println(StepsJson.of(input.isExample(), outcome.passed(), outcome.report(), steps, outcome.checks())
                        .toPrettyString());
            } else {
                StepsJson.printSteps(out, steps);
                outcome.checks().forEach(c -> out.printf("%-30s %s  %s%n", c.name(), c.passed() ? "PASS" : "FAIL",
                        c.detail()));
                out.println("drill " + kind.label() + ": " + (outcome.passed() ? "PASS" : "FAIL") + ", report "
                        + outcome.report());
            }
            out.flush();
            if (outcome.passed()) {
                return ExitCodes.OK;
            }
            if (!outcome.baseline().passed()) {
                return outcome.baseline().infeasible() ? ExitCodes.INFEASIBLE : ExitCodes.FAIL;
            }
            boolean stepFailed = outcome.steps().stream().anyMatch(s -> s.status() == StepResult.Status.FAIL)
                    && outcome.checks().isEmpty();
            return stepFailed ? ExitCodes.FAIL : AuditCommand.CHECK_FAILED;
        }
    }
}
