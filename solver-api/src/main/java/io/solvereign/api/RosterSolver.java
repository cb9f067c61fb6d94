package io.solvereign.api;

/**
 * Plans a week: assigns every tour instance of a forecast to drivers under a rule set, minimising
 * the lexicographic objective of DOMAIN §7 (drivers, then the rule set's level order).
 *
 * <p>Implementations are deterministic: the same request (forecast content, rule set, seed and
 * work budget) gives the same {@link SolveResult#plan()} and output hash on any JVM, core count or
 * run. Infeasibility is reported in the result, never thrown. Obtain the engine's implementation
 * from {@code io.solvereign.engine.Solvers.create()}.
 */
public interface RosterSolver {

    /**
     * Solves one week.
     *
     * @param request the validated request
     * @return the plan with its status, cost, lower bound, infeasibilities and work statistics
     * @throws NullPointerException when {@code request} is null
     */
    SolveResult solve(SolveRequest request);
}
