package io.solvereign.harness.web;

import com.sun.net.httpserver.HttpServer;
import io.solvereign.harness.CockpitVerbs;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.solvereign.harness.runbook.Runbook;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cockpit's web server on the JDK's {@code com.sun.net.httpserver.HttpServer}: no framework to
 * keep up to date for a local tool that serves a dozen JSON routes and some static files. Requests run
 * on a fixed pool of {@value #HTTP_THREADS} threads; long verbs run as {@link Jobs} on their own
 * bounded pool, so a solve never blocks a page.
 */
public final class CockpitServer implements AutoCloseable {
    /** Threads answering HTTP requests. */
    static final int HTTP_THREADS = 8;
    /** Jobs running at once (solves and audits are CPU-heavy) and jobs waiting. */
    static final int JOB_WORKERS = 1;
    static final int JOB_QUEUE = 16;

    private final HttpServer server;
    private final ExecutorService http;
    private final Jobs jobs;
    private final AutoCloseable owned;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CockpitServer(HttpServer server, ExecutorService http, Jobs jobs, AutoCloseable owned) {
        this.server = server;
        this.http = http;
        this.jobs = jobs;
        this.owned = owned;
    }

    /**
     * Opens the workspace's store (system clock) and starts serving it; {@link #close()} also closes the
     * store. For embedding and tests; {@code solvereign serve} does the same with its options.
     *
     * @param bind an address such as {@code 127.0.0.1}
     * @param port 0 picks a free port
     */
    public static CockpitServer start(Path workspace, Path usersFile, String bind, int port) {
        Runbook runbook = Runbook.open(workspace, Clock.systemUTC());
        try {
            CockpitServer s = start(new InetSocketAddress(InetAddress.getByName(bind), port),
                    new CockpitVerbs(runbook, workspace), usersFile, Clock.systemUTC(), runbook.store());
            return s;
        } catch (java.net.UnknownHostException e) {
            runbook.store().close();
            throw new IllegalArgumentException("bind '" + bind + "' is no address of this machine", e);
        } catch (RuntimeException e) {
            runbook.store().close();
            throw e;
        }
    }

    /**
     * Starts serving.
     *
     * @param bind      the address to listen on (the command's default is 127.0.0.1); port 0 picks a free port
     * @param verbs     the CLI's verbs over the opened store
     * @param usersFile the users file, read at each login
     * @param clock     the clock of sessions and the login rate limit (tests move it instead of sleeping)
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static CockpitServer start(InetSocketAddress bind, CockpitVerbs verbs, Path usersFile, Clock clock) {
        return start(bind, verbs, usersFile, clock, () -> { });
    }

    private static CockpitServer start(InetSocketAddress bind, CockpitVerbs verbs, Path usersFile, Clock clock,
                                       AutoCloseable owned) {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(usersFile, "usersFile");
        Sessions sessions = new Sessions(clock);
        Jobs jobs = new Jobs(JOB_WORKERS, JOB_QUEUE);
        Router router = new Router(sessions, r -> StaticResource.serve(r, r.path(0)), bind.getAddress() != null
                && bind.getAddress().isLoopbackAddress());
        new AuthResource(usersFile, sessions, new LoginLimiter(clock)).register(router);
        new PlanResource(verbs).register(router);
        new ForecastResource(verbs).register(router);
        new ReleaseResource(verbs).register(router);
        new JobResource(verbs, jobs).register(router);
        router.get("/api/openapi.json", null, r -> ApiResponse.bytes(200, "application/json; charset=utf-8",
                StaticResource.resource(StaticResource.OPENAPI)));
        HttpServer server;
        try {
            server = HttpServer.create(bind, 64);
        } catch (IOException e) {
            jobs.close();
            throw new UncheckedIOException("cannot listen on " + bind.getHostString() + ":" + bind.getPort() + ": "
                    + e.getMessage(), e);
        }
        ExecutorService http = Executors.newFixedThreadPool(HTTP_THREADS, r -> {
            Thread t = new Thread(r, "cockpit-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(http);
        server.createContext("/", router);
        server.start();
        return new CockpitServer(server, http, jobs, owned);
    }

    /** The address actually bound (with the chosen port). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    /** The bound port. */
    public int port() {
        return address().getPort();
    }

    /**
     * Stops accepting requests, lets running ones finish (up to a second), stops the pools and closes a
     * store it opened itself. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(1);
        jobs.close();
        http.shutdown();
        try {
            http.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            owned.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the store failed: " + e.getMessage(), e);
        }
    }
}
