package io.solvereign.harness;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.harness.web.CockpitServer;
import io.solvereign.harness.web.UsersFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the dispatcher cockpit, a local web server with the cockpit pages and a JSON API over
 * the same store the CLI uses (a plan locked in the browser is locked for the CLI and the other way
 * round). Listens on 127.0.0.1 unless {@code --bind} says otherwise; refuses to start without a users
 * file (made by {@code users add}): there is no default password.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the dispatcher cockpit and its JSON API over the workspace (until Ctrl-C).",
            "",
            "Needs a users file (solvereign users add NAME --role viewer|dispatcher|lead); listens on 127.0.0.1 "
                + "unless --bind is given. The API is described at /api/openapi.json."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign users add anna --role lead -w ws", "  solvereign serve -w ws",
            "  solvereign serve -w ws --port 9090 --bind 0.0.0.0"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--users", paramLabel = "FILE",
            description = "Users file (default: " + UsersFile.DEFAULT_NAME + " in the workspace; needed with --db).")
    Path users;

    /** The verbs over the store {@link #start()} opened (closed when {@code call} ends). */
    private CockpitVerbs opened;

    @Override
    public Integer call() {
        try (CockpitServer server = start()) {
            spec.commandLine().getOut().println("cockpit: " + server.url() + "/ (store " + workspace.target().describe()
                    + ", users " + usersFile() + "); stop with Ctrl-C");
            spec.commandLine().getOut().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "cockpit-stop"));
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (opened != null) {
                opened.runbook().store().close();
            }
        }
        return ExitCodes.OK;
    }

    /** Checks the options and the users file, opens the store and starts the server. */
    CockpitServer start() {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, was " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind.strip());
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind '" + bind
                    + "' is no address of this machine; use e.g. 127.0.0.1 or 0.0.0.0");
        }
        Path file = usersFile();
        if (UsersFile.read(file).users().isEmpty()) {
            throw new SolvereignException(ErrorCode.NOT_FOUND, "users file " + file + " has no users; add one with: "
                    + "solvereign users add NAME --role lead --users " + file);
        }
        opened = new CockpitVerbs(workspace.open(), workspace.workspace());
        try {
            return CockpitServer.start(new InetSocketAddress(address, port), opened, file, Clock.systemUTC());
        } catch (UncheckedIOException e) {
            opened.runbook().store().close();
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, e.getMessage()
                    + "; is another server on that port? choose another with --port", e);
        }
    }

    private Path usersFile() {
        if (users != null) {
            return users;
        }
        if (workspace.db != null || System.getenv(io.solvereign.harness.store.StoreTarget.DB_URL_ENV) != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "with a --db store give the users file: --users FILE");
        }
        return workspace.workspace().resolve(UsersFile.DEFAULT_NAME);
    }
}
