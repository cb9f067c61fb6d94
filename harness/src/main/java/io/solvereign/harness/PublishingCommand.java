package io.solvereign.harness;

import io.solvereign.api.store.KillSwitch;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code publishing on|off}: allows publishing again ({@code on}) or stops it ({@code off}: every lock
 * is refused with {@code FREEZE_ACTIVE}), with who and why in the trail. The kill switch is the same
 * state seen the other way round ({@link KillSwitchCommand}).
 */
@Command(name = "publishing", mixinStandardHelpOptions = true,
        description = "Allow (on) or stop (off) publishing; while it is off every lock is refused with FREEZE_ACTIVE.",
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign publishing off --reason \"storm warning, routes change\" -w ws",
            "  solvereign publishing on --reason \"all clear\" -w ws"})
final class PublishingCommand implements Callable<Integer> {
    /** The two states on the command line. */
    enum State { on, off }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "on|off", description = "on: publishing allowed; off: publishing stopped.")
    State state;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, kept in the trail.")
    String reason;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who switches (default: the OS user).")
    String by;

    @Override
    public Integer call() {
        return switchTo(spec, workspace, output, state == State.off, by, reason);
    }

    /** Sets the kill switch ({@code on = true}: publishing stopped) and prints the new state plainly. */
    static int switchTo(CommandSpec spec, WorkspaceOptions workspace, OutputOptions output, boolean killSwitchOn,
                        String by, String reason) {
        KillSwitch ks = workspace.open().lifecycle().killSwitch(killSwitchOn, Actors.of(by),
                OptionChecks.text(spec, "--reason", reason));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(WorkspaceView.publishing(ks).toPrettyString());
        } else {
            out.println(line(ks));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The state in plain words, e.g. {@code publishing STOPPED (kill switch on) by ops at ...: storm}. */
    static String line(KillSwitch ks) {
        return (ks.on() ? "publishing STOPPED (kill switch on): locks are refused with FREEZE_ACTIVE"
                : "publishing ALLOWED (kill switch off)") + "; by " + ks.actor() + " at " + ks.at() + ": " + ks.reason();
    }
}
