package io.solvereign.harness;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.internal.io.VersionJson;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.version.ForecastDiff;
import io.solvereign.api.version.PlanDiff;
import io.solvereign.harness.runbook.Runbook;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diff}: what changed between two forecast versions (by fingerprint: ADDED, REMOVED, CHANGED
 * with the changed fields) or between two plan versions (unchanged, changed, added, removed
 * assignments, drivers affected, stability and churn). A forecast is a file or a stored version id
 * such as {@code F0003}; plans are stored version ids. Exit 0 (also when they differ), 2 for an
 * unreadable or failing input or an unknown id, 64 for wrong usage.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed between two forecasts or between two plans.",
            "Forecasts: --old and --new, each a file or a stored id such as F0003.",
            "Plans: --old-plan and --new-plan, stored ids such as P0001."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign diff --old F0001 --new monday-correction.txt --json",
            "  solvereign diff --old-plan P0001 --new-plan P0002 -w ws"})
final class DiffCommand implements Callable<Integer> {
    private static final Pattern FORECAST_ID = Pattern.compile("F\\d{4,}");

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--old", paramLabel = "FILE|ID", description = "The earlier forecast: a file or a stored version id.")
    String oldForecast;

    @Option(names = "--new", paramLabel = "FILE|ID", description = "The later forecast: a file or a stored version id.")
    String newForecast;

    @Option(names = "--old-plan", paramLabel = "ID", description = "The earlier plan version, e.g. P0001.")
    String oldPlan;

    @Option(names = "--new-plan", paramLabel = "ID", description = "The later plan version, e.g. P0002.")
    String newPlan;

    @Option(names = "--json", description = "Print one JSON object (keys and entries sorted) instead of text.")
    boolean json;

    @Override
    public Integer call() {
        boolean forecasts = oldForecast != null || newForecast != null;
        boolean plans = oldPlan != null || newPlan != null;
        if (forecasts == plans || forecasts && (oldForecast == null || newForecast == null)
                || plans && (oldPlan == null || newPlan == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either --old and --new (forecasts) or --old-plan and --new-plan (plans)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (forecasts) {
            Runbook[] opened = new Runbook[1];
            ForecastDiff d = ForecastDiff.of(forecast(oldForecast, opened), forecast(newForecast, opened));
            out.print(json ? VersionJson.pretty(VersionJson.forecastDiff(d, oldForecast, newForecast))
                    : forecastText(d));
        } else {
            Runbook runbook = workspace.open();
            PlanDiff d = PlanDiff.of(Runbook.plan(runbook.planVersion(oldPlan)), Runbook.plan(runbook.planVersion(newPlan)));
            out.print(json ? VersionJson.pretty(VersionJson.planDiff(d, oldPlan, newPlan)) : planText(d));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A file, or (when no such file exists) a stored version id. */
    private Forecast forecast(String ref, Runbook[] opened) {
        Path file = Path.of(ref);
        if (Files.exists(file) || !FORECAST_ID.matcher(ref).matches()) {
            ParseResult r = ForecastParser.read(file, InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE);
            return solvable(ref, r);
        }
        if (opened[0] == null) {
            opened[0] = workspace.open();
        }
        return stored(opened[0], ref);
    }

    /** A stored forecast version as {@code diff} reads it (also the cockpit's diff). */
    static Forecast stored(Runbook runbook, String ref) {
        ForecastVersion v = runbook.lifecycle().forecast(ref);
        ParseResult r = ForecastParser.parse(new String(v.originalBytes(), StandardCharsets.UTF_8), InputFormat.AUTO);
        // A version whose bytes no longer parse on their own (e.g. read with another anchor) still has its canonical text.
        return r.solvable() ? r.forecast() : CanonicalForm.parse(v.canonicalText(), Forecast.DEFAULT_WEEK_ANCHOR,
                Forecast.DEFAULT_ZONE);
    }

    private static Forecast solvable(String name, ParseResult r) {
        if (!r.solvable()) {
            throw new SolvereignException(r.failures().get(0).code(), name + ": " + r.failures().get(0).describe()
                    + (r.failures().size() > 1 ? " (and " + (r.failures().size() - 1) + " more failing issues)" : ""));
        }
        return r.forecast();
    }

    static String forecastText(ForecastDiff d) {
        ForecastDiff.Summary s = d.summary();
        StringBuilder sb = new StringBuilder();
        sb.append(s.added()).append(" added, ").append(s.removed()).append(" removed, ").append(s.changed())
                .append(" changed, ").append(s.unchanged()).append(" unchanged lines; tours ").append(s.toursOld())
                .append(" -> ").append(s.toursNew()).append('\n');
        for (ForecastDiff.Entry e : d.entries()) {
            sb.append(String.format(java.util.Locale.ROOT, "  %-8s %s", e.kind(), e.key().canonicalLine()));
            if (!e.key().skill().isEmpty()) {
                sb.append(" [").append(e.key().skill()).append(']');
            }
            switch (e.kind()) {
                case ADDED -> sb.append(": ").append(e.newLine().count()).append(" (").append(e.newLine().fingerprint()
                        .canonicalLine()).append(')');
                case REMOVED -> sb.append(": ").append(e.oldLine().count()).append(" (").append(e.oldLine().fingerprint()
                        .canonicalLine()).append(')');
                case CHANGED -> sb.append(": ").append(String.join(", ", e.changedFields())).append(": ")
                        .append(e.oldLine().fingerprint().canonicalLine()).append(" x").append(e.oldLine().count())
                        .append(" -> ").append(e.newLine().fingerprint().canonicalLine()).append(" x")
                        .append(e.newLine().count());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String planText(PlanDiff d) {
        return "assignments:      " + d.oldAssignments() + " -> " + d.newAssignments() + "\n"
                + "unchanged:        " + d.unchanged() + "\n"
                + "changed:          " + d.changed().size() + "\n"
                + "added:            " + d.addedInstanceIds().size() + "\n"
                + "removed:          " + d.removedInstanceIds().size() + "\n"
                + "drivers affected: " + d.affectedDrivers().size()
                + (d.affectedDrivers().isEmpty() ? "" : " (" + firstFew(d.affectedDrivers()) + ")") + "\n"
                + "stability:        " + d.stabilityPercent() + " %\n"
                + "churn:            " + d.churnPercent() + " %\n";
    }

    /** The first ids and a count of the rest, so a long list stays one line. */
    private static String firstFew(java.util.List<String> ids) {
        int shown = 8;
        return ids.size() <= shown ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, shown)) + " and " + (ids.size() - shown) + " more";
    }
}
