package io.solvereign.harness;

import io.solvereign.harness.runbook.HmacKeys;
import io.solvereign.harness.runbook.Instants;
import io.solvereign.harness.runbook.Runbook;
import io.solvereign.harness.store.StoreTarget;
import java.time.Duration;
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
 * {@code ./solvereign-workspace}, or the system property {@code solvereign.workspace}), a folder
 * holding one embedded database file; {@code --db URL} (or {@code SOLVEREIGN_DB_URL}) for PostgreSQL
 * instead; {@code --busy-timeout SECONDS}, the bounded wait for other processes; and {@code --now ISO},
 * the moment the lifecycle stamps into the trail and freeze windows are measured from. Without
 * {@code --now} the environment variable {@code SOLVEREIGN_NOW} is used, else the system clock. The hash
 * chain is keyed with {@code SOLVEREIGN_HMAC_SECRET} when set.
 */
public final class WorkspaceOptions {
    /** Environment variable read when {@code --now} is absent. */
    public static final String NOW_ENV = "SOLVEREIGN_NOW";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", defaultValue = "${sys:solvereign.workspace:-solvereign-workspace}",
            description = "Workspace folder holding forecasts, plans and the audit trail (default: ${DEFAULT-VALUE}).")
    Path workspace;

    @Option(names = "--db", paramLabel = "URL",
            description = "PostgreSQL store instead of the workspace folder, a jdbc:postgresql://host:port/db URL "
                    + "(default: env " + StoreTarget.DB_URL_ENV + "; user and password from env " + StoreTarget.DB_USER_ENV
                    + " and " + StoreTarget.DB_PASSWORD_ENV + ").")
    String db;

    @Option(names = "--busy-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for another process's write before WORKSPACE_BUSY (default: ${DEFAULT-VALUE}).")
    double busyTimeoutSeconds;

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

    /** Where the store lives: {@code --db}, else {@code SOLVEREIGN_DB_URL}, else the workspace folder. */
    public StoreTarget target() {
        return StoreTarget.resolve(db, workspace, System::getenv);
    }

    /**
     * Opens the store (created when absent) and verifies its hash chain and every record.
     *
     * @throws io.solvereign.api.SolvereignException {@code PLAN_TAMPERED} naming a record changed behind the
     *                                               store's back, {@code WORKSPACE_BUSY}, {@code OUTPUT_NOT_WRITABLE}
     */
    public Runbook open() {
        if (!(busyTimeoutSeconds >= 0) || busyTimeoutSeconds > 86_400) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--busy-timeout must be 0..86400 seconds, was "
                    + busyTimeoutSeconds);
        }
        return Runbook.open(target(), HmacKeys.resolve(null, System::getenv),
                Duration.ofMillis(Math.round(busyTimeoutSeconds * 1000)), clock());
    }
}
