package io.solvereign.harness;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code solvereign} command. Each subcommand is its own class; to add one, list it in
 * {@code subcommands} below (one line). Exit codes are in {@link ExitCodes}: 0 done, 2 bad input
 * or refused, 64 wrong usage.
 *
 * <pre>{@code
 * java -jar harness/target/solvereign.jar hash --input ../shared/golden/wien-standard-week.csv
 * java -jar harness/target/solvereign.jar import --json
 * }</pre>
 */
@Command(name = "solvereign", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Weekly driver rostering: import forecasts, solve, audit, approve and lock plans.",
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign solve --example",
            "  solvereign status -w ws",
            "  solvereign <command> --help"},
        subcommands = {
            ImportCommand.class,
            HashCommand.class,
            SolveCommand.class,
            AuditCommand.class,
            ApproveCommand.class,
            LockCommand.class,
            StatusCommand.class,
            PlansCommand.class,
            ShowCommand.class,
            PublishingCommand.class,
            KillSwitchCommand.class,
            GoldenCommand.class,
            FreezeDayCommand.class,
            ExportEvidenceCommand.class,
            VerifyEvidenceCommand.class,
            RepairCommand.class,
            DrillCommand.class,
            DryRunCommand.class,
            ScenariosCommand.class,
            SensitivityCommand.class,
            DriftCommand.class,
            MigrateWorkspaceCommand.class,
            DiffCommand.class,
            ComposeCommand.class,
            ServeCommand.class,
            UsersCommand.class,
        })
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: show the usage and report wrong usage. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /**
     * A fully configured command line (exit codes, error handlers), writing to the given streams.
     * Tests run it in-process: {@code Main.commandLine(out, err).execute("hash", "--input", f)}.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = CliConverters.register(new CommandLine(new Main()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(CliErrors::onUsageError);
        cl.setExecutionExceptionHandler(CliErrors::onExecutionError);
        cl.setExitCodeExceptionMapper(t -> ExitCodes.SOFTWARE);
        return cl;
    }

    /** Runs the command and exits the JVM with its exit code. */
    public static void main(String[] args) {
        // UTF-8 regardless of the platform charset, so depot names like "Süd" survive a C locale.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // Last resort: every reader checks sizes first, but an input within its limits can still be
            // too big for a small heap. One line, exit 2, never a stack trace.
            err.println("solvereign: not enough memory for this input (heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give java a larger -Xmx");
            code = ExitCodes.FAIL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
