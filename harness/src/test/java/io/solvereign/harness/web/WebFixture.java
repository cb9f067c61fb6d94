package io.solvereign.harness.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.solvereign.harness.Cli;
import io.solvereign.harness.CockpitVerbs;
import io.solvereign.harness.runbook.Runbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A workspace in a temp folder, a users file (lead {@code anna}, dispatcher {@code dave}, viewer
 * {@code vera}) and a cockpit on an ephemeral loopback port, with the CLI at hand on the same workspace.
 */
final class WebFixture implements AutoCloseable {
    /** The store's clock (trail times, freeze windows), as the CLI's {@code --now}. */
    static final String NOW = "2026-01-01T10:00:00Z";
    static final String PASSWORD = "correct-horse-battery";
    /** Three days, eleven tours; solves in well under a second. */
    static final String SMALL_WEEK = String.join("\n",
            "Mo 05:00-09:00", "Mo 09:30-13:30", "Mo 14:00-18:00", "Mo 16:00-20:00",
            "Di 05:00-09:00 2 Fahrer", "Di 13:00-17:00",
            "Mi 06:00-10:00 + 15:00-19:00", "Mi 07:00-11:00", "Mi 12:00-16:00") + "\n";
    /** Few iterations keep logins fast in tests; {@code users add} uses the standard count. */
    private static final PasswordHashes FAST = new PasswordHashes(PasswordHashes.MIN_ITERATIONS);

    final Path dir;
    final Path ws;
    final Path usersFile;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T09:00:00Z"));
    final CockpitServer server;
    final Runbook runbook;

    WebFixture(Path dir) {
        this.dir = dir;
        this.ws = dir.resolve("ws");
        this.usersFile = ws.resolve(UsersFile.DEFAULT_NAME);
        try {
            Files.createDirectories(ws);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UsersFile users = UsersFile.readOrEmpty(usersFile);
        users.put("anna", Role.LEAD, FAST.hash(PASSWORD.toCharArray()));
        users.put("dave", Role.DISPATCHER, FAST.hash(PASSWORD.toCharArray()));
        users.put("vera", Role.VIEWER, FAST.hash(PASSWORD.toCharArray()));
        runbook = Runbook.open(ws, Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC));
        server = CockpitServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new CockpitVerbs(runbook, ws), usersFile, clock);
    }

    /** A client that is not logged in. */
    WebClient anonymous() {
        return new WebClient(server.url());
    }

    /** A client logged in as {@code user}. */
    WebClient as(String user) {
        return anonymous().login(user, PASSWORD);
    }

    /** Runs a CLI command with {@code --workspace} and {@code --now} appended; fails unless exit 0. */
    Cli cli(String... args) {
        Cli r = cliAnyExit(args);
        assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.out() + r.err());
        return r;
    }

    Cli cliAnyExit(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--workspace", ws.toString(), "--now", NOW));
        return Cli.run(all.toArray(String[]::new));
    }

    /** The small week as a file. */
    Path smallWeekFile() {
        try {
            return Files.writeString(dir.resolve("week.txt"), SMALL_WEEK, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads the small week as {@code dave} and solves it; returns the plan id. */
    String solveViaApi(WebClient dispatcher) {
        WebClient.Answer up = dispatcher.upload("/api/forecasts?name=week.txt",
                SMALL_WEEK.getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(201, up.status(), up.toString());
        JsonNode result = dispatcher.runJobDone("/api/solve",
                "{\"forecast_id\":\"" + up.json().get("id").asText() + "\",\"seed\":1}");
        return result.get("plan_id").asText();
    }

    /** Solves, audits and approves through the API; returns the plan id, ready to lock. */
    String approvedViaApi(WebClient dispatcher) {
        String id = solveViaApi(dispatcher);
        JsonNode audit = dispatcher.runJobDone("/api/plans/" + id + "/audit", "{}");
        assertEquals(true, audit.get("release_gate").asBoolean(), audit.toString());
        WebClient.Answer a = dispatcher.post("/api/plans/" + id + "/approve", "{\"reason\":\"reviewed\"}");
        assertEquals(200, a.status(), a.toString());
        return id;
    }

    static JsonNode json(String text) {
        try {
            return WebClient.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        runbook.store().close();
    }
}
