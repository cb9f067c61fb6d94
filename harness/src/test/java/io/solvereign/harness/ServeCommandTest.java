package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.harness.web.CockpitServer;
import io.solvereign.harness.web.PasswordHashes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve} and {@code users add}: no start without a users file, loopback unless {@code --bind},
 * and a users file that holds salted PBKDF2 hashes, never a password.
 */
class ServeCommandTest {
    private static final String PASSWORD = "s3cret-enough-for-tests";

    @TempDir
    Path dir;

    @Test
    void serveRefusesToStartWithoutAUsersFile() {
        Cli r = Cli.run("serve", "-w", dir.resolve("ws").toString(), "--port", "0");
        assertEquals(ExitCodes.FAIL, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("users add"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        Cli db = Cli.run("serve", "--db", "jdbc:postgresql://localhost:1/none", "--port", "0");
        assertEquals(ExitCodes.USAGE, db.exit(), "a --db store needs --users: " + db.err());
    }

    @Test
    void usersAddStoresOnlyASaltedHashAndServeListensOnLoopbackByDefault() throws Exception {
        Path ws = dir.resolve("ws");
        assertEquals(0, usersAdd(PASSWORD + "\n", "anna", "--role", "lead", "-w", ws.toString()).exitValue());
        assertEquals(0, usersAdd(PASSWORD + "\n", "vera", "--role", "viewer", "-w", ws.toString()).exitValue());
        Path file = ws.resolve("users.json");
        String text = Files.readString(file);
        assertFalse(text.contains(PASSWORD), "no plain password in " + text);
        assertTrue(text.contains("\"password_hash\" : \"pbkdf2-sha256$" + PasswordHashes.DEFAULT_ITERATIONS + "$"), text);
        List<String> hashes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.contains("password_hash")) {
                hashes.add(line.substring(line.lastIndexOf('$') + 1));
            }
        }
        assertEquals(2, hashes.size());
        assertFalse(hashes.get(0).equals(hashes.get(1)), "one salt per user: same password, different hashes");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("-w", ws.toString(), "--port", "0");
        try (CockpitServer server = serve.start()) {
            InetAddress bound = server.address().getAddress();
            assertTrue(bound.isLoopbackAddress(), "default bind is loopback, was " + bound);
            int port = server.address().getPort();
            for (InetAddress other : otherAddresses()) {
                assertThrows(ConnectException.class, () -> connect(other, port), "nothing listens on " + other);
            }
            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url() + "/api/login")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"anna\",\"password\":\"" + PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            assertTrue(login.body().contains("\"role\":\"lead\""), login.body());
        }
    }

    @Test
    void serveRunsAsAProcessUntilStopped() throws Exception {
        Path ws = dir.resolve("ws");
        assertEquals(0, usersAdd(PASSWORD + "\n", "vera", "--role", "viewer", "-w", ws.toString()).exitValue());
        Process p = ChildJvm.of(Main.class, List.of("serve", "-w", ws.toString(), "--port", "0")).start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("cockpit: http://127.0.0.1:"), String.valueOf(line));
            String url = line.substring("cockpit: ".length(), line.indexOf("/ "));
            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url + "/api/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, api.statusCode());
            HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url + "/api/status")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, status.statusCode(), status.body());
        } finally {
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }

    @Test
    void bindOpensOtherAddressesOnlyWhenAsked() throws Exception {
        Path ws = dir.resolve("ws");
        assertEquals(0, usersAdd(PASSWORD + "\n", "anna", "--role", "lead", "-w", ws.toString()).exitValue());
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("-w", ws.toString(), "--port", "0", "--bind", "0.0.0.0");
        try (CockpitServer server = serve.start()) {
            assertTrue(server.address().getAddress().isAnyLocalAddress());
        }
    }

    @Test
    void usersAddRefusesBadRolesShortPasswordsAndBadNames() throws Exception {
        String ws = dir.resolve("ws").toString();
        assertEquals(ExitCodes.USAGE, usersAdd(PASSWORD + "\n", "anna", "--role", "boss", "-w", ws).exitValue());
        assertEquals(ExitCodes.USAGE, usersAdd("short\n", "anna", "--role", "lead", "-w", ws).exitValue());
        assertEquals(ExitCodes.USAGE, usersAdd(PASSWORD + "\n", "bad name", "--role", "lead", "-w", ws).exitValue());
        assertFalse(Files.exists(dir.resolve("ws").resolve("users.json")), "nothing written");
    }

    /** Runs {@code users add} in a child JVM (no console) with {@code stdin} as its input. */
    private static Process usersAdd(String stdin, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("users", "add"));
        Collections.addAll(all, args);
        Process p = ChildJvm.of(Main.class, all).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "users add did not end: " + out);
        assertFalse(out.contains(PASSWORD), "the password is never echoed: " + out);
        return p;
    }

    /** This machine's addresses other than loopback (none in some containers). */
    private static List<InetAddress> otherAddresses() throws IOException {
        List<InetAddress> l = new ArrayList<>();
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    l.add(a);
                }
            }
        }
        return l;
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
        }
    }
}
