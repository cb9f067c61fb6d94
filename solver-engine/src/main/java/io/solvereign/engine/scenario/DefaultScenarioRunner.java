package io.solvereign.engine.scenario;

import io.solvereign.api.RosterSolver;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.Auditor;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.scenario.Churn;
import io.solvereign.api.scenario.Perturbation;
import io.solvereign.api.scenario.ScenarioConfig;
import io.solvereign.api.scenario.ScenarioListener;
import io.solvereign.api.scenario.ScenarioReport;
import io.solvereign.api.scenario.ScenarioResult;
import io.solvereign.api.scenario.ScenarioRunner;
import io.solvereign.api.scenario.SensitivityReport;
import io.solvereign.api.scenario.SensitivityResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Solves, audits and measures scenarios on a {@link ScenarioPool}. Each job depends only on its own
 * forecast and config, and results are collected in input order, so the pool size never changes a
 * figure; only the solve times vary.
 */
public final class DefaultScenarioRunner implements ScenarioRunner {
    private final RosterSolver solver;
    private final Auditor auditor;
    private final int parallelism;
    private final ScenarioListener listener;

    /**
     * A runner.
     *
     * @param solver      the solver (shared by the pool's threads; must be stateless)
     * @param auditor     the checks every plan is audited with
     * @param parallelism threads of the pool, at least 1
     * @param listener    hears of each finished scenario
     */
    public DefaultScenarioRunner(RosterSolver solver, Auditor auditor, int parallelism, ScenarioListener listener) {
        this.solver = Objects.requireNonNull(solver, "solver");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
        }
        this.parallelism = parallelism;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public ScenarioReport run(Forecast forecast, List<ScenarioConfig> scenarios) {
        return runAll(forecast, scenarios, null);
    }

    @Override
    public ScenarioReport run(Forecast forecast, List<ScenarioConfig> scenarios, Plan baseline) {
        return runAll(forecast, scenarios, Objects.requireNonNull(baseline, "baseline"));
    }

    private ScenarioReport runAll(Forecast forecast, List<ScenarioConfig> scenarios, Plan baseline) {
        Objects.requireNonNull(forecast, "forecast");
        requireDistinct(scenarios.stream().map(ScenarioConfig::name).toList(), "scenario");
        List<Job> jobs = scenarios.stream().map(c -> new Job(forecast, c)).toList();
        return new ScenarioReport(solveAll(jobs, baseline), baseline == null ? "" : baseline.outputHash());
    }

    @Override
    public SensitivityReport sensitivity(Forecast forecast, Plan base, List<Perturbation> perturbations) {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(base, "base");
        requireDistinct(perturbations.stream().map(Perturbation::name).toList(), "perturbation");
        List<Job> jobs = new ArrayList<>();
        for (Perturbation p : perturbations) {
            jobs.add(new Job(p.forecast().apply(forecast),
                    new ScenarioConfig(p.name(), p.rules().apply(base.ruleSet()), base.seed(), base.workBudget())));
        }
        List<SensitivityResult> results = new ArrayList<>();
        for (ScenarioResult r : solveAll(jobs, base)) {
            results.add(new SensitivityResult(r, r.kpis().drivers() - base.kpis().drivers(),
                    r.kpis().ptDrivers() - base.kpis().ptDrivers()));
        }
        return new SensitivityReport(base.outputHash(), base.kpis(), results);
    }

    private List<ScenarioResult> solveAll(List<Job> jobs, Plan baseline) {
        return ScenarioPool.map(jobs, parallelism, job -> solve(job, baseline), listener);
    }

    private ScenarioResult solve(Job job, Plan baseline) {
        ScenarioConfig c = job.config();
        SolveRequest request = SolveRequest.newBuilder(job.forecast()).ruleSet(c.ruleSet()).seed(c.seed())
                .workBudget(c.workBudget()).build();
        long started = System.nanoTime();
        SolveResult result = solver.solve(request);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Plan plan = result.plan();
        // A what-if is judged under its own rules: they are the policy the scenario asks about.
        AuditReport audit = auditor.audit(job.forecast(), plan, c.ruleSet());
        Churn churn = baseline == null ? Churn.NOT_MEASURED : DriverRelabelling.churn(baseline, plan);
        return new ScenarioResult(c, result.status(), result.cost(), plan.kpis(),
                result.infeasibilities(), audit, churn, plan.outputHash(), millis);
    }

    private static void requireDistinct(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException(what + " '" + n + "' appears twice; names must be distinct");
            }
        }
    }

    /** One solve: a forecast (the base or a perturbed one) and a config. */
    private record Job(Forecast forecast, ScenarioConfig config) {
    }
}
