package io.solvereign.harness.web;

import io.solvereign.harness.Cli;
import io.solvereign.harness.CockpitVerbs;
import io.solvereign.harness.runbook.Runbook;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A cockpit server started in-process on an ephemeral port of 127.0.0.1 over a fresh workspace, with a users
 * file holding one dispatcher, one lead and one viewer, each with a random password made for this run.
 */
final class CockpitFixture implements AutoCloseable {
    static final String DISPATCHER = "dora";
    static final String LEAD = "leo";
    static final String VIEWER = "vera";
    /**
     * The store's clock: the Friday before the Wien week (2026-W02), so the release checklist's freeze and a
     * repair see a week that has not started yet.
     */
    static final Instant NOW = Instant.parse("2026-01-02T10:00:00Z");

    private final CockpitServer server;
    private final Path workspace;
    private final Map<String, String> passwords;

    private CockpitFixture(CockpitServer server, Path workspace, Map<String, String> passwords) {
        this.server = server;
        this.workspace = workspace;
        this.passwords = passwords;
    }

    /** Starts the server over {@code dir/workspace} with {@code dir/users.json}. */
    static CockpitFixture start(Path dir) throws IOException {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Path usersFile = dir.resolve("users.json");
        Map<String, String> passwords = Map.of(DISPATCHER, secret(), LEAD, secret(), VIEWER, secret());
        UsersFile users = UsersFile.readOrEmpty(usersFile);
        PasswordHashes hashes = PasswordHashes.standard();   // what `users add` writes
        users.put(DISPATCHER, Role.DISPATCHER, hashes.hash(passwords.get(DISPATCHER).toCharArray()));
        users.put(LEAD, Role.LEAD, hashes.hash(passwords.get(LEAD).toCharArray()));
        users.put(VIEWER, Role.VIEWER, hashes.hash(passwords.get(VIEWER).toCharArray()));
        Runbook runbook = Runbook.open(workspace, Clock.fixed(NOW, ZoneOffset.UTC));
        CockpitServer server = CockpitServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new CockpitVerbs(runbook, workspace), usersFile, Clock.systemUTC());
        return new CockpitFixture(server, workspace, passwords);
    }

    URI uri() {
        return URI.create(server.url() + "/");
    }

    Path workspace() {
        return workspace;
    }

    String password(String user) {
        return passwords.get(user);
    }

    @Override
    public void close() {
        server.close();
    }

    /** The Wien week of shared/golden (fails under CI=true when the folder is absent). */
    static Path wien() {
        return Cli.requiredGolden("wien-standard-week.csv");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String secret() {
        return "pw-" + UUID.randomUUID();
    }
}
