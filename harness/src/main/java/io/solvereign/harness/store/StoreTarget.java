package io.solvereign.harness.store;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where a plan store lives: an embedded SQLite file in a workspace folder (the default), or a
 * PostgreSQL database given by a JDBC URL. Credentials come from the environment and are never part
 * of {@link #describe()} or {@link #toString()}.
 *
 * @param dialect  the database kind
 * @param url      the JDBC URL (for SQLite derived from the folder)
 * @param user     the database user, empty for SQLite or when the URL carries none
 * @param password the database password, empty when none
 * @param folder   the workspace folder (SQLite), or null for PostgreSQL
 */
public record StoreTarget(Dialect dialect, String url, String user, String password, Path folder) {
    /** Environment variable selecting PostgreSQL when {@code --db} is absent. */
    public static final String DB_URL_ENV = "SOLVEREIGN_DB_URL";
    /** Environment variable with the PostgreSQL user. */
    public static final String DB_USER_ENV = "SOLVEREIGN_DB_USER";
    /** Environment variable with the PostgreSQL password. */
    public static final String DB_PASSWORD_ENV = "SOLVEREIGN_DB_PASSWORD";
    /** The database file inside a workspace folder. */
    public static final String DB_FILE = "solvereign.db";

    public StoreTarget {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The embedded database of a workspace folder. */
    public static StoreTarget workspace(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        return new StoreTarget(Dialect.SQLITE, "jdbc:sqlite:" + abs.resolve(DB_FILE), "", "", abs);
    }

    /**
     * The target of one invocation: {@code --db} when given, else {@code SOLVEREIGN_DB_URL}, else the
     * workspace folder.
     *
     * @param db     the {@code --db} value, or null
     * @param folder the {@code --workspace} folder
     * @param env    reads environment variables ({@code System::getenv} in production)
     * @throws SolvereignException {@code UNREADABLE_INPUT} for a URL that is not {@code jdbc:postgresql:}
     */
    public static StoreTarget resolve(String db, Path folder, UnaryOperator<String> env) {
        String url = db != null && !db.isBlank() ? db.trim() : env.apply(DB_URL_ENV);
        if (url == null || url.isBlank()) {
            return workspace(folder);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "--db / " + DB_URL_ENV
                    + " must be a jdbc:postgresql://host:port/database URL, was " + redact(url));
        }
        return new StoreTarget(Dialect.POSTGRESQL, url, orEmpty(env.apply(DB_USER_ENV)),
                orEmpty(env.apply(DB_PASSWORD_ENV)), null);
    }

    /** The place for messages: the folder, or the URL without its query (which may carry credentials). */
    public String describe() {
        return folder != null ? folder.toString() : redact(url);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "StoreTarget[" + dialect + ", " + describe() + "]";
    }

    private static String redact(String url) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        // user:password@host in the authority part is dropped as well
        int at = base.indexOf('@');
        int slashes = base.indexOf("//");
        return at > slashes && slashes >= 0 ? base.substring(0, slashes + 2) + base.substring(at + 1) : base;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
