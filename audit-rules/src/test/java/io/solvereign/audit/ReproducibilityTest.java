package io.solvereign.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.Violation;
import io.solvereign.api.audit.AuditStatus;
import io.solvereign.api.audit.Auditor;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.audit.rule.StandardRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reproducibility gate with fake re-solves, and how it feeds verdict and release gate. */
class ReproducibilityTest {
    private static final WeekFixture.Built VALID = SampleWeek.valid();
    private static final Plan PLAN = VALID.plan("hash-a");
    private static final Auditor AUDITOR = Auditors.standard();

    @Test
    void withoutReSolveTheGateStaysClosed() {
        AuditReport r = AUDITOR.audit(VALID.forecast(), PLAN);
        assertEquals(AuditStatus.NOT_RUN, r.reproducibility().status());
        assertEquals("hash-a", r.reproducibility().expectedOutputHash());
        assertEquals(AuditStatus.PASS, r.verdict());
        assertFalse(r.releaseGate());
    }

    @Test
    void sameHashPassesAndOpensTheGate() {
        List<Object> seen = new ArrayList<>();
        AuditReport r = AUDITOR.audit(VALID.forecast(), PLAN, (f, p) -> {
            seen.add(f);
            seen.add(p);
            return "hash-a";
        });
        assertSame(VALID.forecast(), seen.get(0));
        assertSame(PLAN, seen.get(1));
        assertEquals(AuditStatus.PASS, r.reproducibility().status());
        assertEquals("hash-a", r.reproducibility().actualOutputHash());
        assertTrue(r.releaseGate());
        assertEquals("8/8 checks PASS, REPRODUCIBILITY PASS", r.summary());
    }

    @Test
    void otherHashFailsTheVerdict() {
        AuditReport r = AUDITOR.audit(VALID.forecast(), PLAN, (f, p) -> "hash-b");
        assertEquals(AuditStatus.FAIL, r.reproducibility().status());
        assertEquals("hash-b", r.reproducibility().actualOutputHash());
        assertEquals(AuditStatus.FAIL, r.verdict());
        assertFalse(r.releaseGate());
    }

    @Test
    void failedReSolveIsAFailNotACrash() {
        AuditReport r = AUDITOR.audit(VALID.forecast(), PLAN, (f, p) -> {
            throw new SolvereignException(ErrorCode.INFEASIBLE, "no legal roster for Mo 06:00-10:30");
        });
        assertEquals(AuditStatus.FAIL, r.reproducibility().status());
        assertTrue(r.reproducibility().detail().contains("no legal roster"), r.reproducibility().detail());
    }

    @Test
    void aFailingCheckKeepsTheGateClosedEvenWhenReproducible() {
        Plan broken = VALID.without("Mo-0500-0930-01").plan("hash-a");
        AuditReport r = AUDITOR.audit(VALID.forecast(), broken, (f, p) -> "hash-a");
        assertEquals(AuditStatus.PASS, r.reproducibility().status());
        assertEquals(AuditStatus.FAIL, r.verdict());
        assertFalse(r.releaseGate());
        assertEquals("1/8 checks FAIL (COVERAGE 1), REPRODUCIBILITY PASS", r.summary());
    }

    @Test
    void auditorWithoutAllSevenChecksNeverOpensTheGate() {
        Auditor partial = Auditors.of(StandardRules.all().subList(0, 6));
        AuditReport r = partial.audit(VALID.forecast(), PLAN, (f, p) -> "hash-a");
        assertEquals(AuditStatus.PASS, r.verdict());
        assertFalse(r.releaseGate());
    }

    /** A check with a fixed outcome that applies only under some policies. */
    private static AuditRule extra(boolean passes, boolean applies) {
        return new AuditRule() {
            @Override
            public String id() {
                return "EXTRA";
            }

            @Override
            public boolean appliesTo(RuleSet policy) {
                return applies;
            }

            @Override
            public CheckResult check(AuditInput input) {
                return new CheckResult("EXTRA", passes ? List.of() : List.of(new Violation("EXTRA", "D001", List.of(),
                        1, 0, MeasureUnit.DAYS, "D001: extra")), List.of());
            }
        };
    }

    @Test
    void aFailingCheckBeyondTheEightKeepsTheGateClosed() {
        List<AuditRule> rules = new ArrayList<>(StandardRules.all().subList(0, 8));
        rules.add(extra(false, true));
        AuditReport r = Auditors.of(rules).audit(VALID.forecast(), PLAN, (f, p) -> "hash-a");
        assertEquals("EXTRA", r.checks().get(8).id());
        assertFalse(r.releaseGate());
        rules.set(8, extra(true, true));
        assertTrue(Auditors.of(rules).audit(VALID.forecast(), PLAN, (f, p) -> "hash-a").releaseGate());
    }

    @Test
    void aCheckThePolicyDoesNotCallForIsLeftOutOfTheReport() {
        List<AuditRule> rules = new ArrayList<>(StandardRules.all().subList(0, 8));
        rules.add(extra(false, false));
        AuditReport r = Auditors.of(rules).audit(VALID.forecast(), PLAN, (f, p) -> "hash-a");
        assertEquals(AuditReport.GATE_CHECKS, r.checks().stream().map(CheckResult::id).toList());
        assertTrue(r.releaseGate());
    }

    @Test
    void duplicateRuleIdsAreRefused() {
        var rules = new ArrayList<>(StandardRules.all());
        rules.add(rules.get(0));
        assertThrows(IllegalArgumentException.class, () -> Auditors.of(rules));
    }
}
