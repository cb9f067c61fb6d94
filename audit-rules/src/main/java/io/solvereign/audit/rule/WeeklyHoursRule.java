package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import java.util.List;

/**
 * WEEKLY_HOURS: the sum of a driver's absolute tour durations is at most
 * {@link RuleSet#maxWeeklyMinutes()} (a tour over the spring-forward night counts one hour less).
 * Warns above {@link RuleSet#nearWeeklyMinutes()}.
 */
final class WeeklyHoursRule implements AuditRule {
    static final String ID = "WEEKLY_HOURS";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AuditInput input) {
        RuleSet rules = input.ruleSet();
        Findings findings = new Findings(ID);
        PlanView.of(input).toursByDriver().forEach((driver, tours) -> {
            long work = tours.stream().mapToLong(TourInstance::durationMinutes).sum();
            List<String> ids = tours.stream().map(TourInstance::id).toList();
            String what = driver + ": " + work + " min of work in the week (" + tours.size() + " tours)";
            findings.atMost(driver, ids, work, rules.maxWeeklyMinutes(), rules.nearWeeklyMinutes(), MeasureUnit.MINUTES,
                    what);
        });
        return findings.result();
    }
}
