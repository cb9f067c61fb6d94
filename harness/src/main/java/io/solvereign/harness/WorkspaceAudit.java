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
        Audited audited = auditAndRecord(runbook, planId, policy, actor, progress::step);
        ReleaseGate.Outcome outcome = audited.outcome();
        String note = audited.recorded()
                ? "recorded: audit_results.json and gate " + (outcome.verdict().passed() ? "PASS" : "FAIL")
                        + " on plan " + planId + " in " + runbook.store().target().describe()
                : "not recorded: plan " + planId + " is " + audited.status() + " and cannot change";
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(AuditReportJson.toJsonString(outcome.report()));
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + note);
            spec.commandLine().getErr().flush();
        } else {
            out.print(AuditText.format(outcome.report(), "plan " + planId, "forecast " + runbook.planVersion(planId).forecastVersionId()));
            out.println(note);
        }
        out.flush();
        return outcome.verdict().passed() ? ExitCodes.OK : AuditCommand.CHECK_FAILED;
    }

    /** One audit of a stored plan: the outcome, whether it was recorded (drafts only) and the plan's status. */
    record Audited(ReleaseGate.Outcome outcome, boolean recorded, PlanStatus status) {
    }

    /**
     * The audit verb shared with the cockpit: the eight checks and the real re-solve of a stored plan
     * against its stored forecast under {@code policy}, recorded on the plan when it is still a draft.
     *
     * @param step told the name of each step as it starts (progress)
     */
    static Audited auditAndRecord(Runbook runbook, String planId, RuleSet policy, String actor,
                                  java.util.function.Consumer<String> step) {
        step.accept("load plan and forecast");
        PlanVersion version = runbook.planVersion(planId);
        Plan plan = Runbook.plan(version);
        Forecast forecast = runbook.forecastOf(version, plan);
        step.accept("eight checks");
        PlanReproducer again = ReleaseGate.reproducerFor(runbook, planId);
        ReleaseGate.Outcome outcome = ReleaseGate.audit(forecast, plan, policy, (f, p) -> {
            step.accept("re-solve (REPRODUCIBILITY)");
            return again.reproduce(f, p);
        });
        boolean draft = version.status() == PlanStatus.DRAFT;
        if (draft) {
            runbook.lifecycle().recordAudit(planId, actor, outcome.json(), outcome.verdict());
        }
        return new Audited(outcome, draft, version.status());
    }
}
