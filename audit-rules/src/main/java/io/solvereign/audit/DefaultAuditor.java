package io.solvereign.audit;

import io.solvereign.api.SolvereignException;
import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.Auditor;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.PlanReproducer;
import io.solvereign.api.audit.ReproducibilityResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a fixed list of rules in order (those that apply under the policy) and, when asked, the
 * re-solve of the reproducibility gate.
 */
final class DefaultAuditor implements Auditor {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultAuditor.class);

    private final List<AuditRule> rules;

    DefaultAuditor(List<? extends AuditRule> rules) {
        this.rules = List.copyOf(rules);
        List<String> ids = new ArrayList<>();
        for (AuditRule r : this.rules) {
            if (ids.contains(r.id())) {
                throw new IllegalArgumentException("two rules share the id " + r.id());
            }
            ids.add(r.id());
        }
    }

    @Override
    public AuditReport audit(AuditInput input) {
        return new AuditReport(run(input), ReproducibilityResult.notRun(""));
    }

    @Override
    public AuditReport audit(Forecast forecast, Plan plan, RuleSet policy) {
        return new AuditReport(run(AuditInput.of(forecast, plan, policy)),
                ReproducibilityResult.notRun(plan.outputHash()));
    }

    @Override
    public AuditReport audit(Forecast forecast, Plan plan, RuleSet policy, PlanReproducer reproducer) {
        Objects.requireNonNull(reproducer, "reproducer");
        List<CheckResult> checks = run(AuditInput.of(forecast, plan, policy));
        ReproducibilityResult repro;
        try {
            repro = ReproducibilityResult.compare(plan.outputHash(),
                    Objects.requireNonNull(reproducer.reproduce(forecast, plan), "reproduced output_hash"));
        } catch (SolvereignException e) {
            repro = ReproducibilityResult.failed(plan.outputHash(), e.getMessage());
        }
        LOG.debug("reproducibility {}: {}", repro.status(), repro.detail());
        return new AuditReport(checks, repro);
    }

    private List<CheckResult> run(AuditInput input) {
        List<CheckResult> checks = new ArrayList<>(rules.size());
        for (AuditRule rule : rules) {
            if (!rule.appliesTo(input.ruleSet())) {
                continue;
            }
            CheckResult result = rule.check(input);
            if (!result.id().equals(rule.id())) {
                throw new IllegalStateException("rule " + rule.id() + " returned a result for " + result.id());
            }
            checks.add(result);
            LOG.debug("{} {} with {} violations", rule.id(), result.status(), result.count());
        }
        return checks;
    }
}
