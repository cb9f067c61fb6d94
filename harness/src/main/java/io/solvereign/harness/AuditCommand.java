package io.solvereign.harness;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.AuditStatus;
import io.solvereign.api.internal.io.AuditReportJson;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.io.ReadLimits;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.audit.Auditors;
import io.solvereign.engine.Solvers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code solvereign audit}: re-checks a plan file against its forecast with the eight checks of
 * DOMAIN §8 and prints per-check status, counts and near-violations. The limits come from
 * {@code --rules FILE} (default: the built-in site rules), never from the plan, whose recorded rule
 * set and config hash PLAN_INTEGRITY checks. The forecast is parsed on the
 * plan's own week anchor and time zone, so every instant matches the week the plan was made for.
 * {@code --reproduce} re-solves with the engine; only then can the release gate open.
 * Exit 0 when every check passes, 1 when one fails, 2 for unreadable or malformed input.
 *
 * <p>Workspace form: {@code audit --plan P0001 [--workspace DIR]} (no {@code --forecast}) audits a
 * stored plan against its stored forecast, always with the re-solve, and records
 * {@code audit_results.json} and the gate verdict on the plan (a draft; a locked plan is audited but
 * not changed). Exit 0 when the release gate opens, 1 when it stays closed.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit a plan against its forecast with the eight checks, near-violations and the re-solve.",
            "",
            "Checks: COVERAGE, OVERLAP, REST, SPAN_REGULAR, SPAN_SPLIT, FATIGUE, WEEKLY_HOURS, PLAN_INTEGRITY; the "
                + "release gate also needs REPRODUCIBILITY (a real re-solve).",
            "Limits come from --rules FILE (default: the built-in site rules), never from the plan.",
            "A plan id (P0001) audits the stored plan against its stored forecast, always with the re-solve, and "
                + "records audit_results.json and the gate verdict on it.",
            "Exit 0 when every check passes, 1 when a check fails, 2 for unreadable or malformed input."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign audit --plan P0001 -w ws --rules site-rules.json",
            "  solvereign audit -i week.csv --plan out/solver_output.json --reproduce --json"})
public final class AuditCommand implements Callable<Integer> {
    /** Exit code when the input was read but at least one check (or the re-solve) failed. */
    public static final int CHECK_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE",
            description = "Forecast file (UTF-8); needed with a plan file, not with a plan id.")
    Path forecastFile;

    /** The old name of {@code --input}, still accepted so existing scripts keep working. */
    @Option(names = "--forecast", hidden = true, paramLabel = "FILE")
    Path forecastAlias;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            converter = InputOptions.FormatConverter.class,
            description = "Forecast format: auto, text, daycsv or tourcsv (default: ${DEFAULT-VALUE}).")
    InputFormat format;

    @Option(names = "--plan", required = true, paramLabel = "FILE|ID",
            description = "Plan file (solver_output.json), or a plan id (P0001) in the workspace.")
    String planArg;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    RulesOptions rules;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who audits, for the audit trail of the workspace form (default: the OS user).")
    String by;

    @Option(names = "--reproduce",
            description = "Re-solve with the plan's seed and rule set and compare output_hash (the release gate).")
    boolean reproduce;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (forecastFile == null) {
            forecastFile = forecastAlias;
        }
        boolean json = output.json();
        if (forecastFile == null) {
            if (!WorkspaceAudit.isPlanId(planArg)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--plan " + planArg
                        + " is a file: add --input FILE (its forecast), or give a plan id like P0001 from the workspace");
            }
            try (Progress progress = output.progress(spec.commandLine().getErr(), "audit " + planArg, 3)) {
                return new WorkspaceAudit(spec, workspace.open(), Actors.of(by), json, progress)
                        .run(planArg, rules.ruleSet());
            }
        }
        RuleSet policy = rules.ruleSet();
        Path planFile = Path.of(planArg);
        Plan plan = PlanJson.read(planFile, ReadLimits.fromProperties(System::getProperty));
        ParseResult parsed = ForecastParser.read(forecastFile, format, plan.weekAnchor(), plan.zone(),
                ReadLimits.fromProperties(System::getProperty));
        if (!parsed.solvable()) {
            List<ParseIssue> failures = parsed.failures();
            return refuse("forecast " + forecastFile + " has " + failures.size() + " FAIL issue(s), first: "
                    + failures.get(0).describe());
        }
        Forecast forecast = parsed.forecast();
        PrintWriter err = spec.commandLine().getErr();
        String inputHash = CanonicalForm.inputHash(forecast);
        if (!inputHash.equals(plan.inputHash())) {
            err.println(spec.qualifiedName() + ": warning: plan input_hash " + plan.inputHash()
                    + " differs from the forecast's " + inputHash + "; auditing against " + forecastFile);
            err.flush();
        }
        AuditReport report;
        try (Progress progress = output.progress(err, "audit " + planFile.getFileName(), reproduce ? 2 : 1)) {
            progress.step("eight checks");
            report = reproduce
                    ? Auditors.standard().audit(forecast, plan, policy, (f, p) -> {
                        progress.step("re-solve (REPRODUCIBILITY)");
                        return Solvers.reproducer().reproduce(f, p);
                    })
                    : Auditors.standard().audit(forecast, plan, policy);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                AuditReportJson.write(report, out); // streamed: a huge report is never held as text too
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.print("\n");
        } else {
            out.print(AuditText.format(report, planFile, forecastFile));
        }
        out.flush();
        return report.verdict() == AuditStatus.PASS ? ExitCodes.OK : CHECK_FAILED;
    }


    private int refuse(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
        return ExitCodes.FAIL;
    }
}
