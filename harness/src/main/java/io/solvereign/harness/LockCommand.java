package io.solvereign.harness;

import io.solvereign.api.store.GateVerdict;
import io.solvereign.api.store.LockRequest;
import io.solvereign.api.store.ReleaseOverride;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.runbook.ReleaseGate;
import io.solvereign.harness.runbook.Runbook;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lock}: publishes an audited, approved plan. The lifecycle refuses with {@code ALREADY_LOCKED},
 * {@code FREEZE_ACTIVE} (publishing stopped), {@code AUDIT_GATE_FAIL} (no recorded audit with every
 * gate PASS), {@code NOT_APPROVED} (no {@code approve}) or {@code PARTIAL_FORECAST} (the plan's forecast
 * week is PARTIAL or UNKNOWN and no {@code --partial-override-by/--partial-override-reason}); a refusal is one line on stderr naming the
 * code, exit 2, and is kept in the trail. A plan of the built-in example week is never locked.
 * Locking a repaired version (one that names a baseline) supersedes the baseline.
 */
@Command(name = "lock", mixinStandardHelpOptions = true,
        description = {"Lock (publish) an audited and approved plan; a refusal names its code and is kept in the trail.",
            "",
            "Refusals (exit 2): ALREADY_LOCKED, FREEZE_ACTIVE, AUDIT_GATE_FAIL, NOT_APPROVED, PARTIAL_FORECAST; a plan "
                + "of the built-in example week is never locked."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign lock --plan P0001 --by anna --reason \"week 2 release\" -w ws"})
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
            description = {"Release a week whose forecast is not COMPLETE (else refused: PARTIAL_FORECAST).",
                "Names who decides; needs --partial-override-reason; recorded as PARTIAL_RELEASE_OVERRIDE."})
    String partialBy;

    @Option(names = "--partial-override-reason", paramLabel = "TEXT",
            description = "Why the partial week is released; needs --partial-override-by.")
    String partialReason;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        String who = OptionChecks.text(spec, "--by", by);
        String why = OptionChecks.text(spec, "--reason", reason);
        ReleaseOverride override = null;
        if (partialBy != null || partialReason != null) {
            if (partialBy == null || partialReason == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--partial-override-by and --partial-override-reason go together");
            }
            override = new ReleaseOverride(OptionChecks.text(spec, "--partial-override-by", partialBy),
                    OptionChecks.text(spec, "--partial-override-reason", partialReason));
        }
        Locked locked = lock(workspace.open(), planId, who, why, override);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(locked.json().toPrettyString());
        } else {
            out.printf("plan %s LOCKED by %s: %s (gate: %s, output_hash %s)%n", locked.version().id(), who, why,
                    locked.verdict().summary(), locked.version().outputHash());
            locked.request().partialOverride().ifPresent(o -> out.printf("partial week released by %s: %s%n",
                    o.actor(), o.reason()));
            if (!locked.superseded().isEmpty()) {
                out.printf("plan %s SUPERSEDED by %s%n", locked.superseded(), locked.version().id());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A done lock: the locked version, the request and verdict it passed, and the baseline it superseded (or empty). */
    record Locked(PlanVersion version, LockRequest request, GateVerdict verdict, String superseded) {
        /** What {@code lock --json} prints. */
        com.fasterxml.jackson.databind.node.ObjectNode json() {
            return new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("plan_id", version.id())
                    .put("status", version.status().name()).put("by", request.actor()).put("reason", request.reason())
                    .put("gate", verdict.summary()).put("output_hash", version.outputHash())
                    .put("superseded_plan_id", superseded)
                    .put("partial_override_by", request.partialOverride().map(ReleaseOverride::actor).orElse(""))
                    .put("partial_override_reason", request.partialOverride().map(ReleaseOverride::reason).orElse(""));
        }
    }

    /**
     * The lock verb shared with the cockpit: never the example week; the recorded gate verdict; the
     * lifecycle's refusals; a repaired version supersedes its baseline once it is locked.
     *
     * @param override the partial-release override, null when none
     */
    static Locked lock(Runbook runbook, String planId, String who, String why, ReleaseOverride override) {
        new ApprovalPolicy(runbook).requireNotExample(runbook.planVersion(planId), "locked");
        GateVerdict verdict = ReleaseGate.recorded(runbook, planId);
        LockRequest request = LockRequest.approved(planId, who, why, verdict);
        if (override != null) {
            request = request.withPartialOverride(override);
        }
        PlanVersion locked = runbook.lifecycle().lock(request);
        String superseded = "";
        if (locked.hasBaseline()
                && runbook.planVersion(locked.baselinePlanId()).status() != PlanStatus.SUPERSEDED) {
            // The repaired version is in force now; its baseline retires only at this point, never earlier.
            runbook.lifecycle().supersede(locked.baselinePlanId(), locked.id(), who,
                    "replaced by " + locked.id() + ": " + why);
            superseded = locked.baselinePlanId();
        }
        return new Locked(locked, request, verdict, superseded);
    }
}
