package io.solvereign.harness;

import io.solvereign.harness.runbook.Instants;
import io.solvereign.harness.runbook.Runbook;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every runbook command shares ({@code @Mixin}): {@code --workspace DIR} (default
 * {@code ./solvereign-workspace}, or the system property {@code solvereign.workspace}) and {@code --now ISO}, the moment the lifecycle stamps into the
 * trail and freeze windows are measured from. Without {@code --now} the environment variable
 * {@code SOLVEREIGN_NOW} is used, else the system clock.
 */
public final class WorkspaceOptions {
    /** Environment variable read when {@code --now} is absent. */
    public static final String NOW_ENV = "SOLVEREIGN_NOW";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", defaultValue = "${sys:solvereign.workspace:-solvereign-workspace}",
            description = "Workspace folder holding forecasts, plans and the audit trail (default: ${DEFAULT-VALUE}).")
    Path workspace;

    @Option(names = "--now", paramLabel = "ISO",
            description = "Current time, e.g. 2026-01-07T08:00 (site time) or 2026-01-07T07:00:00Z; default: env "
                    + NOW_ENV + ", else the system clock.")
    String now;

    /** The clock of this invocation: fixed at {@code --now} or {@code SOLVEREIGN_NOW}, else the system clock. */
    public Clock clock() {
        return clock(spec, now);
    }

    /** The clock for a {@code --now} value (null when absent) of the given command. */
    static Clock clock(CommandSpec spec, String now) {
        String text = now != null ? now : System.getenv(NOW_ENV);
        if (text == null || text.isBlank()) {
            return Clock.systemUTC();
        }
        try {
            Instant at = Instants.parse(text.trim());
            return Clock.fixed(at, ZoneOffset.UTC);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    (now != null ? "--now" : NOW_ENV) + ": " + e.getMessage());
        }
    }

    /** The workspace folder as given. */
    public Path workspace() {
        return workspace;
    }

    /**
     * Opens the workspace (created when absent) and checks every stored file.
     *
     * @throws io.solvereign.api.SolvereignException {@code PLAN_TAMPERED} when a file changed on disk
     */
    public Runbook open() {
        return Runbook.open(workspace, clock());
    }
}
