package io.solvereign.harness;

import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.LockRequest;
import io.solvereign.api.store.ReleaseOverride;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.runbook.ReleaseGate;
import io.solvereign.harness.runbook.Runbook;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lock}: publishes a plan. The lifecycle refuses with {@code ALREADY_LOCKED},
 * {@code FREEZE_ACTIVE} (kill switch on) or {@code AUDIT_GATE_FAIL} (no recorded audit with every
 * gate PASS) or {@code PARTIAL_FORECAST} (the plan's forecast week is PARTIAL or UNKNOWN and no
 * {@code --partial-override-by/--partial-override-reason} is given); a refusal is one line on stderr
 * naming the code, exit 2, and is kept in the trail.
 * Locking a repaired version (one that names a baseline) supersedes the baseline.
 */
@Command(name = "lock", mixinStandardHelpOptions = true,
        description = {"Lock (publish) an audited plan. Refusals: AUDIT_GATE_FAIL, ALREADY_LOCKED, FREEZE_ACTIVE,",
            "PARTIAL_FORECAST (one line on stderr, exit 2, recorded in the trail)."})
final class LockCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "Plan version id, e.g. P0001.")
    String planId;

    @Option(names = "--by", required = true, paramLabel = "USER", description = "Who locks.")
    String by;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, kept in the trail.")
    String reason;

    @Option(names = "--partial-override-by", paramLabel = "USER",
            description = {"Release a week whose forecast is not COMPLETE (else refused: PARTIAL_FORECAST):",
                "who decides; needs --partial-override-reason. Recorded as PARTIAL_RELEASE_OVERRIDE."})
    String partialBy;

    @Option(names = "--partial-override-reason", paramLabel = "TEXT",
            description = "Why the partial week is released; needs --partial-override-by.")
    String partialReason;

    @Override
    public Integer call() {
        Runbook runbook = workspace.open();
        runbook.planVersion(planId);
        GateVerdict verdict = ReleaseGate.recorded(runbook, planId);
        String who = OptionChecks.text(spec, "--by", by);
        String why = OptionChecks.text(spec, "--reason", reason);
        LockRequest request = new LockRequest(planId, who, why, verdict, false, Optional.empty());
        if (partialBy != null || partialReason != null) {
            if (partialBy == null || partialReason == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--partial-override-by and --partial-override-reason go together");
            }
            request = request.withPartialOverride(new ReleaseOverride(OptionChecks.text(spec, "--partial-override-by",
                    partialBy), OptionChecks.text(spec, "--partial-override-reason", partialReason)));
        }
        PlanVersion locked = runbook.lifecycle().lock(request);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("plan %s LOCKED by %s: %s (gate: %s, output_hash %s)%n", locked.id(), who, why,
                verdict.summary(), locked.outputHash());
        request.partialOverride().ifPresent(o -> out.printf("partial week released by %s: %s%n", o.actor(), o.reason()));
        if (locked.hasBaseline()
                && runbook.planVersion(locked.baselinePlanId()).status() != PlanStatus.SUPERSEDED) {
            // The repaired version is in force now; its baseline retires only at this point, never earlier.
            runbook.lifecycle().supersede(locked.baselinePlanId(), locked.id(), who,
                    "replaced by " + locked.id() + ": " + why);
            out.printf("plan %s SUPERSEDED by %s%n", locked.baselinePlanId(), locked.id());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
