package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.model.RuleSet;
import java.util.List;

/**
 * SPAN_REGULAR: every day that is not a split (DOMAIN §8), one-tour days included, has at most three
 * tours, every gap within {@link RuleSet#regularGapMin()}..{@link RuleSet#regularGapMax()}, and a
 * span of at most {@link RuleSet#maxSpanRegular()} for one or two tours or
 * {@link RuleSet#maxSpanTriple()} for three (or more), so a 23 h tour alone on its day fails. Warns
 * when a one- or two-tour span exceeds {@link RuleSet#nearSpanRegular()} or a longer day's exceeds
 * {@link RuleSet#nearSpanLong()}. Days with overlapping tours are left to OVERLAP.
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
        Findings findings = new Findings(ID);
        for (DriverDay day : PlanView.of(input).allDays()) {
            DayKind kind = day.kind(rules);
            if (kind != DayKind.REGULAR && kind != DayKind.SINGLE) {
                continue;
            }
            String driver = day.driverId();
            if (day.size() > MAX_TOURS) {
                findings.violation(driver, day.ids(), day.size(), MAX_TOURS, MeasureUnit.TOURS,
                        day.label() + ": " + day.size() + " tours in one day, at most " + MAX_TOURS);
            }
            for (int i = 0; i + 1 < day.size(); i++) {
                List<String> pair = day.ids().subList(i, i + 2);
                findings.within(driver, pair, day.gapAfter(i), rules.regularGapMin(), rules.regularGapMax(),
                        MeasureUnit.MINUTES, day.label() + ": gap " + day.gapAfter(i) + " min between " + pair.get(0)
                                + " and " + pair.get(1));
            }
            boolean two = day.size() <= 2; // one or two tours: the regular limits
            long span = day.spanMinutes();
            findings.atMost(driver, day.ids(), span, two ? rules.maxSpanRegular() : rules.maxSpanTriple(),
                    two ? rules.nearSpanRegular() : rules.nearSpanLong(), MeasureUnit.MINUTES,
                    day.label() + ": span " + span + " min of " + day.size() + " tours " + day.ids());
        }
        return findings.result();
    }
}
