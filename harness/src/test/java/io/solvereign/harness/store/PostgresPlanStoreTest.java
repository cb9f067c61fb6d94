package io.solvereign.harness.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

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
