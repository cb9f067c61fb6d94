package io.solvereign.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.store.PlanStatus;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plans}: one line per plan version (id, status, week, drivers, audit, approval), filtered by week and status. */
@Command(name = "plans", mixinStandardHelpOptions = true,
        description = "List the plan versions with status, week, drivers, audit and approval.",
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign plans -w ws", "  solvereign plans -w ws --week 2026-W02 --status DRAFT --json"})
final class PlansCommand implements Callable<Integer> {
    private static final Pattern WEEK = Pattern.compile("[0-9]{4}-W[0-9]{2}");

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    OutputOptions output;

    @Option(names = "--week", paramLabel = "W", description = "Only plans of this ISO week, e.g. 2026-W02.")
    String week;

    @Option(names = "--status", paramLabel = "S", description = "Only plans with this status: DRAFT, LOCKED or SUPERSEDED.")
    String status;

    @Override
    public Integer call() {
        if (week != null && !WEEK.matcher(week).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--week '" + week
                    + "' is not an ISO week; use e.g. 2026-W02");
        }
        PlanStatus s = null;
        if (status != null) {
            try {
                s = PlanStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--status '" + status
                        + "' is no status; use DRAFT, LOCKED or SUPERSEDED");
            }
        }
        ObjectNode plans = new WorkspaceView(workspace.open()).plans(week, s);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(plans.toPrettyString());
        } else {
            out.printf("%-6s %-10s %-8s %7s %5s %-5s %-8s %s%n", "plan", "status", "week", "drivers", "bound", "audit",
                    "approved", "waiting for");
            for (JsonNode r : plans.get("plans")) {
                out.printf("%-6s %-10s %-8s %7d %5d %-5s %-8s %s%s%n", r.get("plan_id").asText(),
                        r.get("status").asText(), r.get("week").asText(), r.get("drivers").asInt(),
                        r.get("lower_bound").asInt(), r.get("audit").asText(), r.get("approved").asBoolean() ? "yes" : "no",
                        r.get("waiting_for").asText().isEmpty() ? "-" : r.get("waiting_for").asText(),
                        r.get("example").asBoolean() ? "  (example, cannot be locked)" : "");
            }
            out.println(plans.get("plans").size() + " plan(s)");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
