package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.scenario.Perturbation;
import io.solvereign.api.scenario.ScenarioResult;
import io.solvereign.api.scenario.SensitivityReport;
import io.solvereign.api.scenario.SensitivityResult;
import io.solvereign.api.scenario.StabilityClass;
import io.solvereign.audit.Auditors;
import io.solvereign.engine.Scenarios;
import io.solvereign.engine.Solvers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN §13 sensitivity on the Wien week: every figure comes from a re-solve. A perturbation that
 * changes nothing reproduces the base plan (churn 0, same output_hash); the others are different
 * solves whose figures equal a direct solve under the perturbed rules.
 */
class SensitivityWienIT {

    @Test
    void everyPerturbationIsARealReSolve() {
        Forecast wien = GoldenSolves.wienForecast();
        Plan base = GoldenSolves.wien().plan();
        List<Perturbation> perturbations = new ArrayList<>(Perturbation.standard());
        perturbations.add(new Perturbation("unchanged", UnaryOperator.identity(), UnaryOperator.identity()));
        SensitivityReport report = Scenarios.create(Auditors.standard(), 2).sensitivity(wien, base, perturbations);

        Map<String, SensitivityResult> byName = new TreeMap<>();
        report.results().forEach(r -> byName.put(r.name(), r));
        assertEquals(perturbations.stream().map(Perturbation::name).toList(),
                report.results().stream().map(SensitivityResult::name).toList());

        SensitivityResult same = byName.get("unchanged");
        assertEquals(0, same.result().churn().changedAssignments());
        assertEquals(base.outputHash(), same.result().outputHash());
        assertEquals(0, same.driversDelta());
        assertEquals(StabilityClass.VERY_STABLE, same.stability().orElseThrow());

        for (SensitivityResult r : report.results()) {
            ScenarioResult s = r.result();
            if (!r.name().equals("unchanged")) {
                assertNotEquals(base.outputHash(), s.outputHash(), r.name() + " must be its own solve");
            }
            assertEquals(s.kpis().drivers() - base.kpis().drivers(), r.driversDelta(), r.name());
            assertEquals(s.kpis().ptDrivers() - base.kpis().ptDrivers(), r.ptDelta(), r.name());
            if (r.feasible()) {
                assertEquals(StabilityClass.of(s.churn()), r.stability().orElseThrow(), r.name());
            } else {
                assertTrue(!r.infeasibleRules().isEmpty(), r.name() + " names its rule");
            }
        }
        // The 58 h figures are exactly those of a direct solve under a 58 h cap.
        SolveResult direct = Solvers.create().solve(SolveRequest.newBuilder(wien)
                .ruleSet(base.ruleSet().toBuilder().maxWeeklyMinutes(58 * 60).build()).seed(base.seed()).workBudget(base.workBudget())
                .build());
        ScenarioResult cap58 = byName.get("weekly_cap_58h").result();
        assertEquals(direct.plan().outputHash(), cap58.outputHash());
        assertEquals(direct.plan().kpis(), cap58.kpis());
        // Demand +-5 %: 1,385 tours scaled by 69 (round half up of 69.25).
        assertEquals(1385 + 69, byName.get("demand_plus_5pct").result().kpis().tours());
        assertEquals(1385 - 69, byName.get("demand_minus_5pct").result().kpis().tours());
        assertTrue(byName.get("demand_plus_5pct").result().churn().changedAssignments() >= 69,
                "added tours count as churn");
    }
}
