package io.solvereign.api.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveStatus;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.ReproducibilityResult;
import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Best-of rules: only passing scenarios, ties by the full cost and then the name. */
class ScenarioReportTest {
    private static final AuditReport PASS = new AuditReport(List.of(), ReproducibilityResult.notRun("h"));
    private static final AuditReport FAIL = new AuditReport(List.of(), ReproducibilityResult.failed("h", "differs"));

    private static ScenarioResult result(String name, LexCost cost, AuditReport audit, Churn churn, SolveStatus status) {
        Kpis k = new Kpis((int) cost.level(0), (int) cost.level(0), 0, 10, 0, 0, 0, 0, 600, 60, 60, 1);
        return new ScenarioResult(ScenarioConfig.of(name, RuleSet.defaults(), 1), status, cost, k,
                List.of(), audit, churn, "h-" + name, 5);
    }

    private static ScenarioResult result(String name, LexCost cost, AuditReport audit, Churn churn) {
        return result(name, cost, audit, churn, SolveStatus.FEASIBLE);
    }

    @Test
    void bestByDriversSkipsFailingAuditsAndBreaksTiesByCostThenName() {
        ScenarioReport r = new ScenarioReport(List.of(
                result("cheap-but-failing", LexCost.of(9, 0, 0, 0), FAIL, Churn.of(0, 10)),
                result("infeasible", LexCost.of(8, 0, 0, 0), PASS, Churn.of(0, 10), SolveStatus.INFEASIBLE),
                result("b", LexCost.of(10, 0, 1, 5), PASS, Churn.of(5, 10)),
                result("c", LexCost.of(10, 0, 1, 4), PASS, Churn.of(1, 10)),
                result("a", LexCost.of(10, 0, 1, 4), PASS, Churn.of(1, 10))), "base");
        assertEquals("a", r.bestByDrivers().orElseThrow().name());
        assertEquals("a", r.bestByChurn().orElseThrow().name(), "equal churn: cost, then name");
    }

    @Test
    void bestByChurnPrefersLessChurnOverFewerDrivers() {
        ScenarioReport r = new ScenarioReport(List.of(
                result("few", LexCost.of(10, 0, 0, 0), PASS, Churn.of(3, 10)),
                result("steady", LexCost.of(11, 0, 0, 0), PASS, Churn.of(1, 10))), "base");
        assertEquals("few", r.bestByDrivers().orElseThrow().name());
        assertEquals("steady", r.bestByChurn().orElseThrow().name());
    }

    @Test
    void withoutABaselineThereIsNoBestByChurnAndNamesMustDiffer() {
        ScenarioResult one = result("x", LexCost.of(10, 0, 0, 0), PASS, Churn.NOT_MEASURED);
        ScenarioReport r = new ScenarioReport(List.of(one), "");
        assertTrue(r.bestByChurn().isEmpty());
        assertEquals(0, r.withoutTimes().results().get(0).solveMillis());
        assertThrows(IllegalArgumentException.class, () -> new ScenarioReport(List.of(one, one), ""));
    }
}
