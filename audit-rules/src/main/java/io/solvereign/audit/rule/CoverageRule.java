package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * COVERAGE: every forecast instance is assigned exactly once. An uncovered instance, an instance
 * assigned more than once (to one driver or several) and an assignment naming an id the forecast
 * does not know are each one violation; a hand-edited plan never makes this check throw.
 */
final class CoverageRule implements AuditRule {
    static final String ID = "COVERAGE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AuditInput input) {
        PlanView view = PlanView.of(input);
        Map<String, List<String>> holders = view.holders();
        List<Violation> violations = new ArrayList<>();
        for (String id : view.instances().keySet()) {
            List<String> drivers = holders.getOrDefault(id, List.of());
            if (drivers.isEmpty()) {
                violations.add(new Violation(ID, "", List.of(id), 0, 1, MeasureUnit.ASSIGNMENTS,
                        "tour " + id + " is not assigned to any driver"));
            } else if (drivers.size() > 1) {
                String who = String.join(",", drivers);
                violations.add(new Violation(ID, who, List.of(id), drivers.size(), 1, MeasureUnit.ASSIGNMENTS,
                        "tour " + id + " is assigned " + drivers.size() + " times (to " + who
                                + "), expected exactly once"));
            }
        }
        holders.forEach((id, drivers) -> {
            if (!view.instances().containsKey(id)) {
                for (String driver : drivers) {
                    violations.add(new Violation(ID, driver, List.of(id), 1, 0, MeasureUnit.ASSIGNMENTS,
                            driver + " is assigned tour " + id + ", which is not in the forecast"));
                }
            }
        });
        return new CheckResult(ID, violations, List.of());
    }
}
