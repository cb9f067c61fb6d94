package io.solvereign.harness;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeWindow;
import io.solvereign.api.model.Plan;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.runbook.FreezeDays;
import io.solvereign.harness.runbook.Runbook;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code freeze-day --date D}: freezes every tour starting on that date. The decision is kept in the
 * trail; every later repair or re-solve keeps those tours on their baseline drivers whatever the time
 * (a change then needs an explicit override with user and reason, DOMAIN §9). Prints the instances.
 */
@Command(name = "freeze-day", mixinStandardHelpOptions = true,
        description = {"Freeze every tour starting on a date, so later repairs keep them on their baseline drivers.",
            "",
            "Records the decision in the trail and prints how many instances it holds and the first few ids."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign freeze-day --date 2026-01-06 --reason \"re-planning\" -w ws"})
final class FreezeDayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The date to freeze.")
    LocalDate date;

    @Option(names = "--plan", paramLabel = "ID",
            description = "Plan whose week holds the date (default: the newest LOCKED plan, else the newest plan).")
    String planId;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who freezes (default: the OS user).")
    String by;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (default: freeze day <date>).")
    String reason;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Runbook runbook = workspace.open();
        PlanVersion version = planId != null ? runbook.planVersion(planId) : newest(runbook);
        Plan plan = Runbook.plan(version);
        LocalDate first = plan.weekAnchor();
        if (date.isBefore(first) || date.isAfter(first.plusDays(6))) {
            throw new SolvereignException(ErrorCode.NOT_FOUND, "plan " + version.id() + " covers " + first + ".."
                    + first.plusDays(6) + "; " + date + " is outside its week");
        }
        Forecast forecast = runbook.forecastOf(version, plan);
        List<String> ids = FreezeWindow.instanceIdsStartingOn(forecast, date);
        String why = reason != null ? OptionChecks.text(spec, "--reason", reason) : "freeze day " + date;
        FreezeDays.record(runbook.lifecycle(), Actors.of(by), version.id(), date, ids.size(), why);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            com.fasterxml.jackson.databind.node.ObjectNode n = new com.fasterxml.jackson.databind.ObjectMapper()
                    .createObjectNode().put("date", date.toString()).put("plan_id", version.id())
                    .put("instances", ids.size());
            ids.forEach(n.putArray("instance_ids")::add);
            out.println(n.toPrettyString());
        } else {
            out.printf("frozen %s (%s): %d instances of plan %s stay on their drivers in later repairs%n", date,
                    date.getDayOfWeek(), ids.size(), version.id());
            out.println("  " + IdList.summary(ids) + " (all ids: --json)");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static PlanVersion newest(Runbook runbook) {
        List<PlanVersion> plans = runbook.store().plans();
        return plans.stream().filter(p -> p.status() == PlanStatus.LOCKED).reduce((a, b) -> b)
                .or(() -> plans.stream().filter(p -> p.status() != PlanStatus.SUPERSEDED).reduce((a, b) -> b))
                .orElseThrow(() -> new SolvereignException(ErrorCode.NOT_FOUND, "no plan in " + runbook.store().workspace()
                        + "; solve one first (solvereign solve --workspace DIR)"));
    }
}
