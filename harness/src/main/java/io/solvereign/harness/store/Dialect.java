package io.solvereign.harness.store;

/**
 * The two databases the plan store runs on. Each has its own versioned migration scripts (types and
 * trigger syntax differ) and its own way to serialize writers across processes.
 */
public enum Dialect {
    /** Embedded file per workspace; writers serialize by {@code BEGIN IMMEDIATE}. */
    SQLITE("sqlite"),
    /** A server; writers serialize by a transaction-scoped advisory lock. */
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The resource folder of this dialect's migration scripts. */
    String scriptFolder() {
        return "sql/" + folder + "/";
    }
}
