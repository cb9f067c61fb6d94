package io.solvereign.harness;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code drift baseline|check}: KPI drift against an approved baseline of LOCKED plans (DOMAIN §13).
 * {@code drift check} exits with the level: 0 OK, 1 WARNING, 2 ALERT, 3 INCIDENT; wrong usage is 64.
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"KPI drift against an approved baseline of LOCKED plans.",
            "drift check exit codes: 0 OK, 1 WARNING, 2 ALERT, 3 INCIDENT; 64 wrong usage."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign drift baseline --site wien --approver anna --reason \"good weeks\"",
            "  solvereign drift check --plan P0012 -w ws"},
        subcommands = {DriftBaselineCommand.class, DriftCheckCommand.class})
final class DriftCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: baseline or check");
    }
}
