package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.NearViolation;
import io.solvereign.api.audit.Violation;
import io.solvereign.api.model.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * SPAN_REGULAR: every multi-tour day that is not a split (DOMAIN §8) has at most three tours, every
 * gap within {@link RuleSet#regularGapMin()}..{@link RuleSet#regularGapMax()}, and a span of at most
 * {@link RuleSet#maxSpanRegular()} for two tours or {@link RuleSet#maxSpanTriple()} for three (or
 * more). Warns when a two-tour span exceeds {@link RuleSet#nearSpanRegular()} or a longer day's
 * exceeds {@link RuleSet#nearSpanLong()}. Days with overlapping tours are left to OVERLAP.
 */
final class SpanRegularRule implements AuditRule {
    static final String ID = "SPAN_REGULAR";
    private static final int MAX_TOURS = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AuditInput input) {
        RuleSet rules = input.ruleSet();
        List<Violation> violations = new ArrayList<>();
        List<NearViolation> near = new ArrayList<>();
        for (DriverDay day : PlanView.of(input).allDays()) {
            if (day.kind(rules) != DayKind.REGULAR) {
                continue;
            }
            String driver = day.driverId();
            if (day.size() > MAX_TOURS) {
                violations.add(new Violation(ID, driver, day.ids(), day.size(), MAX_TOURS, MeasureUnit.TOURS,
                        day.label() + ": " + day.size() + " tours in one day, at most " + MAX_TOURS));
            }
            for (int i = 0; i + 1 < day.size(); i++) {
                long gap = day.gapAfter(i);
                if (gap < rules.regularGapMin() || gap > rules.regularGapMax()) {
                    long limit = gap < rules.regularGapMin() ? rules.regularGapMin() : rules.regularGapMax();
                    List<String> pair = day.ids().subList(i, i + 2);
                    violations.add(new Violation(ID, driver, pair, gap, limit, MeasureUnit.MINUTES,
                            day.label() + ": gap " + gap + " min between " + pair.get(0) + " and " + pair.get(1)
                                    + " is outside " + rules.regularGapMin() + ".." + rules.regularGapMax() + " min"));
                }
            }
            boolean two = day.size() == 2;
            long span = day.spanMinutes();
            long limit = two ? rules.maxSpanRegular() : rules.maxSpanTriple();
            long warnAbove = two ? rules.nearSpanRegular() : rules.nearSpanLong();
            String what = day.label() + ": span " + span + " min of " + day.size() + " tours " + day.ids();
            if (span > limit) {
                violations.add(new Violation(ID, driver, day.ids(), span, limit, MeasureUnit.MINUTES,
                        what + " exceeds the limit of " + limit + " min"));
            } else if (span > warnAbove) {
                near.add(new NearViolation(ID, driver, day.ids(), span, warnAbove, MeasureUnit.MINUTES,
                        what + " exceeds the warning threshold of " + warnAbove + " min"));
            }
        }
        return new CheckResult(ID, violations, near);
    }
}
