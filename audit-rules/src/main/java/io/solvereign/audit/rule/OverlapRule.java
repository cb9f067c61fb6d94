package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.Violation;
import io.solvereign.api.model.TourInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * OVERLAP: no driver works two tours at the same absolute time, across day boundaries too (a tour
 * crossing midnight against the next morning's). One violation per overlapping pair, measured in
 * minutes of overlap against a limit of 0. Touching tours (end equals start) do not overlap.
 *
 * <p>Per driver the tours are sorted by start, so the inner scan stops at the first tour starting
 * after the current one ends: O(n log n + overlaps) per driver.
 */
final class OverlapRule implements AuditRule {
    static final String ID = "OVERLAP";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AuditInput input) {
        List<Violation> violations = new ArrayList<>();
        PlanView.of(input).toursByDriver().forEach((driver, tours) -> {
            for (int i = 0; i < tours.size(); i++) {
                TourInstance a = tours.get(i);
                for (int j = i + 1; j < tours.size() && tours.get(j).start().isBefore(a.end()); j++) {
                    TourInstance b = tours.get(j);
                    Instant overlapEnd = a.end().isBefore(b.end()) ? a.end() : b.end();
                    long minutes = DriverDay.minutes(b.start(), overlapEnd);
                    violations.add(new Violation(ID, driver, List.of(a.id(), b.id()), minutes, 0, MeasureUnit.MINUTES,
                            driver + ": tours " + a.id() + " and " + b.id() + " overlap by " + minutes
                                    + " min (limit 0)"));
                }
            }
        });
        return new CheckResult(ID, violations, List.of());
    }
}
