package io.solvereign.golden;

import io.solvereign.api.SolveResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, Must show: the solver's plan for the Wien week passes 7/7 audit checks (8/8 since PLAN_INTEGRITY); issue 3: every rule
 * of DOMAIN §6 holds in the exported rosters.csv. The built-in example gets the same checks, so they
 * also run where shared/golden is absent.
 */
class AuditAndRostersIT {

    @Test
    void wienPlanPassesAllSevenAuditChecks() {
        SolveResult r = GoldenSolves.wien();
        PlanChecks.assertAuditPasses(GoldenSolves.wienForecast(), r.plan(), "Wien week");
    }

    @Test
    void wienRostersCsvHoldsEveryRule() {
        SolveResult r = GoldenSolves.wien();
        PlanChecks.assertRostersCsvHolds(GoldenSolves.wienForecast(), r.plan(), "Wien week");
    }

    @Test
    void builtinPlanPassesAllSevenAuditChecks() {
        PlanChecks.assertAuditPasses(GoldenSolves.builtinForecast(), GoldenSolves.builtin().plan(), "built-in example");
    }

    @Test
    void builtinRostersCsvHoldsEveryRule() {
        PlanChecks.assertRostersCsvHolds(GoldenSolves.builtinForecast(), GoldenSolves.builtin().plan(), "built-in example");
    }
}
