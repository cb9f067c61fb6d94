package io.solvereign.harness.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.store.Approval;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanStore;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@link PlanStore} on a JDBC database: an embedded SQLite file per workspace, or PostgreSQL. One
 * schema (versioned migrations, {@link Migrations}); every call runs in one transaction that holds the
 * store's cross-process write lock, so concurrent processes serialize and a crash loses nothing
 * committed. Every record write appends to the {@link Ledger} hash chain in the same transaction, and
 * {@link #open} verifies the whole chain and every record against it ({@code PLAN_TAMPERED} names the
 * record). Callers group several calls into one transaction with {@link #inTransaction}.
 *
 * <p>Ids: {@code F0001}/{@code P0001} for people, and a globally unique identity
 * ({@code <workspace id>/P0001}) for evidence packs. Not thread-safe beyond its synchronized methods:
 * one instance holds one connection.
 */
public final class JdbcPlanStore implements PlanStore, AutoCloseable {
    private static final ObjectMapper JSON = RowCodec.JSON;

    private final StoreTarget target;
    private final Connection connection;
    private final Ledger ledger;
    private final Duration busyTimeout;
    private final String workspaceId;
    private int depth;
    private boolean failed;

    private JdbcPlanStore(StoreTarget target, Connection connection, Ledger ledger, Duration busyTimeout,
                          String workspaceId) {
        this.target = target;
        this.connection = connection;
        this.ledger = ledger;
        this.busyTimeout = busyTimeout;
        this.workspaceId = workspaceId;
    }

    /**
     * Opens (creating and migrating when new) the store and verifies every record against the chain.
     *
     * @param hmacKey     the chain key, empty for an unkeyed chain; a keyed store needs its key
     * @param busyTimeout how long a call waits for another process's transaction before {@code WORKSPACE_BUSY}
     * @throws SolvereignException {@code PLAN_TAMPERED} naming a broken record, {@code WORKSPACE_BUSY},
     *                             or {@code OUTPUT_NOT_WRITABLE} for a folder that cannot hold the database
     */
    public static JdbcPlanStore open(StoreTarget target, byte[] hmacKey, Duration busyTimeout) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        Connection c = Connections.open(target, busyTimeout);
        Chain chain = new Chain(Objects.requireNonNull(hmacKey, "hmacKey"));
        try {
            String id = Connections.transaction(c, target, busyTimeout, "open the workspace", () -> {
                Migrations.apply(c, target.dialect());
                return Ledger.initialize(c, chain);
            });
            JdbcPlanStore store = new JdbcPlanStore(target, c, new Ledger(chain, id), busyTimeout, id);
            store.verify();
            return store;
        } catch (RuntimeException e) {
            Connections.closeQuietly(c);
            throw e;
        }
    }

    /** Where the store lives (credentials never included). */
    public StoreTarget target() {
        return target;
    }

    /** The workspace's globally unique id (a random UUID made when the workspace was created). */
    public String workspaceId() {
        return workspaceId;
    }

    /** The globally unique identity of a stored plan, {@code <workspace id>/P0001}. */
    public String planUid(String planId) {
        return workspaceId + "/" + planId;
    }

    /** Re-verifies the whole chain and every record; throws {@code PLAN_TAMPERED} naming the first break. */
    public synchronized void verify() {
        inTransaction(() -> {
            sql("verify the workspace", () -> {
                ledger.verify(connection, new Contents(this).all());
                return null;
            });
            return null;
        });
    }

    /**
     * Runs {@code work} in one transaction holding the write lock (nested calls join it). A
     * {@link SolvereignException} from the caller's own rules (a refused lock and its trail entry)
     * commits what was written; any store failure or other exception rolls everything back.
     */
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            depth++;
            try {
                return work.get();
            } finally {
                depth--;
            }
        }
        Connections.begin(connection, target, busyTimeout);
        depth = 1;
        failed = false;
        try {
            T result = work.get();
            Connections.commit(connection, target, busyTimeout);
            return result;
        } catch (SolvereignException e) {
            if (failed) {
                Connections.rollback(connection);
            } else {
                Connections.commit(connection, target, busyTimeout);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            Connections.rollback(connection);
            throw e;
        } finally {
            depth = 0;
            failed = false;
        }
    }

    @Override
    public synchronized void close() {
        Connections.closeQuietly(connection);
    }

    @Override
    public synchronized ForecastVersion addForecast(String inputHash, byte[] originalBytes, String canonicalText,
                                                    ForecastMeta meta, Instant createdAt) {
        return inTransaction(() -> sql("store a forecast version", () -> {
            long seq = next("forecast_version");
            ForecastVersion f = new ForecastVersion(PlanStore.forecastId(seq), inputHash, originalBytes, canonicalText,
                    createdAt, meta);
            String uid = workspaceId + "/" + f.id();
            String metaJson = RowCodec.metaJson(meta);
            update("INSERT INTO forecast_version (seq, id, uid, input_hash, original_bytes, canonical_text, meta_json,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seq, f.id(), uid, inputHash, f.originalBytes(),
                    canonicalText, metaJson, createdAt.toString());
            String[] lines = canonicalText.isEmpty() ? new String[0] : canonicalText.split("\n", -1);
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO forecast_line (forecast_seq, line_no, text) VALUES (?, ?, ?)")) {
                for (int i = 0; i < lines.length; i++) {
                    ps.setLong(1, seq);
                    ps.setInt(2, i + 1);
                    ps.setString(3, lines[i]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            ForecastRows.insert(connection, seq, f.originalBytes(), canonicalText);
            ledger.append(connection, RecordHashes.FORECAST, f.id(), RecordHashes.forecast(f, uid, metaJson));
            return f;
        }));
    }

    @Override
    public synchronized Optional<ForecastVersion> findForecast(String forecastVersionId) {
        Objects.requireNonNull(forecastVersionId, "forecastVersionId");
        return inTransaction(() -> sql("read a forecast version", () ->
                forecastsWhere("WHERE id = ?", forecastVersionId).stream().findFirst()));
    }

    @Override
    public synchronized List<ForecastVersion> forecasts() {
        return inTransaction(() -> sql("read forecast versions", () -> forecastsWhere("")));
    }

    @Override
    public synchronized PlanVersion addPlan(NewPlan plan, Instant createdAt) {
        Objects.requireNonNull(plan, "plan");
        return inTransaction(() -> sql("store a plan version", () -> {
            long seq = next("plan_version");
            PlanVersion p = PlanVersion.draft(PlanStore.planId(seq), plan, createdAt);
            update("INSERT INTO plan_version (seq, id, uid, forecast_id, status, baseline_id, solver_output, audit_results,"
                    + " output_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq, p.id(), planUid(p.id()),
                    p.forecastVersionId(), p.status().name(), p.baselinePlanId(), p.solverOutputJson(),
                    p.auditResultsJson(), p.outputHash(), createdAt.toString());
            Assignments.insert(connection, seq, Assignments.of(p.solverOutputJson()));
            ledger.append(connection, RecordHashes.PLAN, p.id(), RecordHashes.plan(p, planUid(p.id())));
            return p;
        }));
    }

    @Override
    public synchronized Optional<PlanVersion> findPlan(String planId) {
        Objects.requireNonNull(planId, "planId");
        return inTransaction(() -> sql("read a plan version", () -> plansWhere("WHERE id = ?", planId).stream().findFirst()));
    }

    @Override
    public synchronized List<PlanVersion> plans() {
        return inTransaction(() -> sql("read plan versions", () -> plansWhere("")));
    }

    @Override
    public synchronized PlanVersion updatePlan(PlanVersion next) {
        Objects.requireNonNull(next, "next");
        return inTransaction(() -> {
            PlanVersion current = findPlan(next.id()).orElseThrow(() -> new SolvereignException(ErrorCode.NOT_FOUND,
                    "no plan version '" + next.id() + "' in " + target.describe()));
            PlanVersion.requireLegalUpdate(current, next);
            return sql("update a plan version", () -> {
                boolean content = !current.sameContent(next);
                if (content) {
                    long seq = planSeq(next.id());
                    update("DELETE FROM plan_assignment WHERE plan_seq = ?", seq);
                    update("UPDATE plan_version SET solver_output = ?, audit_results = ?, output_hash = ? WHERE id = ?",
                            next.solverOutputJson(), next.auditResultsJson(), next.outputHash(), next.id());
                    Assignments.insert(connection, seq, Assignments.of(next.solverOutputJson()));
                }
                if (next.status() != current.status()) {
                    update("UPDATE plan_version SET status = ? WHERE id = ?", next.status().name(), next.id());
                }
                ledger.append(connection, RecordHashes.PLAN, next.id(), RecordHashes.plan(next, planUid(next.id())));
                return next;
            });
        });
    }

    @Override
    public synchronized TrailEntry appendTrail(Instant at, String actor, TrailAction action, String subjectId,
                                               String reason, Map<String, String> details) {
        return inTransaction(() -> sql("append to the trail", () -> {
            TrailEntry e = TrailEntry.of(next("trail_entry"), at, actor, action, subjectId, reason, details);
            update("INSERT INTO trail_entry (seq, at, actor, action, subject_id, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    e.sequence(), at.toString(), actor, action.name(), subjectId, reason, RecordHashes.mapJson(e.details()));
            ledger.append(connection, RecordHashes.TRAIL, Long.toString(e.sequence()), RecordHashes.trail(e));
            return e;
        }));
    }

    @Override
    public synchronized List<TrailEntry> trail() {
        return inTransaction(() -> sql("read the trail", () -> {
            List<TrailEntry> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT seq, at, actor, action, subject_id, reason, details FROM trail_entry ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String where = "trail entry " + rs.getLong(1);
                    out.add(new TrailEntry(rs.getLong(1), RowCodec.instant(rs.getString(2), where), rs.getString(3),
                            RowCodec.action(rs.getString(4), where), rs.getString(5), rs.getString(6),
                            RowCodec.stringMap(rs.getString(7), where)));
                }
            }
            return List.copyOf(out);
        }));
    }

    @Override
    public synchronized Approval addApproval(String planId, String actor, String reason,
                                             Map<String, Boolean> conditionsMet, Instant at) {
        return inTransaction(() -> sql("record an approval", () -> {
            Approval a = new Approval(next("approval"), planId, actor, reason, new TreeMap<>(conditionsMet), at);
            update("INSERT INTO approval (seq, plan_id, actor, reason, conditions_met, at) VALUES (?, ?, ?, ?, ?, ?)",
                    a.sequence(), planId, actor, reason, JSON.writeValueAsString(a.conditionsMet()), at.toString());
            ledger.append(connection, RecordHashes.APPROVAL, Long.toString(a.sequence()), RecordHashes.approval(a));
            return a;
        }));
    }

    @Override
    public synchronized List<Approval> approvals() {
        return inTransaction(() -> sql("read approvals", () -> {
            List<Approval> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT seq, plan_id, actor, reason, conditions_met, at FROM approval ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String where = "approval " + rs.getLong(1);
                    out.add(new Approval(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            RowCodec.parse(rs.getString(5), new TypeReference<TreeMap<String, Boolean>>() { }, where),
                            RowCodec.instant(rs.getString(6), where)));
                }
            }
            return List.copyOf(out);
        }));
    }

    @Override
    public synchronized KpiBaseline addKpiBaseline(String site, String approver, String reason, List<String> planIds,
                                                   String samplesJson, Instant at) {
        return inTransaction(() -> sql("write a KPI baseline", () -> {
            KpiBaseline b = new KpiBaseline(next("kpi_baseline"), site, approver, reason, planIds, samplesJson, at);
            update("INSERT INTO kpi_baseline (seq, site, approver, reason, plan_ids, samples_json, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    b.sequence(), site, approver, reason, JSON.writeValueAsString(b.planIds()), samplesJson, at.toString());
            ledger.append(connection, RecordHashes.KPI_BASELINE, Long.toString(b.sequence()), RecordHashes.kpiBaseline(b));
            return b;
        }));
    }

    @Override
    public synchronized List<KpiBaseline> kpiBaselines() {
        return inTransaction(() -> sql("read KPI baselines", () -> {
            List<KpiBaseline> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT seq, site, approver, reason, plan_ids, samples_json, at FROM kpi_baseline ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String where = "KPI baseline " + rs.getLong(1);
                    out.add(new KpiBaseline(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            RowCodec.parse(rs.getString(5), new TypeReference<List<String>>() { }, where), rs.getString(6),
                            RowCodec.instant(rs.getString(7), where)));
                }
            }
            return List.copyOf(out);
        }));
    }

    @Override
    public synchronized KillSwitch killSwitch() {
        return inTransaction(() -> sql("read the kill switch", () -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT is_on, reason, actor, at FROM kill_switch WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return KillSwitch.initial();
                }
                return new KillSwitch(rs.getInt(1) != 0, rs.getString(2), rs.getString(3), RowCodec.instant(rs.getString(4), "kill switch"));
            }
        }));
    }

    @Override
    public synchronized void setKillSwitch(KillSwitch state) {
        Objects.requireNonNull(state, "state");
        inTransaction(() -> sql("switch the kill switch", () -> {
            update("DELETE FROM kill_switch WHERE id = 1");
            update("INSERT INTO kill_switch (id, is_on, reason, actor, at) VALUES (1, ?, ?, ?, ?)", state.on() ? 1 : 0,
                    state.reason(), state.actor(), state.at().toString());
            ledger.append(connection, RecordHashes.KILL_SWITCH, "1", RecordHashes.killSwitch(state));
            return null;
        }));
    }

    // --- reading rows back, shared with Contents (verification) ---

    List<ForecastVersion> forecastsWhere(String where, Object... args) throws SQLException {
        List<ForecastVersion> out = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT id, input_hash, original_bytes, canonical_text, meta_json, created_at"
                + " FROM forecast_version " + where + " ORDER BY seq", args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String at = "forecast version " + rs.getString(1);
                out.add(new ForecastVersion(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4),
                        RowCodec.instant(rs.getString(6), at), RowCodec.meta(rs.getString(5), at)));
            }
        }
        return out;
    }

    List<PlanVersion> plansWhere(String where, Object... args) throws SQLException {
        List<PlanVersion> out = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT id, forecast_id, status, baseline_id, solver_output, audit_results,"
                + " output_hash, created_at FROM plan_version " + where + " ORDER BY seq", args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String at = "plan version " + rs.getString(1);
                PlanStatus status;
                try {
                    status = PlanStatus.valueOf(rs.getString(3));
                } catch (IllegalArgumentException e) {
                    throw RowCodec.tampered(at + " has unknown status '" + rs.getString(3) + "'");
                }
                out.add(new PlanVersion(rs.getString(1), rs.getString(2), status, rs.getString(4), rs.getBytes(5),
                        rs.getBytes(6), rs.getString(7), RowCodec.instant(rs.getString(8), at)));
            }
        }
        return out;
    }

    List<Assignments.Row> assignments(String planId) throws SQLException {
        List<Assignments.Row> out = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT a.tour_instance_id, a.driver_id, a.day, a.block_id, a.block_type,"
                + " a.start_min, a.end_min, a.crosses_midnight FROM plan_assignment a JOIN plan_version p ON p.seq = a.plan_seq"
                + " WHERE p.id = ? ORDER BY a.tour_instance_id", planId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Assignments.Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
            }
        }
        return out;
    }

    /** Uids as stored, by id, for verification (forecast or plan table). */
    Map<String, String> uids(String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare("SELECT id, uid, " + (table.equals("forecast_version") ? "meta_json" : "''")
                + " FROM " + table + " ORDER BY seq"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2) + "\n" + rs.getString(3));
            }
        }
        return out;
    }

    Connection connection() {
        return connection;
    }

    // --- helpers ---

    /** Runs one SQL step, mapping database failures to clear errors and marking the transaction failed. */
    private <T> T sql(String doing, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            failed = true;
            throw StoreFailures.of(e, target, busyTimeout, doing);
        } catch (JsonProcessingException e) {
            failed = true;
            throw new IllegalStateException("cannot encode a record while trying to " + doing, e);
        } catch (SolvereignException e) {
            failed = true;
            throw e;
        }
    }

    /** A unit of SQL work. */
    interface SqlWork<T> {
        T run() throws SQLException, JsonProcessingException;
    }

    private long next(String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long planSeq(String planId) throws SQLException {
        try (PreparedStatement ps = prepare("SELECT seq FROM plan_version WHERE id = ?", planId); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }


    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof byte[] b) {
                ps.setBytes(i + 1, b);
            } else if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
        return ps;
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.executeUpdate();
        }
    }
}
