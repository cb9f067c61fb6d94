package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.NearViolation;
import io.solvereign.api.audit.Violation;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import java.util.ArrayList;
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
        List<Violation> violations = new ArrayList<>();
        List<NearViolation> near = new ArrayList<>();
        PlanView.of(input).toursByDriver().forEach((driver, tours) -> {
            long work = tours.stream().mapToLong(TourInstance::durationMinutes).sum();
            List<String> ids = tours.stream().map(TourInstance::id).toList();
            String what = driver + ": " + work + " min of work in the week (" + tours.size() + " tours)";
            if (work > rules.maxWeeklyMinutes()) {
                violations.add(new Violation(ID, driver, ids, work, rules.maxWeeklyMinutes(), MeasureUnit.MINUTES,
                        what + " exceeds the limit of " + rules.maxWeeklyMinutes() + " min"));
            } else if (work > rules.nearWeeklyMinutes()) {
                near.add(new NearViolation(ID, driver, ids, work, rules.nearWeeklyMinutes(), MeasureUnit.MINUTES,
                        what + " exceeds the warning threshold of " + rules.nearWeeklyMinutes() + " min"));
            }
        });
        return new CheckResult(ID, violations, near);
    }
}
