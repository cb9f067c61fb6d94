package io.solvereign.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ReadLimits;
import io.solvereign.api.internal.io.RuleSetJson;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.scenario.ScenarioConfig;
import io.solvereign.api.scenario.ScenarioReport;
import io.solvereign.api.scenario.ScenarioRunner;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.audit.Auditors;
import io.solvereign.engine.Scenarios;
import io.solvereign.engine.Solvers;
import io.solvereign.harness.runbook.LockedPlans;
import io.solvereign.harness.runbook.Runbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scenarios}: solves one week under several configs (seeds times rule sets) on a bounded pool
 * and prints a comparison table with the best scenario by drivers and by churn against the week's
 * latest LOCKED plan. Every figure except the times is the same for any {@code --parallel}. Writes
 * nothing. Exit 0 when run (an infeasible or failing scenario is a row of the table), 2 for bad input.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"Compare configs on one week: seeds x rule sets, solved on a bounded pool.",
            "Table: drivers, FTE/PT, block mix, hours, audit, churn, output_hash; the best",
            "scenario by drivers and by churn among those whose audit passes."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign scenarios -i week.csv --seeds 1..8 --parallel 2",
            "  solvereign scenarios --forecast F0003 --config cap58=cap58.json -w ws --json"})
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--forecast", paramLabel = "ID",
            description = "A forecast version of the workspace (e.g. F0001) instead of --input.")
    String forecastId;

    @Option(names = "--seeds", paramLabel = "RANGE", defaultValue = "1",
            description = "Seeds: 1..8, 1,3,5 or one number (default: ${DEFAULT-VALUE}).")
    String seeds;

    @Option(names = "--config", paramLabel = "NAME=RULES.json",
            description = {"A named rule set: JSON fields overriding the defaults, e.g. {\"max_weekly_minutes\": 3480}.",
                "Repeatable. Default: one config 'default' with the default rules."})
    Map<String, Path> configs = new LinkedHashMap<>();

    @Option(names = "--parallel", paramLabel = "N",
            description = "Solves at once (default: the available processors). Results do not depend on it.")
    Integer parallel;

    @Option(names = "--work-budget", paramLabel = "N",
            description = "Search budget in move evaluations for every scenario; default: the solver's.")
    Long workBudget;

    @Option(names = "--baseline", paramLabel = "ID",
            description = "Plan to measure churn against (default: the week's latest LOCKED plan, if any).")
    String baselineId;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Long> seedList = SeedRange.parse(spec, "--seeds", seeds);
        int threads = parallel != null ? parallel : Runtime.getRuntime().availableProcessors();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parallel must be >= 1, was " + threads);
        }
        if (forecastId != null && (input.input != null || input.example)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --input, --example or --forecast, not two");
        }
        if (workBudget != null && workBudget < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--work-budget must be >= 0, was " + workBudget);
        }
        Runbook runbook = workspace.open();
        String source;
        Forecast forecast;
        if (forecastId != null) {
            ForecastVersion stored = runbook.lifecycle().forecast(forecastId);
            LocalDate anchor = input.weekAnchor != null ? input.weekAnchor
                    : mondayOf(stored.meta().weekKey()).orElse(Forecast.DEFAULT_WEEK_ANCHOR);
            forecast = runbook.forecastOf(stored, anchor, input.zone);
            source = "forecast " + forecastId;
        } else {
            InputOptions.Input in = input.load();
            if (!in.result().solvable()) {
                for (ParseIssue issue : in.result().failures()) {
                    err.println("solvereign scenarios: " + in.name() + ": " + issue.describe());
                }
                return ExitCodes.FAIL;
            }
            forecast = in.result().forecast();
            source = in.name();
        }
        List<ScenarioConfig> scenarios = scenarios(seedList);
        Optional<PlanVersion> baseline = baselineId != null ? Optional.of(runbook.planVersion(baselineId))
                : LockedPlans.latestOfWeek(runbook, forecast.weekAnchor());
        ScenarioProgress progress = new ScenarioProgress(err, "scenarios", output.progress());
        ScenarioRunner runner = Scenarios.create(Solvers.create(), Auditors.standard(), threads,
                progress);
        ScenarioReport report = baseline.isPresent()
                ? runner.run(forecast, scenarios, Runbook.plan(baseline.get()))
                : runner.run(forecast, scenarios);
        long wallMs = progress.elapsedMillis();
        String baselineText = baseline.map(v -> "churn vs " + v.id()).orElse("no LOCKED plan of the week: churn not measured");
        if (output.json()) {
            ObjectNode n = ScenarioText.json(report);
            n.put("source", source);
            n.put("tours", forecast.instances().size());
            n.put("parallel", threads);
            n.put("baseline_plan_id", baseline.map(PlanVersion::id).orElse(null));
            n.put("wall_ms", wallMs);
            out.println(n.toPrettyString());
        } else {
            out.printf("%d scenarios on %s (%d tours), parallel %d, %s%n", scenarios.size(), source,
                    forecast.instances().size(), threads, baselineText);
            out.print(ScenarioText.table(report));
            out.printf("wall time:       %d ms%n", wallMs);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The Monday of an ISO week key such as {@code 2026-W02}; empty for an empty or unreadable key. */
    static Optional<LocalDate> mondayOf(String weekKey) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})").matcher(weekKey);
        if (!m.matches()) {
            return Optional.empty();
        }
        int week = Integer.parseInt(m.group(2));
        LocalDate jan4 = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
        if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY));
    }

    /** Every config times every seed, named {@code seedN}, {@code NAME} or {@code NAME-seedN}. */
    private List<ScenarioConfig> scenarios(List<Long> seedList) {
        Map<String, RuleSet> rules = new LinkedHashMap<>();
        if (configs.isEmpty()) {
            rules.put("", RuleSet.defaults());
        }
        configs.forEach((name, file) -> {
            if (name.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--config needs NAME=RULES.json, the name is blank");
            }
            rules.put(name.strip(), RuleSetJson.read(file, ReadLimits.fromProperties(System::getProperty)));
        });
        long budget = workBudget != null ? workBudget : SolveRequest.DEFAULT_WORK_BUDGET;
        List<ScenarioConfig> out = new ArrayList<>();
        rules.forEach((name, ruleSet) -> {
            for (long seed : seedList) {
                String id = name.isEmpty() ? "seed" + seed : seedList.size() == 1 ? name : name + "-seed" + seed;
                out.add(new ScenarioConfig(id, ruleSet, seed, budget));
            }
        });
        return out;
    }
}
