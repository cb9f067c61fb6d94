package io.solvereign.harness.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain versioned SQL migrations: {@code sql/<dialect>/V<n>__<name>.sql}, applied in order, each
 * recorded in {@code schema_version}. They run inside the caller's write transaction, which holds
 * the store's cross-process lock, so two processes opening a new workspace at once cannot both
 * migrate. (Flyway was the alternative; its SQLite support takes no lock and says "No concurrent
 * migration supported", while CLI processes on one workspace are exactly that case.)
 */
final class Migrations {
    /** Every script in order; a new version is one more line here and one more file per dialect. */
    static final List<String> SCRIPTS = List.of("V1__plan_store.sql", "V2__forecast_parse.sql");

    private Migrations() {
    }

    /** The newest schema version this code knows. */
    static int latest() {
        return SCRIPTS.size();
    }

    /**
     * Applies every script newer than the stored version.
     *
     * @return the schema version afterwards
     * @throws IllegalStateException when the database is newer than this code
     */
    static int apply(Connection c, Dialect dialect) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL)");
        }
        int current = current(c);
        if (current > latest()) {
            throw new IllegalStateException("database schema version " + current + " is newer than this program ("
                    + latest() + "); use a newer solvereign");
        }
        for (int v = current + 1; v <= latest(); v++) {
            String script = SCRIPTS.get(v - 1);
            try (Statement st = c.createStatement()) {
                for (String sql : statements(read(dialect.scriptFolder() + script))) {
                    st.execute(sql);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version (version, script) VALUES (?, ?)")) {
                ps.setInt(1, v);
                ps.setString(2, script);
                ps.executeUpdate();
            }
        }
        return latest();
    }

    private static int current(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Statements end at a line holding only {@code ;;}, so bodies may contain {@code ;}. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("--") && cur.length() == 0) {
                continue;
            }
            if (t.endsWith(";;")) {
                cur.append(line, 0, line.lastIndexOf(";;"));
                if (!cur.toString().isBlank()) {
                    out.add(cur.toString().strip());
                }
                cur.setLength(0);
            } else {
                cur.append(line).append('\n');
            }
        }
        if (!cur.toString().isBlank()) {
            throw new IllegalStateException("migration script does not end with ';;'");
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
