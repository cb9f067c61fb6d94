package io.solvereign.harness.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.io.ParsedLine;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.store.ForecastKind;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanLifecycle;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The store suite every database runs: the SPI contract, the guards inside the database itself, and
 * detection of edits made behind the store's back. Subclasses give a fresh, empty database per test.
 */
abstract class PlanStoreContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T08:00:00Z"), ZoneOffset.UTC);
    static final byte[] KEY = "store-suite-key".getBytes(StandardCharsets.UTF_8);

    /** A fresh, empty database for this test. */
    abstract StoreTarget target();

    /** A plain SQL connection to the same database (the "SQL client" of a forger or an operator). */
    abstract Connection sql() throws SQLException;

    /** Removes the guard triggers of one table, as a forger with write access would. */
    abstract void dropGuards(Statement st, String table) throws SQLException;

    JdbcPlanStore open(byte[] key) {
        return JdbcPlanStore.open(target(), key, Duration.ofSeconds(20));
    }

    /** A realistic plan with assignments: a locked plan of the legacy fixture. */
    static byte[] planBytes() {
        return LegacyFixture.read("plans/P0001/solver_output.json");
    }

    static String outputHash() {
        return "4d1c7de494a4d6790b71ee2701e698eeb201dae2c6763746451246ffd75fe38d";
    }

    /** Forecast F0001, plan P0001 audited and LOCKED, plan P0002 DRAFT; returns the store. */
    JdbcPlanStore lockedPlanStore(byte[] key) {
        JdbcPlanStore store = open(key);
        PlanLifecycle life = PlanLifecycle.create(store, CLOCK);
        ForecastVersion f = life.importForecast("anna", "Mo 06:00-10:30\n".getBytes(StandardCharsets.UTF_8),
                "Mo 06:00-10:30");
        for (int i = 0; i < 2; i++) {
            life.createDraft("anna", "solve", new NewPlan(f.id(), "", planBytes(), new byte[0], outputHash()));
        }
        life.recordAudit("P0001", "anna", "{\"verdict\":\"PASS\"}".getBytes(StandardCharsets.UTF_8),
                new GateVerdict(true, "7/7 PASS"));
        life.lock("P0001", "anna", "publish", new GateVerdict(true, "7/7 PASS"));
        return store;
    }

    @Test
    void aForecastsParseResultsTemplatesAndInstancesAreStoredAndReadableInSql() throws SQLException {
        String input = "Mo 06:00-10:00\nMo 06:00-10:00\nDi 22:00-06:00 Depot Nord\nthis is no tour\nMi 06:00-10:00 + 15:00-19:00\n";
        ParseResult parsed = ForecastParser.parse(input, InputFormat.AUTO);
        String canonical = CanonicalForm.text(parsed.forecast());
        Forecast tours = CanonicalForm.parse(canonical, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE);
        try (JdbcPlanStore store = open(new byte[0])) {
            store.addForecast("c".repeat(64), "{\"tours\": [".getBytes(StandardCharsets.UTF_8), "", CLOCK.instant());
            store.addForecast("a".repeat(64), input.getBytes(StandardCharsets.UTF_8), canonical, CLOCK.instant());
        }
        try (Connection c = sql(); Statement st = c.createStatement()) {
            assertEquals(parsed.lines().size(), count(st, "forecast_parse_line WHERE forecast_seq = 2"));
            assertEquals(parsed.issues().size(), count(st, "forecast_parse_issue WHERE forecast_seq = 2"));
            assertEquals(tours.templates().size(), count(st, "tour_template WHERE forecast_seq = 2"));
            assertEquals(tours.instances().size(), count(st, "tour_instance WHERE forecast_seq = 2"));
            assertEquals(5, tours.instances().size());
            assertEquals(0, count(st, "tour_instance WHERE forecast_seq = 2 AND template_no = 0"));
            assertEquals(2, count(st, "tour_instance WHERE forecast_seq = 2 AND day = 3 AND split_partner <> ''"));
            assertEquals(1, count(st, "tour_template WHERE forecast_seq = 2 AND split_start_min = 900 AND split_end_min = 1140"));
            ParsedLine bad = parsed.lines().stream().filter(l -> l.line() == 4).findFirst().orElseThrow();
            try (ResultSet rs = st.executeQuery("SELECT status, issue_codes, raw_text FROM forecast_parse_line"
                    + " WHERE forecast_seq = 2 AND line_no = 4")) {
                assertTrue(rs.next());
                assertEquals("FAIL", rs.getString(1));
                assertEquals(bad.issues().get(0).code().name(), rs.getString(2).split(",")[0]);
                assertEquals("this is no tour", rs.getString(3));
            }
            TourTemplate di = tours.templates().stream().filter(t -> t.day().number() == 2).findFirst().orElseThrow();
            try (ResultSet rs = st.executeQuery("SELECT start_min, end_min, count, depot, skill, split_start_min"
                    + " FROM tour_template WHERE forecast_seq = 2 AND day = 2")) {
                assertTrue(rs.next());
                assertEquals(di.fingerprint().parts().get(0).startMinute(), rs.getInt(1));
                assertEquals(22 * 60, rs.getInt(1));
                assertEquals(30 * 60, rs.getInt(2));
                assertEquals(di.count(), rs.getInt(3));
                assertEquals("Nord", rs.getString(4));
                assertEquals("", rs.getString(5));
                assertEquals(0, rs.getInt(6));
                assertTrue(rs.wasNull());
            }
            TourInstance night = tours.instances().stream().filter(t -> t.day().number() == 2).findFirst().orElseThrow();
            try (ResultSet rs = st.executeQuery("SELECT instance_id, start_min, end_min, crosses_midnight, split_partner"
                    + " FROM tour_instance WHERE forecast_seq = 2 AND day = 2")) {
                assertTrue(rs.next());
                assertEquals(night.id(), rs.getString(1));
                assertEquals(1320, rs.getInt(2));
                assertEquals(1800, rs.getInt(3));
                assertEquals(1, rs.getInt(4));
                assertEquals("", rs.getString(5));
            }
            // the JSON fragment F0001 does not parse: its parse result is kept, there are no tours, the insert stood
            assertTrue(count(st, "forecast_parse_issue WHERE forecast_seq = 1") > 0);
            assertEquals(0, count(st, "tour_instance WHERE forecast_seq = 1"));
            assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE tour_instance SET start_min = 0"));
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM tour_template"));
        }
    }

    private static int count(Statement st, String fromWhere) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + fromWhere)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void idsAreSequentialAndEveryRecordComesBackAfterReopening() {
        JdbcPlanStore store = open(new byte[0]);
        ForecastMeta meta = ForecastMeta.of(ForecastKind.PATCH, "2026-W02", "", Map.of("completeness", "PARTIAL"));
        ForecastVersion f1 = store.addForecast("a".repeat(64), new byte[] {1, 2, 3}, "Mo 06:00-10:00", CLOCK.instant());
        ForecastVersion f2 = store.addForecast("b".repeat(64), new byte[] {0, (byte) 0xff}, "Di 06:00-10:00\nMi 06:00-10:00",
                meta, CLOCK.instant());
        PlanVersion p1 = store.addPlan(new NewPlan(f1.id(), "", planBytes(), new byte[0], outputHash()), CLOCK.instant());
        PlanVersion p2 = store.addPlan(new NewPlan(f2.id(), p1.id(), new byte[] {42}, new byte[] {7}, outputHash()),
                CLOCK.instant());
        TrailEntry t = store.appendTrail(CLOCK.instant(), "anna", TrailAction.NOTE, "P0001", "why", Map.of("k", "v"));
        store.addApproval("P0001", "bert", "ok", Map.of("audits_pass", true, "within_window", false), CLOCK.instant());
        store.addKpiBaseline("wien", "bert", "baseline", List.of("P0001"), "{\"s\":[1]}", CLOCK.instant());
        store.setKillSwitch(new KillSwitch(true, "pause", "carl", CLOCK.instant()));
        assertEquals(List.of("F0001", "F0002", "P0001", "P0002"), List.of(f1.id(), f2.id(), p1.id(), p2.id()));
        store.close();

        JdbcPlanStore again = open(new byte[0]);
        assertEquals(List.of(f1, f2), again.forecasts());
        assertEquals(meta, again.findForecast("F0002").orElseThrow().meta());
        assertEquals(List.of(p1, p2), again.plans());
        assertArrayEquals(planBytes(), again.findPlan("P0001").orElseThrow().solverOutputJson());
        assertEquals(List.of(t), again.trail());
        assertEquals(Map.of("audits_pass", true, "within_window", false), again.approvals().get(0).conditionsMet());
        assertEquals("{\"s\":[1]}", again.kpiBaselines().get(0).samplesJson());
        assertTrue(again.killSwitch().on());
        assertEquals(store.workspaceId(), again.workspaceId());
        assertEquals(again.workspaceId() + "/P0001", again.planUid("P0001"));
        again.close();
    }

    @Test
    void aLockedPlanCannotChangeThroughTheStore() {
        JdbcPlanStore store = lockedPlanStore(new byte[0]);
        PlanVersion locked = store.findPlan("P0001").orElseThrow();
        assertEquals(PlanStatus.LOCKED, locked.status());
        SolvereignException e = assertThrows(SolvereignException.class,
                () -> store.updatePlan(locked.withAuditResults(new byte[] {1})));
        assertEquals(ErrorCode.ALREADY_LOCKED, e.code());
        assertEquals(locked, store.findPlan("P0001").orElseThrow());
        store.close();
    }

    @Test
    void theDatabaseRefusesAnUpdateOfALockedPlansAssignment() throws SQLException {
        lockedPlanStore(new byte[0]).close();
        try (Connection c = sql(); Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE plan_assignment"
                    + " SET driver_id = 'D999' WHERE plan_seq = (SELECT seq FROM plan_version WHERE id = 'P0001')"));
            assertTrue(e.getMessage().contains("immutable"), e.getMessage());
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM plan_assignment"
                    + " WHERE plan_seq = (SELECT seq FROM plan_version WHERE id = 'P0001')"));
            // The draft's rows are not frozen yet.
            assertEquals(1, st.executeUpdate("UPDATE plan_assignment SET driver_id = driver_id"
                    + " WHERE plan_seq = (SELECT seq FROM plan_version WHERE id = 'P0002') AND tour_instance_id ="
                    + " (SELECT MIN(tour_instance_id) FROM plan_assignment WHERE plan_seq = 2)"));
        }
    }

    @Test
    void theDatabaseAllowsStatusOnlyAlongDraftLockedSuperseded() throws SQLException {
        lockedPlanStore(new byte[0]).close();
        try (Connection c = sql(); Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE plan_version SET status = 'DRAFT' WHERE id = 'P0001'"));
            assertThrows(SQLException.class, () -> st.executeUpdate(
                    "UPDATE plan_version SET audit_results = solver_output WHERE id = 'P0001'"));
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM plan_version WHERE id = 'P0002'"));
            assertEquals(1, st.executeUpdate("UPDATE plan_version SET status = 'SUPERSEDED' WHERE id = 'P0001'"));
            assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE plan_version SET status = 'LOCKED' WHERE id = 'P0001'"));
        }
    }

    @Test
    void theTrailAndTheLedgerAreInsertOnlyInTheDatabase() throws SQLException {
        lockedPlanStore(new byte[0]).close();
        try (Connection c = sql(); Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE trail_entry SET reason = 'x' WHERE seq = 1"));
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM trail_entry WHERE seq > 1"));
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM ledger WHERE seq > 1"));
            assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE forecast_version SET input_hash = 'x'"));
        }
    }

    @Test
    void anEditBehindTheStoresBackIsNamedOnTheNextOpen() throws SQLException {
        lockedPlanStore(new byte[0]).close();
        try (Connection c = sql(); Statement st = c.createStatement()) {
            dropGuards(st, "trail_entry");
            assertEquals(1, st.executeUpdate("UPDATE trail_entry SET actor = 'mallory' WHERE seq = 2"));
        }
        SolvereignException e = assertThrows(SolvereignException.class, () -> open(new byte[0]));
        assertEquals(ErrorCode.PLAN_TAMPERED, e.code());
        assertTrue(e.getMessage().contains("TRAIL 2 was changed outside the store"), e.getMessage());
    }

    @Test
    void aKeyedStoreNeedsItsKeyAndAnUnkeyedOneRefusesAKey() {
        lockedPlanStore(KEY).close();
        assertEquals(ErrorCode.UNREADABLE_INPUT, assertThrows(SolvereignException.class, () -> open(new byte[0])).code());
        SolvereignException wrong = assertThrows(SolvereignException.class, () -> open("other".getBytes(StandardCharsets.UTF_8)));
        assertTrue(wrong.getMessage().contains("does not match"), wrong.getMessage());
        open(KEY).close();
    }

    @Test
    void concurrentLocksHaveOneWinnerAndConcurrentDraftsGetDistinctIds() throws Exception {
        JdbcPlanStore setup = lockedPlanStore(new byte[0]);
        PlanLifecycle setupLife = PlanLifecycle.create(setup, CLOCK);
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = setupLife.createDraft("anna", "race", new NewPlan("F0001", "", planBytes(), new byte[0],
                    outputHash())).id();
            setupLife.recordAudit(id, "anna", "{}".getBytes(StandardCharsets.UTF_8), new GateVerdict(true, "ok"));
            drafts.add(id);
        }
        setup.close();
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String plan : drafts) {
                CyclicBarrier barrier = new CyclicBarrier(threads);
                List<Future<String>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    results.add(pool.submit(() -> {
                        try (JdbcPlanStore s = open(new byte[0])) {
                            PlanLifecycle life = PlanLifecycle.create(s, CLOCK);
                            barrier.await();
                            s.inTransaction(() -> life.lock(plan, "racer", "race", new GateVerdict(true, "ok")));
                            return "WON";
                        } catch (SolvereignException e) {
                            return e.code().name();
                        }
                    }));
                }
                List<String> outcomes = new ArrayList<>();
                for (var r : results) {
                    outcomes.add(r.get());
                }
                assertEquals(1, outcomes.stream().filter("WON"::equals).count(), plan + " " + outcomes);
                assertEquals(threads - 1, outcomes.stream().filter("ALREADY_LOCKED"::equals).count(), plan + " " + outcomes);
            }
            CyclicBarrier barrier = new CyclicBarrier(threads);
            List<Future<String>> ids = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                ids.add(pool.submit(() -> {
                    try (JdbcPlanStore s = open(new byte[0])) {
                        barrier.await();
                        return s.addPlan(new NewPlan("F0001", "", new byte[] {1}, new byte[0], outputHash()),
                                CLOCK.instant()).id();
                    }
                }));
            }
            Set<String> distinct = new TreeSet<>();
            for (var id : ids) {
                distinct.add(id.get());
            }
            assertEquals(threads, distinct.size(), distinct.toString());
        } finally {
            pool.shutdownNow();
        }
        try (JdbcPlanStore s = open(new byte[0])) {
            for (String plan : drafts) {
                assertEquals(1, s.trail().stream().filter(e -> e.subjectId().equals(plan)
                        && e.action() == TrailAction.PLAN_LOCKED).count(), plan);
            }
            assertEquals(2 + drafts.size() + threads, s.plans().size());
        }
    }

    @Test
    void aBusyStoreWaitsBoundedThenSaysWorkspaceBusy() {
        lockedPlanStore(new byte[0]).close();
        try (JdbcPlanStore holder = open(new byte[0]);
             JdbcPlanStore other = JdbcPlanStore.open(target(), new byte[0], Duration.ofMillis(300))) {
            holder.inTransaction(() -> {
                long t = System.nanoTime();
                SolvereignException e = assertThrows(SolvereignException.class, other::plans);
                long waited = (System.nanoTime() - t) / 1_000_000;
                assertEquals(ErrorCode.WORKSPACE_BUSY, e.code(), e.getMessage());
                assertTrue(waited >= 250, "waited " + waited + " ms");
                return null;
            });
            assertEquals(2, other.plans().size(), "usable again once the other transaction ends");
        }
    }

    @Test
    void aRefusedLockIsRecordedAndAFailedWriteLeavesNothingBehind() {
        JdbcPlanStore store = lockedPlanStore(new byte[0]);
        PlanLifecycle life = PlanLifecycle.create(store, CLOCK);
        int before = store.trail().size();
        SolvereignException e = assertThrows(SolvereignException.class, () -> store.inTransaction(
                () -> life.lock("P0001", "bert", "again", new GateVerdict(true, "ok"))));
        assertEquals(ErrorCode.ALREADY_LOCKED, e.code());
        assertEquals(TrailAction.LOCK_REFUSED, store.trail().get(before).action());
        assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.appendTrail(CLOCK.instant(), "bert", TrailAction.NOTE, "P0002", "half", Map.of());
            throw new IllegalStateException("crash in the middle");
        }));
        assertEquals(before + 1, store.trail().size());
        store.verify();
        store.close();
    }
}
