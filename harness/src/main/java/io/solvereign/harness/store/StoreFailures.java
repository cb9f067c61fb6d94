package io.solvereign.harness.store;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns database failures into one clear line with an error code (exit 2 in the CLI), never a stack
 * trace: a busy database after the bounded wait is {@code WORKSPACE_BUSY}; a full disk, a read-only
 * folder or an unreachable server is {@code OUTPUT_NOT_WRITABLE}. Only unexpected failures stay
 * internal errors.
 */
final class StoreFailures {
    private StoreFailures() {
    }

    static RuntimeException of(SQLException e, StoreTarget target, Duration busyTimeout, String doing) {
        String where = target.describe();
        if (isBusy(e)) {
            return new SolvereignException(ErrorCode.WORKSPACE_BUSY, "workspace " + where + " stayed busy (another "
                    + "process is writing) for more than " + busyTimeout.toMillis() + " ms while " + doing
                    + "; nothing was changed, try again");
        }
        String reason = reason(e);
        if (reason != null) {
            return new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot " + doing + " in workspace " + where
                    + ": " + reason + "; nothing was changed");
        }
        return new IllegalStateException("database error while " + doing + " in " + where + ": " + e.getMessage(), e);
    }

    static boolean isBusy(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode c = s.getResultCode();
            return c == SQLiteErrorCode.SQLITE_BUSY || c == SQLiteErrorCode.SQLITE_LOCKED
                    || c.name().startsWith("SQLITE_BUSY_") || c.name().startsWith("SQLITE_LOCKED_");
        }
        return "55P03".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    /** A user-facing reason for environmental failures, or null for anything else. */
    private static String reason(SQLException e) {
        if (e instanceof SQLiteException s) {
            String name = s.getResultCode().name();
            if (name.equals("SQLITE_FULL") || name.startsWith("SQLITE_IOERR")) {
                return name.equals("SQLITE_FULL") ? "the disk is full" : "input/output error (disk full or failing)";
            }
            if (name.startsWith("SQLITE_READONLY")) {
                return "the folder or database file is read-only";
            }
            if (name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM") || name.startsWith("SQLITE_AUTH")) {
                return "the database file cannot be opened (missing permission or not a folder)";
            }
            if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
                return "the database file is not a SOLVEREIGN workspace database or is damaged";
            }
            return null;
        }
        String state = e.getSQLState();
        if (state == null) {
            return null;
        }
        if (state.equals("53100")) {
            return "the database server's disk is full";
        }
        if (state.startsWith("08")) {
            return "cannot connect to the database server";
        }
        if (state.startsWith("28")) {
            return "the database server refused the credentials (" + StoreTarget.DB_USER_ENV + ", "
                    + StoreTarget.DB_PASSWORD_ENV + ")";
        }
        if (state.equals("25006")) {
            return "the database is read-only";
        }
        return null;
    }
}
