package io.solvereign.api.audit;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;

/**
 * Runs a fixed list of {@link AuditRule}s over a plan and assembles the {@link AuditReport}.
 * Obtain the standard one from {@code io.solvereign.audit.Auditors.standard()}.
 */
public interface Auditor {

    /**
     * Audits hand-built or partial input; reproducibility is NOT_RUN with no expected hash.
     *
     * @param input forecast, assignments and rule set
     * @return the report; never throws on a bad plan
     */
    AuditReport audit(AuditInput input);

    /**
     * Audits a plan against its forecast under the caller's rule set without a re-solve, so
     * reproducibility is NOT_RUN and {@link AuditReport#releaseGate()} is false. The plan's own
     * rule set is never used to judge it: PLAN_INTEGRITY fails when it differs from {@code policy}.
     *
     * @param forecast the forecast the plan claims to cover
     * @param plan     the plan
     * @param policy   the site's rules the plan must hold
     * @return the report
     */
    AuditReport audit(Forecast forecast, Plan plan, RuleSet policy);

    /**
     * Audits a plan under the caller's rule set and re-solves it: REPRODUCIBILITY is PASS iff the
     * re-solve's output_hash equals {@link Plan#outputHash()}; a re-solve that throws a
     * {@link io.solvereign.api.SolvereignException} is a FAIL with its message.
     *
     * @param forecast   the forecast the plan claims to cover
     * @param plan       the plan
     * @param policy     the site's rules the plan must hold
     * @param reproducer the re-solve, usually {@code Solvers.reproducer()} of solver-engine
     * @return the report
     */
    AuditReport audit(Forecast forecast, Plan plan, RuleSet policy, PlanReproducer reproducer);

    /**
     * {@return {@link #audit(Forecast, Plan, RuleSet)} under the built-in site rules {@link RuleSet#defaults()}:
     * a plan made under any other rule set fails PLAN_INTEGRITY}
     *
     * @param forecast the forecast the plan claims to cover
     * @param plan the plan
     */
    default AuditReport audit(Forecast forecast, Plan plan) {
        return audit(forecast, plan, RuleSet.defaults());
    }

    /**
     * {@return {@link #audit(Forecast, Plan, RuleSet, PlanReproducer)} under the built-in site rules}
     *
     * @param forecast the forecast the plan claims to cover
     * @param plan the plan
     * @param reproducer the re-solve, usually {@code Solvers.reproducer()} of solver-engine
     */
    default AuditReport audit(Forecast forecast, Plan plan, PlanReproducer reproducer) {
        return audit(forecast, plan, RuleSet.defaults(), reproducer);
    }
}
