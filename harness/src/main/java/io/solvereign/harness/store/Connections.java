package io.solvereign.harness.store;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * Opening connections and the transaction protocol per dialect. SQLite: WAL journal, full sync, a busy
 * timeout, and {@code BEGIN IMMEDIATE} so a transaction takes the write lock at its start (two
 * processes never both read a state and then both write). PostgreSQL: a transaction-scoped advisory
 * lock with a {@code lock_timeout}. In both the wait is bounded, then {@code WORKSPACE_BUSY}.
 */
final class Connections {
    /** Advisory lock key of the PostgreSQL store ("SOLV" in ASCII). */
    private static final long PG_LOCK_KEY = 0x534F4C56L;

    private Connections() {
    }

    /** A unit of work inside a transaction. */
    interface Work<T> {
        T run() throws SQLException;
    }

    static Connection open(StoreTarget target, Duration busyTimeout) {
        try {
            if (target.dialect() == Dialect.SQLITE) {
                prepareFolder(target.folder());
                SQLiteConfig config = new SQLiteConfig();
                config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
                config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
                config.enforceForeignKeys(true);
                Connection c = DriverManager.getConnection(target.url(), config.toProperties());
                c.setAutoCommit(true);
                return c;
            }
            Properties p = new Properties();
            if (!target.user().isEmpty()) {
                p.setProperty("user", target.user());
            }
            if (!target.password().isEmpty()) {
                p.setProperty("password", target.password());
            }
            p.setProperty("connectTimeout", "10");
            Connection c = DriverManager.getConnection(target.url(), p);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw StoreFailures.of(e, target, busyTimeout, "open the database");
        }
    }

    /** Runs work in one write transaction on a fresh connection (open, migrations). */
    static <T> T transaction(Connection c, StoreTarget target, Duration busyTimeout, String doing, Work<T> work) {
        begin(c, target, busyTimeout);
        try {
            T result = work.run();
            commit(c, target, busyTimeout);
            return result;
        } catch (SQLException e) {
            rollback(c);
            throw StoreFailures.of(e, target, busyTimeout, doing);
        } catch (RuntimeException e) {
            rollback(c);
            throw e;
        }
    }

    static void begin(Connection c, StoreTarget target, Duration busyTimeout) {
        try (Statement st = c.createStatement()) {
            if (target.dialect() == Dialect.SQLITE) {
                st.execute("BEGIN IMMEDIATE");
            } else {
                st.execute("SET LOCAL lock_timeout = '" + Math.max(1, busyTimeout.toMillis()) + "ms'");
                st.execute("SELECT pg_advisory_xact_lock(" + PG_LOCK_KEY + ")");
            }
        } catch (SQLException e) {
            rollback(c);
            throw StoreFailures.of(e, target, busyTimeout, "start a transaction");
        }
    }

    static void commit(Connection c, StoreTarget target, Duration busyTimeout) {
        try {
            if (target.dialect() == Dialect.SQLITE) {
                try (Statement st = c.createStatement()) {
                    st.execute("COMMIT");
                }
            } else {
                c.commit();
            }
        } catch (SQLException e) {
            rollback(c);
            throw StoreFailures.of(e, target, busyTimeout, "commit");
        }
    }

    static void rollback(Connection c) {
        try {
            if (c.getAutoCommit()) {
                try (Statement st = c.createStatement()) {
                    st.execute("ROLLBACK");
                }
            } else {
                c.rollback();
            }
        } catch (SQLException e) {
            // no transaction was open (SQLite rolls back by itself on some errors); nothing to undo
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a connection after a failure; the failure itself is what gets reported
        }
    }

    /**
     * Makes sure the folder can hold the database: not a file, creatable, the database file not a
     * symbolic link (a link would let a workspace write elsewhere), not an old file-store workspace.
     */
    private static void prepareFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "workspace " + folder
                    + " is a file, not a folder; give a folder with --workspace");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot create workspace folder " + folder
                    + ": " + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()));
        }
        Path db = folder.resolve(StoreTarget.DB_FILE);
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path p = folder.resolve(StoreTarget.DB_FILE + suffix);
            if (Files.isSymbolicLink(p)) {
                throw new SolvereignException(ErrorCode.PLAN_TAMPERED, p + " is a symbolic link; a workspace database "
                        + "must be a plain file inside its folder");
            }
        }
        if (!Files.exists(db) && Files.isRegularFile(folder.resolve(LegacyWorkspace.INDEX))) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "workspace " + folder + " is in the old file "
                    + "layout (SHA256SUMS); import it into a new workspace with: solvereign migrate-workspace --from "
                    + folder + " --workspace NEW_DIR");
        }
        if (!Files.isWritable(folder)) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "workspace folder " + folder
                    + " is read-only; the database needs to write there");
        }
    }
}
