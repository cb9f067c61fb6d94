package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.model.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * WORKING_DAYS: a driver works on at most {@link RuleSet#maxWorkingDays()} calendar days of the week
 * (a day counts when the forecast puts one of his tours on it; a tour over midnight counts for the day
 * it starts). Applies only when the policy turns the rule on (below 7 days); one violation per driver
 * over the limit, naming his days.
 */
final class WorkingDaysRule implements AuditRule {
    static final String ID = "WORKING_DAYS";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(RuleSet policy) {
        return policy.limitsWorkingDays();
    }

    @Override
    public CheckResult check(AuditInput input) {
        int limit = input.ruleSet().maxWorkingDays();
        Findings findings = new Findings(ID);
        PlanView.of(input).daysByDriver().forEach((driver, days) -> {
            if (days.size() > limit) {
                List<String> ids = new ArrayList<>();
                days.forEach(d -> ids.addAll(d.ids()));
                String names = days.stream().map(d -> d.day().abbreviation()).collect(Collectors.joining(" "));
                findings.violation(driver, ids, days.size(), limit, MeasureUnit.DAYS,
                        driver + ": works on " + days.size() + " days (" + names + "), at most " + limit);
            }
        });
        return findings.result();
    }
}
