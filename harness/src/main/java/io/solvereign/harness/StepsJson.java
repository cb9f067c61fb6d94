package io.solvereign.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.harness.runbook.DrillChecks;
import io.solvereign.harness.runbook.StepResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The step table of {@code dry-run} and {@code drill}, once, as text or as JSON. */
final class StepsJson {
    private StepsJson() {
    }

    /** One line per step: name, status, time and the problem when it failed. */
    static void printSteps(PrintWriter out, List<StepResult> steps) {
        for (StepResult r : steps) {
            out.printf("%-16s %-7s %s%n", r.step(), r.status(), r.status() == StepResult.Status.NOT_RUN ? ""
                    : r.millis() + " ms" + (r.problem().isEmpty() ? "" : "  " + r.problem()));
        }
    }

    /** {@code {example?, passed, report, steps:[{step,status,millis,problem,figures}], checks?:[...]}}. */
    static ObjectNode of(boolean example, boolean passed, Path report, List<StepResult> steps,
                         List<DrillChecks.Check> checks) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        if (example) {
            n.put("example", InputOptions.exampleNotice());
        }
        n.put("passed", passed);
        n.put("report", report.toString());
        ArrayNode s = n.putArray("steps");
        for (StepResult r : steps) {
            ObjectNode o = s.addObject().put("step", r.step()).put("status", r.status().name())
                    .put("millis", r.millis()).put("problem", r.problem());
            ObjectNode fig = o.putObject("figures");
            r.figures().forEach(fig::put);
        }
        if (checks != null) {
            ArrayNode c = n.putArray("checks");
            checks.forEach(k -> c.addObject().put("name", k.name()).put("passed", k.passed()).put("detail", k.detail()));
        }
        return n;
    }
}
