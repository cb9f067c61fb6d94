package io.solvereign.harness;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code users}: the cockpit's users file; {@code users add} is its only verb. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the cockpit's users (see serve).",
        subcommands = UsersAddCommand.class,
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign users add anna --role lead -w ws"})
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add");
    }
}
