package io.solvereign.harness;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.drift.KpiDrift;
import io.solvereign.api.drift.KpiSample;
import io.solvereign.api.internal.io.KpiSampleJson;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.runbook.LockedPlans;
import io.solvereign.harness.runbook.Runbook;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drift baseline --site S --approver USER --reason TEXT [--window N]}: writes the KPI samples of
 * the site's latest N LOCKED plans as the site's baseline, recorded in the trail as
 * {@code KPI_BASELINE_WRITTEN} with approver and reason. Refused without a named approver and a reason
 * (exit 64) and with fewer than 3 LOCKED plans (exit 2).
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Write a site's KPI baseline from its latest LOCKED plans.",
            "At least 3 plans; needs a named approver and a reason (kept in the trail)."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign drift baseline --site wien --approver anna --reason \"good weeks\"",
            "  solvereign drift baseline --site wien --approver bo --reason new --window 5"})
final class DriftBaselineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    RulesOptions rules;

    @Option(names = "--site", required = true, paramLabel = "S", description = "The site, e.g. wien.")
    String site;

    @Option(names = "--approver", required = true, paramLabel = "USER", description = "Who approves the baseline.")
    String approver;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, kept in the trail.")
    String reason;

    @Option(names = "--window", paramLabel = "N", defaultValue = "" + KpiDrift.DEFAULT_WINDOW,
            description = "How many of the latest LOCKED plans to keep (default: ${DEFAULT-VALUE}, at least "
                    + KpiDrift.MIN_SAMPLES + ").")
    int window;

    @Override
    public Integer call() {
        String s = OptionChecks.text(spec, "--site", site);
        String who = OptionChecks.text(spec, "--approver", approver);
        String why = OptionChecks.text(spec, "--reason", reason);
        if (window < KpiDrift.MIN_SAMPLES) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--window must be >= " + KpiDrift.MIN_SAMPLES + ", was " + window);
        }
        RuleSet policy = rules.ruleSet();
        Runbook runbook = workspace.open();
        List<PlanVersion> plans = LockedPlans.latestOfSite(runbook, s, window);
        if (plans.size() < KpiDrift.MIN_SAMPLES) {
            throw new SolvereignException(ErrorCode.NOT_FOUND, "site " + s + " has " + plans.size()
                    + " LOCKED plan(s); a baseline needs at least " + KpiDrift.MIN_SAMPLES);
        }
        List<KpiSample> samples = new ArrayList<>();
        for (PlanVersion v : plans) {
            samples.add(LockedPlans.sample(runbook, v, policy));
        }
        List<String> ids = plans.stream().map(PlanVersion::id).toList();
        KpiBaseline b = runbook.lifecycle().writeKpiBaseline(s, who, why, ids, KpiSampleJson.write(samples));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("KPI baseline %d of site %s written by %s: %d LOCKED plans (%s)%n", b.sequence(), b.site(),
                b.approver(), ids.size(), String.join(", ", ids));
        out.flush();
        return ExitCodes.OK;
    }
}
