package io.solvereign.harness.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.solvereign.harness.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store suite on a real PostgreSQL server given by {@code SOLVEREIGN_TEST_PG_URL} (and
 * {@code SOLVEREIGN_TEST_PG_USER}, {@code SOLVEREIGN_TEST_PG_PASSWORD}); {@code .ci/run} starts a
 * throwaway cluster and sets them. Each test gets its own schema. In CI ({@code CI=true}) a missing
 * server fails the suite; elsewhere it is skipped with a message saying how to run it.
 */
class PostgresPlanStoreTest extends PlanStoreContract {
    static final String URL_ENV = "SOLVEREIGN_TEST_PG_URL";

    private String url;

    @BeforeEach
    void schema() throws SQLException {
        String base = System.getenv(URL_ENV);
        if (base == null || base.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(URL_ENV + " is not set in CI: .ci/run must start PostgreSQL for the store suite");
            }
            Assumptions.abort(URL_ENV + " not set: the PostgreSQL store suite runs in .ci/run (or set it to a "
                    + "jdbc:postgresql:// URL of a scratch database)");
        }
        String schema = "s_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base, credentials()); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static Properties credentials() {
        Properties p = new Properties();
        String user = System.getenv("SOLVEREIGN_TEST_PG_USER");
        String password = System.getenv("SOLVEREIGN_TEST_PG_PASSWORD");
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    @Test
    void theCliRunsOnPostgresWithDb(@TempDir Path dir) throws Exception {
        Path week = Files.writeString(dir.resolve("week.txt"), "Mo 06:00-10:30\nMo 14:00-18:30\nDi 06:00-10:30\n");
        String db = url + credentialsInUrl();
        Cli solve = Cli.run("solve", "--input", week.toString(), "--out", dir.resolve("o").toString(), "--db", db,
                "--workspace", dir.resolve("unused").toString());
        assertEquals(0, solve.exit(), solve.err());
        assertEquals(0, Cli.run("audit", "--plan", "P0001", "--db", db).exit());
        assertEquals(0, Cli.run("approve", "--plan", "P0001", "--by", "lead", "--reason", "ok", "--db", db).exit());
        Cli lock = Cli.run("lock", "--plan", "P0001", "--by", "anna", "--reason", "publish", "--db", db);
        assertEquals(0, lock.exit(), lock.err());
        Cli again = Cli.run("lock", "--plan", "P0001", "--by", "anna", "--reason", "publish", "--db", db);
        assertTrue(again.err().contains("ALREADY_LOCKED"), again.err());
        assertFalse(Files.exists(dir.resolve("unused")), "--db uses no workspace folder");
        String pw = credentials().getProperty("password", "");
        assertTrue(pw.isEmpty() || !(solve.out() + solve.err() + lock.out()).contains(pw), "password never printed");
    }

    private static String credentialsInUrl() {
        Properties p = credentials();
        StringBuilder sb = new StringBuilder();
        p.stringPropertyNames().stream().sorted().forEach(k -> sb.append('&').append(k).append('=').append(p.getProperty(k)));
        return sb.toString();
    }

    @Override
    StoreTarget target() {
        Properties p = credentials();
        return new StoreTarget(Dialect.POSTGRESQL, url, p.getProperty("user", ""), p.getProperty("password", ""), null);
    }

    @Override
    Connection sql() throws SQLException {
        Connection c = DriverManager.getConnection(url, credentials());
        c.setAutoCommit(true);
        return c;
    }

    @Override
    void dropGuards(Statement st, String table) throws SQLException {
        st.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
    }
}
