package io.solvereign.harness.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/** The store suite on the embedded database, one fresh workspace folder per test. */
class SqlitePlanStoreTest extends PlanStoreContract {
    @TempDir
    Path dir;

    @Override
    StoreTarget target() {
        return StoreTarget.workspace(dir.resolve("ws"));
    }

    @Override
    Connection sql() throws SQLException {
        return DriverManager.getConnection(target().url());
    }

    @Override
    void dropGuards(Statement st, String table) throws SQLException {
        for (String suffix : new String[] {"_u", "_d"}) {
            String name = switch (table) {
                case "trail_entry" -> "trail_insert_only";
                case "ledger" -> "ledger_insert_only";
                default -> throw new IllegalArgumentException(table);
            };
            st.execute("DROP TRIGGER IF EXISTS " + name + suffix);
        }
    }
}
