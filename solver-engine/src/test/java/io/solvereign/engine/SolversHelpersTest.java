package io.solvereign.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.Auditor;
import io.solvereign.api.audit.AuditStatus;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.PlanReproducer;
import io.solvereign.api.audit.ReproducibilityResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Solvers#reproducer()} and {@link Solvers#solveAndAudit(SolveRequest, Auditor)}. */
class SolversHelpersTest {
    private static final Forecast WEEK = Weeks.random(11, 300, new int[] {240, 270, 300}, Forecast.DEFAULT_WEEK_ANCHOR);

    private static SolveRequest request(long seed) {
        return SolveRequest.newBuilder(WEEK).seed(seed).workBudget(150_000).build();
    }

    @Test
    void reproducerResolvesWithThePlansRecordedSeedAndBudget() {
        Plan plan = Solvers.create().solve(request(3)).plan();
        assertEquals(plan.outputHash(), Solvers.reproducer().reproduce(WEEK, plan));
        // The output hash covers the config: a re-solve with the request defaults would not match.
        String defaults = Solvers.create().solve(SolveRequest.of(WEEK)).plan().outputHash();
        assertNotEquals(defaults, plan.outputHash());
    }

    @Test
    void solveAndAuditJudgesUnderTheRequestsRulesWithTheReSolve() {
        RecordingAuditor auditor = new RecordingAuditor();
        SolveRequest request = request(5);
        AuditedSolve run = Solvers.solveAndAudit(request, auditor);

        assertEquals(List.<Object>of(request.forecast(), run.result().plan(), request.ruleSet()), auditor.calls);
        assertEquals(AuditStatus.PASS, run.audit().reproducibility().status());
        assertEquals(run.result().plan().outputHash(), run.audit().reproducibility().actualOutputHash());
        assertTrue(run.releaseGate(), "no failing check and a reproduced hash open the gate");
        SolveResult direct = Solvers.create().solve(request);
        assertEquals(direct.plan(), run.result().plan(), "the helper solves exactly the request");
        assertSame(auditor.report, run.audit());
    }

    /** Records the audit call and answers passing checks with the re-solve's verdict. */
    private static final class RecordingAuditor implements Auditor {
        final List<Object> calls = new ArrayList<>();
        AuditReport report;

        @Override
        public AuditReport audit(AuditInput input) {
            throw new AssertionError("solveAndAudit must audit a plan, not hand-built input");
        }

        @Override
        public AuditReport audit(Forecast forecast, Plan plan, RuleSet policy) {
            throw new AssertionError("solveAndAudit must pass the re-solve");
        }

        @Override
        public AuditReport audit(Forecast forecast, Plan plan, RuleSet policy, PlanReproducer reproducer) {
            calls.addAll(List.of(forecast, plan, policy));
            List<CheckResult> passed = AuditReport.GATE_CHECKS.stream()
                    .map(id -> new CheckResult(id, List.of(), List.of())).toList();
            report = new AuditReport(passed, ReproducibilityResult.compare(plan.outputHash(),
                    reproducer.reproduce(forecast, plan)));
            return report;
        }
    }
}
