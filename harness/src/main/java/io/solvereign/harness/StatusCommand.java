package io.solvereign.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code status}: the workspace at a glance: site, whether publishing is allowed (kill switch with
 * who, when and why), plans by status, the LOCKED plan per week, and drafts waiting for an audit, an
 * approval or the lock. Reads only; exit 0.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show whether publishing is allowed, plans by status, the locked plan per week and what waits.",
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign status -w ws", "  solvereign status -w ws --json"})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        ObjectNode s = new WorkspaceView(workspace.open()).status(workspace.workspace());
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(s.toPrettyString());
        } else {
            out.print(text(s));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String text(JsonNode s) {
        StringBuilder sb = new StringBuilder();
        JsonNode p = s.get("publishing");
        sb.append("publishing:  ").append(p.get("allowed").asBoolean() ? "ALLOWED (kill switch off)"
                : "STOPPED (kill switch on): every lock is refused with FREEZE_ACTIVE");
        if (!p.get("by").asText().isEmpty()) {
            sb.append("; switched by ").append(p.get("by").asText()).append(" at ").append(p.get("at").asText())
                    .append(": ").append(p.get("reason").asText());
        }
        sb.append('\n');
        sb.append("workspace:   ").append(s.get("workspace").asText()).append('\n');
        sb.append("site:        ").append(s.get("site").asText().isEmpty() ? "(not set)" : s.get("site").asText())
                .append('\n');
        JsonNode c = s.get("plans_by_status");
        sb.append("plans:       ").append(c.get("DRAFT").asInt()).append(" DRAFT, ").append(c.get("LOCKED").asInt())
                .append(" LOCKED, ").append(c.get("SUPERSEDED").asInt()).append(" SUPERSEDED; ")
                .append(s.get("forecasts").asInt()).append(" forecast version(s)\n");
        sb.append("locked:     ");
        if (s.get("locked_by_week").isEmpty()) {
            sb.append(" none");
        }
        for (JsonNode l : s.get("locked_by_week")) {
            sb.append(' ').append(l.get("week").asText()).append(' ').append(l.get("plan_id").asText());
        }
        sb.append('\n');
        List<String> waiting = new ArrayList<>();
        for (JsonNode w : s.get("waiting")) {
            waiting.add(w.get("plan_id").asText() + " (" + w.get("week").asText() + ") for "
                    + w.get("waiting_for").asText() + (w.get("example").asBoolean() ? " [example, cannot be locked]" : ""));
        }
        sb.append("waiting:     ").append(waiting.isEmpty() ? "none" : String.join("; ", waiting)).append('\n');
        return sb.toString();
    }
}
