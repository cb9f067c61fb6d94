package io.solvereign.harness;

import io.solvereign.api.store.Approval;
import io.solvereign.api.store.GateVerdict;
import io.solvereign.harness.runbook.Instants;
import io.solvereign.harness.runbook.Runbook;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code approve --plan ID --by USER --reason TEXT}: the review between solve and lock. Records an
 * approval with its {@code conditions_met} ({@code audits_pass}, {@code coverage_100}, and
 * {@code within_window} when {@code --lock-window} is given); {@code lock} needs one. Refuses like the
 * lock: ALREADY_LOCKED, FREEZE_ACTIVE, AUDIT_GATE_FAIL (exit 2, one line).
 */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approve an audited draft for locking, recording who, why and the conditions that held.",
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign approve --plan P0001 --by anna --reason \"reviewed\" -w ws",
            "  solvereign approve --plan P0001 --by anna --reason ok --json -w ws"})
final class ApproveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    OutputOptions output;

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "Plan version id, e.g. P0001.")
    String planId;

    @Option(names = "--by", required = true, paramLabel = "USER", description = "Who approves.")
    String by;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, kept in the trail.")
    String reason;

    @Option(names = "--lock-window", paramLabel = "FROM/TO",
            description = "The agreed lock window (ISO times); records within_window for the current time.")
    String lockWindow;

    @Override
    public Integer call() {
        String who = OptionChecks.text(spec, "--by", by);
        String why = OptionChecks.text(spec, "--reason", reason);
        Optional<Instant[]> window = Optional.ofNullable(lockWindow).map(this::window);
        Approval a = approve(workspace.open(), planId, who, why, window);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(json(planId, a).toPrettyString());
        } else {
            out.printf("plan %s APPROVED by %s: %s (conditions_met %s); next: solvereign lock --plan %s%n", planId,
                    a.actor(), a.reason(), a.conditionsMet(), planId);
            if (!a.allConditionsMet()) {
                out.println("note: not every condition held; the approval records which");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The approve verb shared with the cockpit: checks the plan may be approved (ALREADY_LOCKED,
     * INVALID_TRANSITION, FREEZE_ACTIVE, AUDIT_GATE_FAIL, the example) and records the approval.
     */
    static Approval approve(Runbook runbook, String planId, String who, String why, Optional<Instant[]> window) {
        ApprovalPolicy policy = new ApprovalPolicy(runbook);
        GateVerdict verdict = policy.requireApprovable(planId);
        return runbook.lifecycle().approve(planId, who, why, policy.conditions(planId, verdict, window));
    }

    /** What {@code approve --json} prints. */
    static com.fasterxml.jackson.databind.node.ObjectNode json(String planId, Approval a) {
        com.fasterxml.jackson.databind.node.ObjectNode n = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("plan_id", planId).put("by", a.actor()).put("reason", a.reason())
                .put("at", a.at().toString()).put("all_conditions_met", a.allConditionsMet());
        com.fasterxml.jackson.databind.node.ObjectNode met = n.putObject("conditions_met");
        a.conditionsMet().forEach(met::put);
        return n;
    }

    private Instant[] window(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lock-window '" + text
                    + "' needs FROM/TO, e.g. 2026-01-02T06:00/2026-01-02T18:00");
        }
        try {
            Instant from = Instants.parse(parts[0].strip());
            Instant to = Instants.parse(parts[1].strip());
            if (!from.isBefore(to)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lock-window: FROM must be before TO");
            }
            return new Instant[] {from, to};
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lock-window: " + e.getMessage());
        }
    }
}
