package io.solvereign.harness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.drift.DriftReport;
import io.solvereign.api.drift.KpiDrift;
import io.solvereign.api.drift.KpiSample;
import io.solvereign.api.drift.MetricDrift;
import io.solvereign.api.drift.RunbookTrigger;
import io.solvereign.api.internal.io.KpiSampleJson;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.runbook.LockedPlans;
import io.solvereign.harness.runbook.Runbook;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drift check --plan ID [--site S] [--json]}: the plan's KPI drift against the latest baseline of
 * its site (the forecast's {@code site_code}, else {@code --site}, else the site of the latest baseline).
 * Exit codes: 0 OK (also without a baseline, with the reason), 1 WARNING, 2 ALERT, 3 INCIDENT.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Score a plan's KPI drift against its site's latest baseline.",
            "Exit codes: 0 OK, 1 WARNING, 2 ALERT, 3 INCIDENT; 64 wrong usage."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign drift check --plan P0012 -w ws",
            "  solvereign drift check --plan P0012 --rules site.json --json"})
final class DriftCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    RulesOptions rules;

    @Mixin
    OutputOptions output;

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "The plan to check, e.g. P0005.")
    String planId;

    @Option(names = "--site", paramLabel = "S",
            description = "The site when the plan's forecast names none (default: the latest baseline's site).")
    String site;

    @Override
    public Integer call() {
        Runbook runbook = workspace.open();
        PlanVersion version = runbook.planVersion(planId);
        String s = LockedPlans.siteOf(runbook, version);
        if (s.isEmpty() && site != null) {
            s = OptionChecks.text(spec, "--site", site);
        }
        Optional<KpiBaseline> baseline = latestBaseline(runbook.lifecycle().store().kpiBaselines(), s);
        KpiSample current = LockedPlans.sample(runbook, version, rules.ruleSet());
        List<KpiSample> samples = baseline.map(b -> KpiSampleJson.read(b.samplesJson(),
                "KPI baseline " + b.sequence() + " of site " + b.site())).orElse(List.of());
        DriftReport report = KpiDrift.check(samples, current);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(json(report, baseline).toPrettyString());
        } else {
            out.print(text(report, baseline));
        }
        out.flush();
        return report.level().ordinal();
    }

    /** The latest baseline of the site; for a plan without a site, the latest baseline of any site. */
    private static Optional<KpiBaseline> latestBaseline(List<KpiBaseline> all, String site) {
        Optional<KpiBaseline> latest = Optional.empty();
        for (KpiBaseline b : all) {
            if (site.isEmpty() || b.site().equals(site)) {
                latest = Optional.of(b);
            }
        }
        return latest;
    }

    private static String text(DriftReport r, Optional<KpiBaseline> baseline) {
        StringBuilder sb = new StringBuilder();
        if (!r.reason().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "drift of %s: %s (%s)%n", r.planId(), r.level(), r.reason()));
        } else {
            KpiBaseline b = baseline.orElseThrow();
            sb.append(String.format(Locale.ROOT, "drift of %s: score %.1f %s against KPI baseline %d of site %s"
                    + " (%d samples, approved by %s)%n", r.planId(), r.score(), r.level(), b.sequence(), b.site(),
                    r.baselineSamples(), b.approver()));
            TextTable t = new TextTable("metric", "value", "mean", "sd", "z", "pct", "weight", "weighted");
            for (MetricDrift d : r.metrics()) {
                t.row(d.metric(), f2(d.value()), f2(d.mean()), f2(d.sd()), f2(d.z()),
                        String.format(Locale.ROOT, "%+.1f", d.pct()), f2(d.weight()), f2(d.weighted()));
            }
            sb.append(t.render());
            sb.append("top drifters: ");
            sb.append(r.topDrifters().isEmpty() ? "none" : String.join(", ", r.topDrifters().stream()
                    .map(d -> String.format(Locale.ROOT, "%s (z %.2f, %+.1f %%)", d.metric(), d.z(), d.pct())).toList()));
            sb.append('\n');
        }
        for (RunbookTrigger t : r.triggers()) {
            sb.append("trigger ").append(t.name()).append(' ').append(t.severity()).append(": ")
                    .append(t.message()).append('\n');
        }
        return sb.toString();
    }

    private static ObjectNode json(DriftReport r, Optional<KpiBaseline> baseline) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("plan_id", r.planId());
        n.put("level", r.level().name());
        n.put("score", r.score());
        n.put("reason", r.reason());
        n.put("baseline_sequence", baseline.map(KpiBaseline::sequence).orElse(null));
        n.put("baseline_site", baseline.map(KpiBaseline::site).orElse(null));
        n.put("baseline_samples", r.baselineSamples());
        ArrayNode metrics = n.putArray("metrics");
        r.metrics().forEach(d -> metrics.add(metric(d)));
        ArrayNode top = n.putArray("top_drifters");
        r.topDrifters().forEach(d -> top.add(metric(d)));
        ArrayNode triggers = n.putArray("triggers");
        for (RunbookTrigger t : r.triggers()) {
            triggers.addObject().put("name", t.name()).put("severity", t.severity().name()).put("message", t.message());
        }
        return n;
    }

    private static ObjectNode metric(MetricDrift d) {
        return JsonNodeFactory.instance.objectNode().put("metric", d.metric()).put("value", d.value())
                .put("mean", d.mean()).put("sd", d.sd()).put("z", d.z()).put("pct", d.pct())
                .put("weight", d.weight()).put("weighted", d.weighted());
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
