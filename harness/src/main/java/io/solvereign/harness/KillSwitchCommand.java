package io.solvereign.harness;

import io.solvereign.api.store.KillSwitch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kill-switch on|off}: switches publishing off ({@code on}: every lock is refused with
 * {@code FREEZE_ACTIVE}) or on again, with who and why in the trail.
 */
@Command(name = "kill-switch", mixinStandardHelpOptions = true,
        description = "Switch publishing off (on: every lock is refused with FREEZE_ACTIVE) or on again (off).")
final class KillSwitchCommand implements Callable<Integer> {
    /** The two states on the command line. */
    enum State { on, off }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Parameters(index = "0", paramLabel = "on|off", description = "on: publishing off; off: publishing on again.")
    State state;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, kept in the trail.")
    String reason;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who switches (default: the OS user).")
    String by;

    @Override
    public Integer call() {
        KillSwitch ks = workspace.open().lifecycle().killSwitch(state == State.on, Actors.of(by),
                OptionChecks.text(spec, "--reason", reason));
        spec.commandLine().getOut().printf("kill switch %s: publishing %s (by %s at %s: %s)%n",
                ks.on() ? "ON" : "OFF", ks.on() ? "blocked, locks refuse with FREEZE_ACTIVE" : "allowed",
                ks.actor(), ks.at(), ks.reason());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
