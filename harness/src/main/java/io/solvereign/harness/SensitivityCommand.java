package io.solvereign.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.scenario.Perturbation;
import io.solvereign.api.scenario.SensitivityReport;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.audit.Auditors;
import io.solvereign.engine.Scenarios;
import io.solvereign.engine.Solvers;
import io.solvereign.harness.runbook.Runbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sensitivity --plan ID}: re-solves the plan's config under each standard perturbation
 * (weekly cap 58 h and 52 h, 3er on consecutive days, rest 10 h, demand +5 % and -5 %) and any
 * {@code --perturbation NAME=RULES.json}, and prints drivers and PT deltas, churn against the plan
 * after the best driver relabelling, and the stability class. Writes nothing. Exit 0, 2 for a bad id
 * or file.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Re-solve a stored plan under perturbations; drivers, PT and churn deltas.",
            "Classes: VERY_STABLE < 5 %, STABLE < 10 %, SENSITIVE < 20 %, else FRAGILE."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign sensitivity --plan P0001 -w ws",
            "  solvereign sensitivity --plan P0001 --perturbation cap50=cap50.json --json"})
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "The base plan, e.g. P0001.")
    String planId;

    @Option(names = "--perturbation", paramLabel = "NAME=RULES.json",
            description = "An extra perturbation: JSON fields overriding the plan's rule set. Repeatable.")
    Map<String, Path> extra = new LinkedHashMap<>();

    @Option(names = "--parallel", paramLabel = "N",
            description = "Solves at once (default: the available processors). Results do not depend on it.")
    Integer parallel;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        int threads = parallel != null ? parallel : Runtime.getRuntime().availableProcessors();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parallel must be >= 1, was " + threads);
        }
        Runbook runbook = workspace.open();
        PlanVersion version = runbook.planVersion(planId);
        Plan base = Runbook.plan(version);
        Forecast forecast = runbook.forecastOf(version, base);
        List<Perturbation> perturbations = new ArrayList<>(Perturbation.standard());
        extra.forEach((name, file) -> {
            RuleSet rules = RuleFiles.read(file, base.ruleSet());
            perturbations.add(Perturbation.ofRules(name.strip(), r -> rules));
        });
        if (perturbations.stream().map(Perturbation::name).distinct().count() != perturbations.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--perturbation names must differ from each other and from the standard ones");
        }
        ScenarioProgress progress = new ScenarioProgress(spec.commandLine().getErr(), "sensitivity", output.progress());
        SensitivityReport report = Scenarios.create(Solvers.create(), Auditors.standard(), threads, progress)
                .sensitivity(forecast, base, perturbations);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode n = ScenarioText.json(report);
            n.put("plan_id", version.id());
            n.put("wall_ms", progress.elapsedMillis());
            out.println(n.toPrettyString());
        } else {
            Kpis k = report.baseKpis();
            out.printf("sensitivity of %s: %d drivers (%d part-time), output_hash %s; %d re-solves, parallel %d%n",
                    version.id(), k.drivers(), k.ptDrivers(), base.outputHash().substring(0, 12),
                    perturbations.size(), threads);
            out.print(ScenarioText.table(report));
            out.printf("churn after the best driver relabelling; wall time %d ms%n", progress.elapsedMillis());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
