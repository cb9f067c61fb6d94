package io.solvereign.harness.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.PlanLifecycle;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The five forgeries the file store missed, done on the database file with a SQL client (JDBC),
 * triggers dropped first. Naive edits break the chain and are named on the next open with or without a
 * key. Consistent rewrites (content hash, every later link and the head seal recomputed) are detected
 * with a key, whatever key the forger guesses; without a key they are not, as the README states.
 */
class StoreForgeryTest {
    static final byte[] KEY = "depot-secret".getBytes(StandardCharsets.UTF_8);
    static final byte[] GUESS = "guessed".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** One forgery: an edit of the database, either naive or made consistent with the forger's key. */
    enum Forgery {
        LOCKED_PLAN_EDITED {
            @Override
            void apply(Forger f, String ws, boolean consistent) throws SQLException {
                PlanVersion p = f.plan("P0001");
                String edited = new String(p.solverOutputJson(), StandardCharsets.UTF_8).replaceFirst("\"D001\"", "\"D002\"");
                PlanVersion next = new PlanVersion(p.id(), p.forecastVersionId(), p.status(), p.baselinePlanId(),
                        edited.getBytes(StandardCharsets.UTF_8), p.auditResultsJson(), p.outputHash(), p.createdAt());
                f.writePlan(next);
                if (consistent) {
                    f.rechainPlan(next, ws);
                }
            }
        },
        LOCKED_PLAN_BACK_TO_DRAFT {
            @Override
            void apply(Forger f, String ws, boolean consistent) throws SQLException {
                PlanVersion next = f.plan("P0001").withStatus(PlanStatus.DRAFT);
                f.writePlan(next);
                if (consistent) {
                    f.rechainPlan(next, ws);
                }
            }
        },
        AUDIT_RESULTS_EDITED {
            @Override
            void apply(Forger f, String ws, boolean consistent) throws SQLException {
                PlanVersion next = f.plan("P0001").withAuditResults("{\"verdict\":\"PASS\",\"edited\":true}"
                        .getBytes(StandardCharsets.UTF_8));
                f.writePlan(next);
                if (consistent) {
                    f.rechainPlan(next, ws);
                }
            }
        },
        TRAIL_TAIL_REMOVED {
            @Override
            void apply(Forger f, String ws, boolean consistent) throws SQLException {
                if (consistent) {
                    f.cutTrailAfter(4, ws);
                } else {
                    f.exec("DELETE FROM trail_entry WHERE seq > 4");
                }
            }
        },
        FULL_PLAN_REWRITE {
            @Override
            void apply(Forger f, String ws, boolean consistent) throws SQLException {
                PlanVersion p = f.plan("P0001");
                byte[] other = LegacyFixture.read("plans/P0002/solver_output.json");
                PlanVersion next = new PlanVersion(p.id(), p.forecastVersionId(), p.status(), p.baselinePlanId(), other,
                        "{\"verdict\":\"PASS\"}".getBytes(StandardCharsets.UTF_8), "c".repeat(64), p.createdAt());
                f.writePlan(next);
                if (consistent) {
                    f.rechainPlan(next, ws);
                }
            }
        };

        abstract void apply(Forger f, String workspaceId, boolean consistent) throws SQLException;
    }

    private String workspace(byte[] key) {
        JdbcPlanStore store = JdbcPlanStore.open(target(), key, Duration.ofSeconds(5));
        PlanLifecycle life = PlanLifecycle.create(store, PlanStoreContract.CLOCK);
        String f = life.importForecast("anna", "Mo 06:00-10:30\n".getBytes(StandardCharsets.UTF_8), "Mo 06:00-10:30").id();
        for (int i = 0; i < 2; i++) {
            life.createDraft("anna", "solve", new io.solvereign.api.store.NewPlan(f, "", PlanStoreContract.planBytes(),
                    new byte[0], PlanStoreContract.outputHash()));
        }
        life.recordAudit("P0001", "anna", "{\"verdict\":\"PASS\"}".getBytes(StandardCharsets.UTF_8),
                new GateVerdict(true, "7/7 PASS"));
        life.lock("P0001", "anna", "publish", new GateVerdict(true, "7/7 PASS"));
        life.recordEvent("anna", TrailAction.EVIDENCE_EXPORTED, "P0001", "evidence exported", Map.of());
        String id = store.workspaceId();
        store.close();
        return id;
    }

    private StoreTarget target() {
        return StoreTarget.workspace(dir.resolve("ws"));
    }

    private void forge(Forgery forgery, String ws, byte[] forgerKey, boolean consistent) throws SQLException {
        try (Forger f = new Forger(DriverManager.getConnection(target().url()), forgerKey)) {
            forgery.apply(f, ws, consistent);
        }
    }

    private SolvereignException tampered(byte[] key) {
        SolvereignException e = assertThrows(SolvereignException.class,
                () -> JdbcPlanStore.open(target(), key, Duration.ofSeconds(5)));
        assertEquals(ErrorCode.PLAN_TAMPERED, e.code(), e.getMessage());
        return e;
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void aNaiveEditBreaksTheChainAndIsNamedWithoutAKey(Forgery forgery) throws SQLException {
        String ws = workspace(new byte[0]);
        forge(forgery, ws, new byte[0], false);
        SolvereignException e = tampered(new byte[0]);
        String named = forgery == Forgery.TRAIL_TAIL_REMOVED ? "TRAIL 5 is missing" : "PLAN P0001 was changed outside the store";
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void aConsistentRewriteIsDetectedWithAKey(Forgery forgery) throws SQLException {
        String ws = workspace(KEY);
        forge(forgery, ws, GUESS, true);
        SolvereignException e = tampered(KEY);
        assertTrue(e.getMessage().contains("hash chain breaks") || e.getMessage().contains("head seal"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void aConsistentRewriteThatClaimsNoKeyIsDetectedWithTheKey(Forgery forgery) throws SQLException {
        String ws = workspace(KEY);
        try (Forger f = new Forger(DriverManager.getConnection(target().url()), new byte[0])) {
            forgery.apply(f, ws, true);
            f.downgrade();
        }
        SolvereignException e = tampered(KEY);
        assertTrue(e.getMessage().contains("unkeyed hash chain"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void withoutAKeyAConsistentRewriteIsNotDetectedAsTheReadmeSays(Forgery forgery) throws SQLException {
        String ws = workspace(new byte[0]);
        forge(forgery, ws, new byte[0], true);
        JdbcPlanStore.open(target(), new byte[0], Duration.ofSeconds(5)).close();
    }

    @Test
    void aRelockAfterTheBackToDraftForgeryFailsWithAKey() throws SQLException {
        String ws = workspace(KEY);
        forge(Forgery.LOCKED_PLAN_BACK_TO_DRAFT, ws, GUESS, true);
        tampered(KEY);
    }
}
