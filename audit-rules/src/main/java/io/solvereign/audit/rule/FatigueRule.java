package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.Violation;
import io.solvereign.api.model.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * FATIGUE: no driver works three (or more) tours on two consecutive calendar days, when
 * {@link RuleSet#forbidConsecutiveTriples()} is set. One violation per pair of consecutive heavy
 * days (a run Di, Mi, Do gives two), measured as 2 days against a limit of 1.
 */
final class FatigueRule implements AuditRule {
    static final String ID = "FATIGUE";
    private static final int TRIPLE = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AuditInput input) {
        List<Violation> violations = new ArrayList<>();
        if (!input.ruleSet().forbidConsecutiveTriples()) {
            return new CheckResult(ID, violations, List.of());
        }
        PlanView.of(input).daysByDriver().forEach((driver, days) -> {
            for (int i = 0; i + 1 < days.size(); i++) {
                DriverDay first = days.get(i);
                DriverDay second = days.get(i + 1);
                boolean consecutive = second.day().ordinal() == first.day().ordinal() + 1;
                if (consecutive && first.size() >= TRIPLE && second.size() >= TRIPLE) {
                    List<String> ids = new ArrayList<>(first.ids());
                    ids.addAll(second.ids());
                    violations.add(new Violation(ID, driver, ids, 2, 1, MeasureUnit.DAYS,
                            driver + ": 3er on " + first.day().abbreviation() + " and " + second.day().abbreviation()
                                    + ", two consecutive days (at most 1)"));
                }
            }
        });
        return new CheckResult(ID, violations, List.of());
    }
}
