package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.harness.web.CockpitServer;
import io.solvereign.harness.web.PasswordHashes;
import io.solvereign.harness.web.Role;
import io.solvereign.harness.web.UsersFile;
import io.solvereign.harness.web.WebClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve --db} on a real PostgreSQL server ({@code SOLVEREIGN_TEST_PG_URL}, as the store suite; a
 * fresh schema per run): a plan locked through the API is LOCKED for {@code status --db}, and one locked
 * by {@code lock --db} is LOCKED through the API. Fails in CI without the server, skips elsewhere.
 */
class CockpitPostgresTest {
    private static final String PASSWORD = "postgres-cockpit-test";
    private static final String WEEK = "Mo 06:00-10:30\nMo 14:00-18:30\nDi 06:00-10:30\n";

    @TempDir
    Path dir;

    @Test
    void theCockpitAndTheCliShareAPostgresStore() throws Exception {
        String db = database();
        Path users = dir.resolve("users.json");
        UsersFile file = UsersFile.readOrEmpty(users);
        file.put("anna", Role.LEAD, PasswordHashes.standard().hash(PASSWORD.toCharArray()));
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--db", db, "--users", users.toString(), "--port", "0");
        try (CockpitServer server = serve.start()) {
            WebClient anna = new WebClient(server.url()).login("anna", PASSWORD);
            WebClient.Answer up = anna.upload("/api/forecasts?name=week.txt", WEEK.getBytes(StandardCharsets.UTF_8),
                    "text/plain");
            assertEquals(201, up.status(), up.toString());
            String id = anna.runJobDone("/api/solve", "{\"forecast_id\":\"" + up.json().get("id").asText() + "\"}")
                    .get("plan_id").asText();
            anna.runJobDone("/api/plans/" + id + "/audit", "{}");
            assertEquals(200, anna.post("/api/plans/" + id + "/approve", "{\"reason\":\"ok\"}").status());
            assertEquals(200, anna.post("/api/plans/" + id + "/lock", "{\"reason\":\"web\"}").status());
            JsonNode status = new ObjectMapper().readTree(Cli.run("status", "--json", "--db", db).out());
            assertEquals(id, status.get("locked_by_week").get(0).get("plan_id").asText());

            Path week2 = Files.writeString(dir.resolve("w2.txt"), WEEK);
            Cli solve = Cli.run("solve", "-i", week2.toString(), "--week-anchor", "2026-01-12", "-o",
                    dir.resolve("o").toString(), "--db", db, "--json");
            assertEquals(0, solve.exit(), solve.err());
            String cliPlan = new ObjectMapper().readTree(solve.out()).get("plan_id").asText();
            assertEquals(0, Cli.run("audit", "--plan", cliPlan, "--db", db).exit());
            assertEquals(0, Cli.run("approve", "--plan", cliPlan, "--by", "lead", "--reason", "ok", "--db", db).exit());
            assertEquals(0, Cli.run("lock", "--plan", cliPlan, "--by", "cli", "--reason", "cli", "--db", db).exit());
            assertEquals("LOCKED", anna.getJson("/api/plans/" + cliPlan).get("status").asText());
        }
    }

    /** A URL of a fresh schema on the test server, with credentials as URL parameters. */
    private static String database() throws Exception {
        String base = System.getenv("SOLVEREIGN_TEST_PG_URL");
        if (base == null || base.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("SOLVEREIGN_TEST_PG_URL is not set in CI: .ci/run must start PostgreSQL");
            }
            Assumptions.abort("SOLVEREIGN_TEST_PG_URL not set: runs in .ci/run (or set it to a scratch database)");
        }
        Properties p = new Properties();
        String user = System.getenv("SOLVEREIGN_TEST_PG_USER");
        String password = System.getenv("SOLVEREIGN_TEST_PG_PASSWORD");
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        String schema = "c_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base, p); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        StringBuilder url = new StringBuilder(base).append(base.contains("?") ? "&" : "?").append("currentSchema=")
                .append(schema);
        p.stringPropertyNames().stream().sorted().forEach(k -> url.append('&').append(k).append('=').append(p.getProperty(k)));
        return url.toString();
    }
}
