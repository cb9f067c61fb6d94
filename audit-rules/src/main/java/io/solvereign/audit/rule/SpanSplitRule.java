package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * SPAN_SPLIT: a two-tour day whose gap is outside the regular range is a split; its break lies in
 * {@link RuleSet#splitBreakMin()}..{@link RuleSet#splitBreakMax()} and its span is at most
 * {@link RuleSet#maxSpanSplit()}. Warns when the span exceeds {@link RuleSet#nearSpanLong()} or the
 * break is below {@link RuleSet#nearSplitBreak()}. Also checks that the two parts of a forecast
 * split line ({@code +}, DOMAIN §2) went to one driver: a pair held by two drivers is a violation.
 */
final class SpanSplitRule implements AuditRule {
    static final String ID = "SPAN_SPLIT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AuditInput input) {
        RuleSet rules = input.ruleSet();
        PlanView view = PlanView.of(input);
        Findings findings = new Findings(ID);
        for (DriverDay day : view.allDays()) {
            if (day.kind(rules) == DayKind.SPLIT) {
                judge(day, rules, findings);
            }
        }
        pairs(view, findings);
        return findings.result();
    }

    private static void judge(DriverDay day, RuleSet rules, Findings findings) {
        String driver = day.driverId();
        long gap = day.gapAfter(0);
        String breakText = day.label() + ": split break " + gap + " min between " + day.ids().get(0) + " and "
                + day.ids().get(1);
        if (findings.within(driver, day.ids(), gap, rules.splitBreakMin(), rules.splitBreakMax(), MeasureUnit.MINUTES,
                breakText)) {
            findings.atLeast(driver, day.ids(), gap, rules.splitBreakMin(), rules.nearSplitBreak(), MeasureUnit.MINUTES,
                    breakText);
        }
        long span = day.spanMinutes();
        findings.atMost(driver, day.ids(), span, rules.maxSpanSplit(), rules.nearSpanLong(), MeasureUnit.MINUTES,
                day.label() + ": split span " + span + " min " + day.ids());
    }

    /** Reports each split pair once (from its first part) when its parts went to different drivers. */
    private static void pairs(PlanView view, Findings findings) {
        Map<String, List<String>> holders = view.holders();
        for (TourInstance t : view.instances().values()) {
            String partner = t.splitPartner();
            if (partner.isEmpty() || t.id().compareTo(partner) > 0
                    || !holders.containsKey(t.id()) || !holders.containsKey(partner)) {
                continue; // a missing part is COVERAGE's finding
            }
            TreeSet<String> drivers = new TreeSet<>(holders.get(t.id()));
            drivers.addAll(holders.get(partner));
            if (drivers.size() > 1) {
                String who = String.join(",", drivers);
                findings.violation(who, List.of(t.id(), partner), drivers.size(), 1, MeasureUnit.DRIVERS,
                        "split pair " + t.id() + " + " + partner + " is shared by " + who
                                + "; both parts go to one driver");
            }
        }
    }
}
