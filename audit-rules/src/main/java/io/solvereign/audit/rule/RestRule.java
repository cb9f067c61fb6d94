package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.model.RuleSet;
import java.util.List;

/**
 * REST: between the end of a driver's block (latest tour end of a day) and the start of his next
 * working day's block there are at least {@link RuleSet#minRestMinutes()} absolute minutes, so a
 * daylight-saving night counts as the 10 or 12 hours it really lasts. Warns below
 * {@link RuleSet#nearRestMinutes()}. The week stands alone: no carry-in from the previous week.
 */
final class RestRule implements AuditRule {
    static final String ID = "REST";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AuditInput input) {
        RuleSet rules = input.ruleSet();
        Findings findings = new Findings(ID);
        PlanView.of(input).daysByDriver().forEach((driver, days) -> {
            for (int i = 0; i + 1 < days.size(); i++) {
                DriverDay before = days.get(i);
                DriverDay after = days.get(i + 1);
                long rest = DriverDay.minutes(before.end(), after.start());
                List<String> ids = List.of(before.lastEnding().id(), after.tours().get(0).id());
                String what = driver + ": rest " + rest + " min between " + ids.get(0) + " (" + before.day().abbreviation()
                        + ") and " + ids.get(1) + " (" + after.day().abbreviation() + ")";
                findings.atLeast(driver, ids, rest, rules.minRestMinutes(), rules.nearRestMinutes(),
                        MeasureUnit.MINUTES, what);
            }
        });
        return findings.result();
    }
}
