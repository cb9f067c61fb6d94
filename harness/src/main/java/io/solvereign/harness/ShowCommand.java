package io.solvereign.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code show --plan ID}: one plan in detail: KPIs, bound and gap, the audit verdict per check,
 * near-violations, approvals, the lifecycle trail, freeze days and the baseline.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one plan: KPIs, bound and gap, audit per check, approvals, trail, freeze days and baseline.",
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign show --plan P0001 -w ws", "  solvereign show --plan P0001 -w ws --json"})
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    OutputOptions output;

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "Plan version id, e.g. P0001.")
    String planId;

    @Override
    public Integer call() {
        ObjectNode n = new WorkspaceView(workspace.open()).show(planId);
        PrintWriter out = spec.commandLine().getOut();
        out.print(output.json() ? n.toPrettyString() + "\n" : text(n));
        out.flush();
        return ExitCodes.OK;
    }

    static String text(JsonNode n) {
        StringBuilder sb = new StringBuilder();
        if (n.get("example").asBoolean()) {
            sb.append(InputOptions.exampleNotice()).append('\n');
        }
        sb.append("plan:        ").append(n.get("plan_id").asText()).append(' ').append(n.get("status").asText())
                .append(", week ").append(n.get("week").asText()).append(" (from ").append(n.get("week_anchor").asText())
                .append(", ").append(n.get("time_zone").asText()).append(")\n");
        sb.append("forecast:    ").append(n.get("forecast_version_id").asText()).append(", seed ")
                .append(n.get("seed").asLong()).append(n.get("baseline_plan_id").asText().isEmpty() ? ""
                        : ", baseline " + n.get("baseline_plan_id").asText()).append('\n');
        JsonNode k = n.get("kpis");
        sb.append("drivers:     ").append(k.get("drivers").asInt()).append(" (").append(k.get("pt_drivers").asInt())
                .append(" part-time), lower bound ").append(k.get("lower_bound").asInt()).append(", gap ")
                .append(n.get("gap").asInt()).append('\n');
        sb.append("blocks:     ");
        for (Iterator<Map.Entry<String, JsonNode>> it = k.get("block_mix").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sb.append(' ').append(e.getKey()).append(' ').append(e.getValue().asInt());
        }
        sb.append("; average ").append(k.get("avg_hours").asText()).append(" h\n");
        sb.append("audit:       ").append(n.get("audit").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = n.get("audit_checks").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sb.append(" ").append(e.getKey()).append('=').append(e.getValue().asText());
        }
        if (!n.get("near_violations").isNull()) {
            sb.append("; ").append(n.get("near_violations").asInt()).append(" near-violation(s)");
        }
        sb.append('\n');
        sb.append("approvals:  ");
        if (n.get("approvals").isEmpty()) {
            sb.append(" none");
        }
        for (JsonNode a : n.get("approvals")) {
            sb.append(' ').append(a.get("by").asText()).append(" at ").append(a.get("at").asText()).append(" (")
                    .append(a.get("conditions_met").toString()).append("): ").append(a.get("reason").asText());
        }
        sb.append('\n');
        sb.append("freeze days: ").append(n.get("freeze_days").isEmpty() ? "none" : n.get("freeze_days").toString())
                .append('\n');
        sb.append("output_hash: ").append(n.get("output_hash").asText()).append('\n');
        sb.append("trail:\n");
        for (JsonNode t : n.get("trail")) {
            sb.append(String.format("  %4d %s %-16s %-12s %s%n", t.get("sequence").asLong(), t.get("at").asText(),
                    t.get("action").asText(), t.get("actor").asText(), t.get("reason").asText()));
        }
        return sb.toString();
    }
}
