package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.harness.web.CockpitServer;
import io.solvereign.harness.web.PasswordHashes;
import io.solvereign.harness.web.Role;
import io.solvereign.harness.web.UsersFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timed run, not a unit test: {@code GET /api/plans/{id}} on the audited Wien plan (1,385 tours,
 * 142 drivers) over real HTTP, median of 5 after one cold request; the times go to
 * {@code harness/target/cockpit-latency.txt} and stdout and are never asserted (the machine decides them).
 * Run with {@code mvn -B -pl harness -am verify -Dit.test=CockpitLatencyIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CockpitLatencyIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "latency-run-password";

    @TempDir
    Path dir;

    @Test
    void planApiLatencyOnTheWienPlan() throws Exception {
        Path wien = Cli.golden("wien-standard-week.csv");
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Path users = ws.resolve(UsersFile.DEFAULT_NAME);
        UsersFile.readOrEmpty(users).put("dave", Role.DISPATCHER, PasswordHashes.standard().hash(PASSWORD.toCharArray()));
        try (CockpitServer server = CockpitServer.start(ws, users, "127.0.0.1", 0)) {
            Client c = new Client(server.url());
            c.login("dave");
            JsonNode up = c.send("POST", "/api/forecasts?name=wien-standard-week.csv", Files.readAllBytes(wien), 201);
            assertEquals(1385, up.get("tours").asInt());
            String planId = c.job("/api/solve", "{\"forecast_id\":\"" + up.get("id").asText() + "\"}")
                    .get("plan_id").asText();
            c.job("/api/plans/" + planId + "/audit", "{}");

            long cold = c.timed("/api/plans/" + planId);
            List<Long> times = new ArrayList<>();
            JsonNode plan = null;
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                plan = c.send("GET", "/api/plans/" + planId, null, 200);
                times.add((System.nanoTime() - t0) / 1_000);
            }
            assertEquals(142, plan.get("kpis").get("drivers").asInt());
            assertEquals(142, plan.get("preview").get("roster").size());
            plan.get("preview").get("checks").forEach(ch -> assertEquals("PASS", ch.get("verdict").asText(), ch.toString()));
            Collections.sort(times);
            String line = String.format(Locale.ROOT,
                    "GET /api/plans/%s (Wien, 142 drivers, audited): median of 5 = %.1f ms (min %.1f, max %.1f; "
                            + "first cold request %.1f ms; %d cores)%n", planId, times.get(2) / 1000.0,
                    times.get(0) / 1000.0, times.get(4) / 1000.0, cold / 1000.0,
                    Runtime.getRuntime().availableProcessors());
            System.out.print(line);
            Files.writeString(Path.of("target", "cockpit-latency.txt"), line, StandardCharsets.UTF_8);
        }
    }

    /** Just enough of a browser: the session cookie and the CSRF token. */
    private static final class Client {
        private final String base;
        private final HttpClient http = HttpClient.newHttpClient();
        private String cookie = "";
        private String csrf = "";

        Client(String base) {
            this.base = base;
        }

        void login(String user) throws Exception {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"user\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            csrf = JSON.readTree(r.body()).get("csrf").asText();
            String set = r.headers().firstValue("Set-Cookie").orElseThrow();
            cookie = set.substring(0, set.indexOf(';'));
        }

        JsonNode send(String method, String path, byte[] body, int expected) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                    .header("X-CSRF-Token", csrf);
            b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                    : b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(expected, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            return JSON.readTree(r.body());
        }

        long timed(String path) throws Exception {
            long t0 = System.nanoTime();
            send("GET", path, null, 200);
            return (System.nanoTime() - t0) / 1_000;
        }

        JsonNode job(String path, String json) throws Exception {
            String id = send("POST", path, json.getBytes(StandardCharsets.UTF_8), 202).get("job_id").asText();
            while (true) {
                JsonNode job = send("GET", "/api/jobs/" + id, null, 200);
                if (!job.get("state").asText().equals("RUNNING")) {
                    assertEquals("DONE", job.get("state").asText(), job.toString());
                    return job.get("result");
                }
                Thread.sleep(100);
            }
        }
    }
}
