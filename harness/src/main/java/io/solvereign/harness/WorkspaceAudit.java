package io.solvereign.harness;

import io.solvereign.api.audit.PlanReproducer;
import io.solvereign.api.internal.io.AuditReportJson;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.runbook.ReleaseGate;
import io.solvereign.harness.runbook.Runbook;
import java.io.PrintWriter;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The workspace form of {@code audit}: the stored plan against its stored forecast, with the real
 * re-solve, recorded on the plan when it is still a draft.
 */
final class WorkspaceAudit {
    private static final Pattern PLAN_ID = Pattern.compile("P[0-9]{4,}");

    private final CommandSpec spec;
    private final Runbook runbook;
    private final String actor;
    private final boolean json;
    private final Progress progress;

    WorkspaceAudit(CommandSpec spec, Runbook runbook, String actor, boolean json, Progress progress) {
        this.spec = spec;
        this.runbook = runbook;
        this.actor = actor;
        this.json = json;
        this.progress = progress;
    }

    /** True for a plan version id such as {@code P0001}. */
    static boolean isPlanId(String text) {
        return PLAN_ID.matcher(text).matches();
    }

    int run(String planId, RuleSet policy) {
        progress.step("load plan and forecast");
        PlanVersion version = runbook.planVersion(planId);
        Plan plan = Runbook.plan(version);
        Forecast forecast = runbook.forecastOf(version, plan);
        progress.step("eight checks");
        PlanReproducer again = ReleaseGate.reproducerFor(runbook, planId);
        ReleaseGate.Outcome outcome = ReleaseGate.audit(forecast, plan, policy, (f, p) -> {
            progress.step("re-solve (REPRODUCIBILITY)");
            return again.reproduce(f, p);
        });
        String note;
        if (version.status() == PlanStatus.DRAFT) {
            runbook.lifecycle().recordAudit(planId, actor, outcome.json(), outcome.verdict());
            note = "recorded: audit_results.json and gate " + (outcome.verdict().passed() ? "PASS" : "FAIL")
                    + " on plan " + planId + " in " + runbook.store().target().describe();
        } else {
            note = "not recorded: plan " + planId + " is " + version.status() + " and cannot change";
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(AuditReportJson.toJsonString(outcome.report()));
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + note);
            spec.commandLine().getErr().flush();
        } else {
            out.print(AuditText.format(outcome.report(), "plan " + planId, "forecast " + version.forecastVersionId()));
            out.println(note);
        }
        out.flush();
        return outcome.verdict().passed() ? ExitCodes.OK : AuditCommand.CHECK_FAILED;
    }
}
