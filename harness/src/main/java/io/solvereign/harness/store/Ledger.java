package io.solvereign.harness.store;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The append-only ledger: one record per write of any stored record, each carrying the record's
 * content hash and the chain link over the previous record ({@link Chain}). Record 1 is the genesis,
 * naming the workspace id and the chain mode. Verification walks the whole chain and compares the
 * newest content hash of every record with the rows as they are now.
 */
final class Ledger {
    private static final int MAX_PROBLEMS = 5;

    /** The chain's last record: its sequence number and link. */
    record Head(long seq, String link) {
    }

    private final Chain chain;
    private final String workspaceId;

    Ledger(Chain chain, String workspaceId) {
        this.chain = chain;
        this.workspaceId = workspaceId;
    }

    /**
     * Creates the workspace id and genesis record in a new database, or checks the key against an
     * existing one; returns the workspace id.
     */
    static String initialize(Connection c, Chain chain) throws SQLException {
        Map<String, String> meta = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM workspace_meta"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                meta.put(rs.getString(1), rs.getString(2));
            }
        }
        String id = meta.get("workspace_id");
        if (id == null) {
            id = UUID.randomUUID().toString();
            insertMeta(c, "workspace_id", id);
            insertMeta(c, "chain", chain.mode());
            insertMeta(c, "key_check", chain.keyed() ? chain.keyCheck(id) : "");
            new Ledger(chain, id).append(c, RecordHashes.WORKSPACE, id, RecordHashes.workspace(id, chain.mode()));
            return id;
        }
        String mode = meta.getOrDefault("chain", "");
        if (Chain.KEYED.equals(mode) && !chain.keyed()) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "workspace " + id + " keeps an HMAC-keyed hash "
                    + "chain; give its key with SOLVEREIGN_HMAC_SECRET or --hmac-key-file");
        }
        if (Chain.KEYED.equals(mode) && !chain.keyCheck(id).equals(meta.get("key_check"))) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "the HMAC key given does not match the key of "
                    + "workspace " + id + " (or its key check was edited)");
        }
        if (!Chain.KEYED.equals(mode) && chain.keyed()) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, "workspace " + id + " has an unkeyed hash chain "
                    + "but an HMAC key is configured: it was made without a key, or rewritten by someone without it; "
                    + "unset SOLVEREIGN_HMAC_SECRET only if you know it was made without a key");
        }
        return id;
    }

    private static void insertMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO workspace_meta (key, value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    Head head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, link FROM ledger ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, "");
        }
    }

    /** Appends one record after the current head. */
    void append(Connection c, String kind, String ref, String contentHash) throws SQLException {
        Head h = head(c);
        String prev = h.seq() == 0 ? workspaceId : h.link();
        long seq = h.seq() + 1;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ledger (seq, kind, ref, content_hash, prev_link, link) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, kind);
            ps.setString(3, ref);
            ps.setString(4, contentHash);
            ps.setString(5, prev);
            String link = chain.link(prev, seq, kind, ref, contentHash);
            ps.setString(6, link);
            ps.executeUpdate();
            seal(c, seq, link);
        }
    }

    /**
     * Keeps a seal of the chain head in {@code workspace_meta}: with a key nobody without it can make
     * the seal of an earlier head, so cutting records off the end of the chain is detected too.
     */
    private void seal(Connection c, long seq, String link) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM workspace_meta WHERE key = 'head_seal'");
             PreparedStatement ins = c.prepareStatement("INSERT INTO workspace_meta (key, value) VALUES ('head_seal', ?)")) {
            del.executeUpdate();
            ins.setString(1, chain.seal(seq, link));
            ins.executeUpdate();
        }
    }

    private String storedSeal(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM workspace_meta WHERE key = 'head_seal'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /**
     * Checks every link, then that each record's newest content hash equals the hash of its row now
     * ({@code current}: "KIND ref" to hash).
     *
     * @throws SolvereignException {@code PLAN_TAMPERED} naming up to five broken records
     */
    void verify(Connection c, Map<String, String> current) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<String, String> latest = new TreeMap<>();
        Map<String, Long> latestSeq = new TreeMap<>();
        String prev = workspaceId;
        long expected = 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, kind, ref, content_hash, prev_link, link FROM ledger ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                String kind = rs.getString(2);
                String ref = rs.getString(3);
                String hash = rs.getString(4);
                String name = "ledger record " + seq + " (" + kind + " " + ref + ")";
                if (seq != expected) {
                    problems.add("ledger record " + expected + (seq > expected ? " is missing" : " is duplicated"));
                }
                if (!prev.equals(rs.getString(5)) || !chain.link(prev, seq, kind, ref, hash).equals(rs.getString(6))) {
                    problems.add(name + ": the hash chain breaks here (" + (chain.keyed() ? "HMAC" : "SHA-256")
                            + " link does not match)");
                    break;
                }
                if (seq == 1 && !(kind.equals(RecordHashes.WORKSPACE) && ref.equals(workspaceId))) {
                    problems.add(name + ": the first record must name workspace " + workspaceId);
                }
                if (!kind.equals(RecordHashes.WORKSPACE)) {
                    latest.put(kind + " " + ref, hash);
                    latestSeq.put(kind + " " + ref, seq);
                }
                prev = rs.getString(6);
                expected = seq + 1;
            }
        }
        if (expected == 1) {
            problems.add("the ledger is empty: its genesis record was removed");
        } else if (problems.isEmpty() && !chain.seal(expected - 1, prev).equals(storedSeal(c))) {
            problems.add("the chain ends at ledger record " + (expected - 1) + " but its head seal names another end: "
                    + "records were cut off the end of the chain");
        }
        for (Map.Entry<String, String> e : latest.entrySet()) {
            String now = current.get(e.getKey());
            if (now == null) {
                problems.add(e.getKey() + " is missing (ledger record " + latestSeq.get(e.getKey()) + " names it)");
            } else if (!now.equals(e.getValue())) {
                problems.add(e.getKey() + " was changed outside the store (ledger record " + latestSeq.get(e.getKey())
                        + " holds another content hash)");
            }
        }
        for (String key : current.keySet()) {
            if (!latest.containsKey(key)) {
                problems.add(key + " was added outside the store (no ledger record)");
            }
        }
        if (!problems.isEmpty()) {
            int n = problems.size();
            List<String> shown = problems.subList(0, Math.min(MAX_PROBLEMS, n));
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, "workspace " + workspaceId + " failed its integrity check: "
                    + String.join("; ", shown) + (n > MAX_PROBLEMS ? "; and " + (n - MAX_PROBLEMS) + " more" : ""));
        }
    }
}
