package io.solvereign.harness.store;

import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * What someone with write access to the database file and a SQL client can do: drop the guard
 * triggers, edit rows, and make the ledger consistent again by recomputing the record's content hash,
 * every later link and the head seal, with whatever key they have (none, or a guess).
 */
final class Forger implements AutoCloseable {
    private final Connection c;
    private final Chain chain;

    Forger(Connection c, byte[] key) throws SQLException {
        this.c = c;
        this.chain = new Chain(key);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            for (String n : names) {
                st.execute("DROP TRIGGER " + n);
            }
        }
    }

    void exec(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /** The plan row as it is now. */
    PlanVersion plan(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, forecast_id, status, baseline_id, solver_output,"
                + " audit_results, output_hash, created_at FROM plan_version WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new PlanVersion(rs.getString(1), rs.getString(2), PlanStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBytes(5), rs.getBytes(6), rs.getString(7), Instant.parse(rs.getString(8)));
            }
        }
    }

    /** Overwrites a plan's row and its assignment rows with other content, as the store would have written it. */
    void writePlan(PlanVersion p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan_version SET status = ?, solver_output = ?,"
                + " audit_results = ?, output_hash = ? WHERE id = ?")) {
            ps.setString(1, p.status().name());
            ps.setBytes(2, p.solverOutputJson());
            ps.setBytes(3, p.auditResultsJson());
            ps.setString(4, p.outputHash());
            ps.setString(5, p.id());
            ps.executeUpdate();
        }
        long seq = Long.parseLong(p.id().substring(1));
        exec("DELETE FROM plan_assignment WHERE plan_seq = " + seq);
        Assignments.insert(c, seq, Assignments.of(p.solverOutputJson()));
    }

    /** Points the plan's newest ledger record at its new content and relinks the chain from there. */
    void rechainPlan(PlanVersion p, String workspaceId) throws SQLException {
        String hash = RecordHashes.plan(p, workspaceId + "/" + p.id());
        long seq;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT MAX(seq) FROM ledger WHERE kind = 'PLAN' AND ref = '" + p.id() + "'")) {
            rs.next();
            seq = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger SET content_hash = ? WHERE seq = ?")) {
            ps.setString(1, hash);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
        relinkFrom(seq, workspaceId);
    }

    /** Removes the trail entries after {@code keep} and the ledger records from the first of them on. */
    void cutTrailAfter(long keep, String workspaceId) throws SQLException {
        long firstLedger;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MIN(seq) FROM ledger WHERE"
                + " kind = 'TRAIL' AND CAST(ref AS INTEGER) > " + keep)) {
            rs.next();
            firstLedger = rs.getLong(1);
        }
        exec("DELETE FROM trail_entry WHERE seq > " + keep);
        exec("DELETE FROM ledger WHERE seq >= " + firstLedger);
        relinkFrom(firstLedger, workspaceId);
    }

    /** Recomputes every link from {@code seq} on and the head seal, with the forger's key. */
    void relinkFrom(long from, String workspaceId) throws SQLException {
        String prev = workspaceId;
        long last = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT seq, kind, ref, content_hash, link FROM ledger ORDER BY seq");
             PreparedStatement up = c.prepareStatement("UPDATE ledger SET prev_link = ?, link = ? WHERE seq = ?")) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                String link = rs.getString(5);
                if (seq >= from) {
                    link = chain.link(prev, seq, rs.getString(2), rs.getString(3), rs.getString(4));
                    up.setString(1, prev);
                    up.setString(2, link);
                    up.setLong(3, seq);
                    up.executeUpdate();
                }
                prev = link;
                last = seq;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE workspace_meta SET value = ? WHERE key = 'head_seal'")) {
            ps.setString(1, chain.seal(last, prev));
            ps.executeUpdate();
        }
    }

    /** Claims the chain was never keyed (the only way to make unkeyed links "valid"). */
    void downgrade() throws SQLException {
        exec("UPDATE workspace_meta SET value = 'sha256' WHERE key = 'chain'");
        exec("UPDATE workspace_meta SET value = '' WHERE key = 'key_check'");
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
