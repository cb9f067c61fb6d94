package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.solvereign.harness.web.CockpitServer;
import io.solvereign.harness.web.PasswordHashes;
import io.solvereign.harness.web.Role;
import io.solvereign.harness.web.UsersFile;
import io.solvereign.harness.web.WebClient;
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
            WebClient c = new WebClient(server.url()).login("dave", PASSWORD);
            WebClient.Answer up = c.upload("/api/forecasts?name=wien-standard-week.csv", Files.readAllBytes(wien),
                    "text/csv");
            assertEquals(201, up.status(), up.toString());
            assertEquals(1385, up.json().get("tours").asInt());
            String planId = c.runJobDone("/api/solve", "{\"forecast_id\":\"" + up.json().get("id").asText() + "\"}")
                    .get("plan_id").asText();
            c.runJobDone("/api/plans/" + planId + "/audit", "{}");

            long t0 = System.nanoTime();
            c.getJson("/api/plans/" + planId);
            long cold = (System.nanoTime() - t0) / 1_000;
            List<Long> times = new ArrayList<>();
            JsonNode plan = null;
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                plan = c.getJson("/api/plans/" + planId);
                times.add((System.nanoTime() - t) / 1_000);
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
}
