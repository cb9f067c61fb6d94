package io.solvereign.api.scenario;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import java.util.List;

/**
 * Solves one forecast under several configs and measures each result: KPIs, audit verdict, churn
 * against a baseline (DOMAIN §13). Runs its solves on a bounded pool; every figure except the solve
 * times is identical to a sequential run, whatever the pool size or core count. Obtain one from
 * {@code io.solvereign.engine.Scenarios.create(auditor, parallelism)}.
 */
public interface ScenarioRunner {

    /**
     * Solves every scenario, without a baseline (churn not measured).
     *
     * @param forecast  the week
     * @param scenarios the configs, names distinct
     * @return one result per scenario, in the given order
     * @throws IllegalArgumentException when two scenarios share a name
     */
    ScenarioReport run(Forecast forecast, List<ScenarioConfig> scenarios);

    /**
     * Solves every scenario and measures churn against the baseline plan of the same week.
     *
     * @param forecast  the week
     * @param scenarios the configs, names distinct
     * @param baseline  the plan to compare with (usually the week's latest LOCKED plan)
     * @return one result per scenario, in the given order, with churn against {@code baseline}
     */
    ScenarioReport run(Forecast forecast, List<ScenarioConfig> scenarios, Plan baseline);

    /**
     * Re-solves the base plan's config (rule set, seed, work budget) under each perturbation and
     * measures drivers, part-time drivers and churn against the base plan. A perturbation that
     * changes nothing reproduces the base plan: churn 0 and the same output_hash.
     *
     * @param forecast      the base plan's forecast
     * @param base          the base plan
     * @param perturbations e.g. {@link Perturbation#standard()} plus the caller's, names distinct
     * @return one result per perturbation, in the given order
     */
    SensitivityReport sensitivity(Forecast forecast, Plan base, List<Perturbation> perturbations);
}
