package io.solvereign.harness.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.store.NewPlan;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Environmental failures become one clear line with an error code and leave the workspace as it was:
 * a full disk (a real SQLITE_FULL, made by capping the database's size), a read-only file, and the
 * server-side codes of PostgreSQL. (The bounded wait of a busy store is in the store suite.)
 */
class StoreFailuresTest {
    static final Duration WAIT = Duration.ofMillis(300);

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsOneLineAndTheWorkspaceKeepsEverythingCommitted() throws SQLException {
        StoreTarget target = StoreTarget.workspace(dir);
        JdbcPlanStore store = JdbcPlanStore.open(target, new byte[0], WAIT);
        String f = store.addForecast("a".repeat(64), new byte[] {1}, "Mo 06:00-10:00", Instant.EPOCH).id();
        try (Statement st = store.connection().createStatement()) {
            st.execute("PRAGMA max_page_count = " + pageCount(st));
        }
        SolvereignException e = assertThrows(SolvereignException.class, () -> store.addPlan(new NewPlan(f, "",
                new byte[1 << 20], new byte[0], "b".repeat(64)), Instant.EPOCH));
        assertEquals(ErrorCode.OUTPUT_NOT_WRITABLE, e.code());
        assertTrue(e.getMessage().contains("the disk is full") && !e.getMessage().contains("\n"), e.getMessage());
        store.close();
        JdbcPlanStore again = JdbcPlanStore.open(target, new byte[0], WAIT);
        assertEquals(1, again.forecasts().size());
        assertEquals(0, again.plans().size());
        again.close();
    }

    @Test
    void databaseCodesMapToClearReasons() {
        StoreTarget t = StoreTarget.workspace(dir);
        String readOnly = StoreFailures.of(new SQLiteException("attempt to write a readonly database",
                SQLiteErrorCode.SQLITE_READONLY), t, WAIT, "store a plan version").getMessage();
        assertTrue(readOnly.startsWith("OUTPUT_NOT_WRITABLE") && readOnly.contains("read-only"), readOnly);
        String cantOpen = StoreFailures.of(new SQLiteException("unable to open database file",
                SQLiteErrorCode.SQLITE_CANTOPEN), t, WAIT, "open the database").getMessage();
        assertTrue(cantOpen.contains("cannot be opened"), cantOpen);
        String pgFull = StoreFailures.of(new SQLException("could not extend file", "53100"), t, WAIT, "commit").getMessage();
        assertTrue(pgFull.contains("disk is full"), pgFull);
        String pgBusy = StoreFailures.of(new SQLException("canceling statement due to lock timeout", "55P03"), t, WAIT,
                "start a transaction").getMessage();
        assertTrue(pgBusy.startsWith("WORKSPACE_BUSY"), pgBusy);
    }

    @Test
    void credentialsNeverAppearInDescriptions() {
        StoreTarget t = StoreTarget.resolve("jdbc:postgresql://bob:hunter2@db:5432/plans?password=hunter2", dir,
                name -> name.equals(StoreTarget.DB_PASSWORD_ENV) ? "hunter2" : null);
        assertEquals(Dialect.POSTGRESQL, t.dialect());
        assertTrue(!t.describe().contains("hunter2") && !t.toString().contains("hunter2"), t.toString());
        assertEquals("jdbc:postgresql://db:5432/plans", t.describe());
    }

    private static long pageCount(Statement st) throws SQLException {
        try (var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
