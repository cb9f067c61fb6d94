package io.solvereign.harness;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kill-switch on|off}: the older name of {@link PublishingCommand}, seen the other way round:
 * {@code kill-switch on} stops publishing, {@code kill-switch off} allows it again.
 */
@Command(name = "kill-switch", mixinStandardHelpOptions = true,
        description = "Alias of publishing, reversed: kill-switch on stops publishing, kill-switch off allows it.",
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign kill-switch on --reason \"storm warning\" -w ws"})
final class KillSwitchCommand implements Callable<Integer> {
    /** The two states on the command line. */
    enum State { on, off }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "on|off", description = "on: publishing stopped; off: publishing allowed.")
    State state;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, kept in the trail.")
    String reason;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who switches (default: the OS user).")
    String by;

    @Override
    public Integer call() {
        return PublishingCommand.switchTo(spec, workspace, output, state == State.on, by, reason);
    }
}
