package io.solvereign.engine;

import io.solvereign.api.RosterSolver;
import io.solvereign.api.audit.Auditor;
import io.solvereign.api.scenario.ScenarioListener;
import io.solvereign.api.scenario.ScenarioRunner;
import io.solvereign.engine.scenario.DefaultScenarioRunner;

/**
 * Entry point of what-if runs (DOMAIN §13): scenarios side by side and sensitivity analyses made of
 * real re-solves.
 *
 * <pre>{@code
 * ScenarioRunner runner = Scenarios.create(Auditors.standard(), 2);
 * ScenarioReport report = runner.run(week, List.of(
 *         ScenarioConfig.of("seed1", RuleSet.defaults(), 1),
 *         ScenarioConfig.of("cap58", RuleSet.defaults().toBuilder().maxWeeklyMinutes(58 * 60).build(), 1)));
 * report.bestByDrivers().ifPresent(best -> System.out.println(best.name()));
 * SensitivityReport s = runner.sensitivity(week, lockedPlan, Perturbation.standard());
 * }</pre>
 * The auditor is a parameter so that the engine never depends on the audit module.
 */
public final class Scenarios {
    private Scenarios() {
    }

    /**
     * A runner on the engine's solver.
     *
     * @param auditor     audits every scenario's plan (e.g. {@code io.solvereign.audit.Auditors.standard()})
     * @param parallelism solves at once, at least 1; results do not depend on it
     * @return a runner on {@link Solvers#create()} without a listener
     */
    public static ScenarioRunner create(Auditor auditor, int parallelism) {
        return create(Solvers.create(), auditor, parallelism, ScenarioListener.NO_OP);
    }

    /**
     * A runner on any solver, with a progress listener.
     *
     * @param solver      a stateless solver, shared by the pool's threads
     * @param auditor     audits every scenario's plan
     * @param parallelism solves at once, at least 1; results do not depend on it
     * @param listener    hears of each finished scenario
     * @return a runner of scenarios and sensitivity analyses
     */
    public static ScenarioRunner create(RosterSolver solver, Auditor auditor, int parallelism,
                                        ScenarioListener listener) {
        return new DefaultScenarioRunner(solver, auditor, parallelism, listener);
    }
}
