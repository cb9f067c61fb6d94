package io.solvereign.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.Infeasibility;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.store.ForecastKind;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.version.WeekKey;
import io.solvereign.engine.Solvers;
import io.solvereign.harness.export.AtomicFiles;
import io.solvereign.harness.export.PlanExports;
import io.solvereign.harness.export.RosterPageFacts;
import io.solvereign.harness.runbook.RosterPages;
import io.solvereign.harness.runbook.Runbook;
import io.solvereign.harness.runbook.WeekChain;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code solve}: plans the week and writes {@code solver_output.json}, {@code matrix.csv},
 * {@code rosters.csv}, {@code kpis.json}, {@code metadata.json} and {@code roster.html} into the
 * output folder, and stores the plan as a DRAFT version in the workspace (its JSON names the new
 * {@code plan_id}). Exit 0 when planned, 2 for bad input, 3 when no legal plan exists (the reasons are
 * printed, each naming its rule and tours).
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Plan the week's rosters, write the plan and its exports, and store it as a DRAFT.",
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign solve --example",
            "  solvereign solve -i week.csv -o out -w ws --seed 7 --json",
            "  solvereign solve -i week.csv --rules site-rules.json"})
final class SolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Search seed; the same input, seed and rules give the same output_hash (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "solvereign-out",
            description = "Folder for solver_output.json and the exports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--work-budget", paramLabel = "N",
            description = "Search budget in move evaluations (deterministic); default: the solver's.")
    Long workBudget;

    @Mixin
    OutputOptions output;

    @Mixin
    RulesOptions rules;

    @Mixin
    SiteOption site;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--week", paramLabel = "YYYY-Www",
            description = {"Solve the latest composition of this ISO week (see compose) instead of --input.",
                "A PARTIAL week may be solved, but its plan locks only with a partial-release override."})
    String week;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who solves, for the audit trail (default: the OS user).")
    String by;

    @Override
    public Integer call() {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Runbook runbook;
        Forecast forecast;
        String name;
        ForecastVersion composed = null;
        InputOptions.Input in = null;
        boolean json = output.json();
        RuleSet ruleSet;
        if (week != null) {
            // A composed week is already stored: solve its latest composition (PARTIAL weeks too).
            WeekKey key = weekKey();
            ruleSet = rules.ruleSet();
            OutFolder.prepare("--out", out);
            runbook = workspace.open();
            WeekChain chain = new WeekChain(runbook, key, input.zone);
            composed = chain.latest(ForecastKind.COMPOSED).orElseThrow(() -> new SolvereignException(ErrorCode.NOT_FOUND,
                    "week " + week + " has no composed forecast in " + workspace.workspace() + "; run compose first"));
            forecast = chain.forecastOf(composed);
            name = "week " + week + " (" + composed.id() + ", " + composed.meta().attribute(ForecastMeta.COMPLETENESS) + ")";
        } else {
            in = input.load();
            if (input.isExample() && json) {
                // The JSON names it in its first key; stderr says it first for whoever watches the terminal.
                err.println(InputOptions.exampleNotice());
                err.flush();
            }
            if (!in.result().solvable()) {
                // A line no legal block can hold is a rule that makes the week unplannable (3), not a typo of syntax (2).
                boolean noBlock = in.result().failures().stream().allMatch(i -> i.code() == ErrorCode.NO_LEGAL_BLOCK);
                if (noBlock) {
                    err.println("solvereign solve: no legal plan exists for " + in.name() + ":");
                    in.result().failures().forEach(issue -> err.println("  " + issue.describe()));
                    return ExitCodes.INFEASIBLE;
                }
                err.println("solvereign solve: " + ForecastFailures.oneLine(in.name(), in.result().failures(), in.text()));
                return ExitCodes.FAIL;
            }
            if (!in.result().removals().isEmpty()) {
                throw new SolvereignException(ErrorCode.PATCH_NOT_SOLVABLE, in.name() + " removes "
                        + in.result().removals().size() + " tour line(s); removals apply only when composing a week: "
                        + "compose --week YYYY-Www --patch " + in.name() + ", then solve --week");
            }
            forecast = in.result().forecast();
            name = in.name();
            // Rules, output folder and workspace are checked first, so a bad one fails before minutes of solving.
            ruleSet = rules.ruleSet();
            OutFolder.prepare("--out", out);
            runbook = workspace.open();
        }
        SolveRequest.Builder request = SolveRequest.newBuilder(forecast).seed(seed).ruleSet(ruleSet)
                .listener(new ProgressPrinter(err, output.progress(), ruleSet));
        if (workBudget != null) {
            request.workBudget(workBudget);
        }
        long started = System.nanoTime();
        SolveResult result = Solvers.create().solve(request.build());
        long solveMs = (System.nanoTime() - started) / 1_000_000;
        if (result.status() == SolveStatus.INFEASIBLE) {
            err.println("solvereign solve: no legal plan exists for " + name + ":");
            for (Infeasibility i : result.infeasibilities()) {
                err.println("  " + i.rule() + ": " + i.message() + " (" + IdList.summary(i.instanceIds()) + ")");
            }
            return ExitCodes.INFEASIBLE;
        }
        Plan plan = result.plan();
        // Stored first, so the roster page names the new plan, its status and site as a re-render would.
        String actor = Actors.of(by);
        ForecastVersion fv = composed != null ? composed
                : runbook.importForecast(actor, InputOptions.originalBytes(in), in.result(), site.meta());
        PlanVersion stored = runbook.storeDraft(actor, "solve " + name + " seed " + seed, fv.id(), "", plan);
        RosterPageFacts page = RosterPages.facts(runbook, stored.id());
        AtomicFiles.write(out.resolve(PlanJson.FILE_NAME), PlanJson.writeBytes(plan));
        PlanExports.of(plan, forecast, input.isExample() ? page.withBanner(InputOptions.exampleNotice()) : page)
                .writeAll(out);
        if (json) {
            ObjectNode summary = new ObjectMapper().createObjectNode();
            if (input.isExample()) {
                summary.put("example", InputOptions.exampleNotice());
            }
            summary.setAll(summaryJson(result, solveMs));
            summary.put("plan_id", stored.id());
            summary.put("forecast_version_id", fv.id());
            summary.put("workspace", workspace.workspace().toString());
            outWriter.println(summary.toPrettyString());
        } else {
            Kpis k = plan.kpis();
            if (input.isExample()) {
                outWriter.println(InputOptions.exampleNotice());
            }
            outWriter.printf("plan:        %d drivers (%d part-time), lower bound %d, status %s%n",
                    k.drivers(), k.ptDrivers(), k.lowerBound(), result.status());
            outWriter.printf("part-time:   %d, lower bound %d at %d drivers (gap %d); proven: %s%n",
                    k.ptDrivers(), k.ptLowerBound(), k.drivers(), k.ptGap(), ProgressPrinter.names(result.provenLevels()));
            outWriter.printf("blocks:      1er %d, 2er-reg %d, 2er-split %d, 3er %d; average %s h%n",
                    k.singles(), k.doublesRegular(), k.doublesSplit(), k.triples(), k.averageHours());
            outWriter.printf("output_hash: %s%n", plan.outputHash());
            outWriter.printf("written:     %s (solver_output.json and exports) in %d ms%n", out, solveMs);
            outWriter.printf("plan_id:     %s (DRAFT, forecast %s) in %s%n", stored.id(), fv.id(), workspace.workspace());
        }
        if (result.stats().safetyCapFired()) {
            err.println("solvereign solve: the wall-clock safety cap stopped the search; this result may not reproduce");
        }
        return ExitCodes.OK;
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode provenLevels(SolveResult result) {
        com.fasterxml.jackson.databind.node.ArrayNode a = new ObjectMapper().createArrayNode();
        result.provenLevels().forEach(l -> a.add(l.name()));
        return a;
    }

    private WeekKey weekKey() {
        if (input.input != null || input.example) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --input, --example or --week, not two");
        }
        try {
            return WeekKey.parse(week);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--week: " + e.getMessage());
        }
    }

    static ObjectNode summaryJson(SolveResult result, long solveMs) {
        Plan plan = result.plan();
        Kpis k = plan.kpis();
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("status", result.status().name());
        n.put("input_hash", plan.inputHash());
        n.put("output_hash", plan.outputHash());
        n.put("solver_config_hash", plan.solverConfigHash());
        n.put("seed", plan.seed());
        n.put("drivers", k.drivers());
        n.put("fte_drivers", k.fteDrivers());
        n.put("pt_drivers", k.ptDrivers());
        n.put("lower_bound", k.lowerBound());
        n.put("gap", k.gap());
        n.put("pt_lower_bound", k.ptLowerBound());
        n.put("pt_gap", k.ptGap());
        n.set("proven_levels", provenLevels(result));
        n.set("block_mix", PlanExports.blockMixNode(k));
        n.put("cost", result.cost().toString());
        n.put("work_done", result.stats().workDone());
        n.put("safety_cap_fired", result.stats().safetyCapFired());
        n.put("solve_ms", solveMs);
        return n;
    }
}
