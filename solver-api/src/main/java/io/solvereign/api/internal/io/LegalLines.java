package io.solvereign.api.internal.io;

import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import java.util.Optional;

/**
 * Whether a tour line can be held by any legal block (DOMAIN §5, §8), judged on the wall clock of
 * its day: a single tour is at best a one-tour day, which SPAN_REGULAR limits to
 * {@link RuleSet#maxSpanRegular()}; the two parts of a split line go to one driver, so their gap
 * decides the block (a regular gap makes a 2er-reg, any other a 2er-split) and that block's limits
 * must hold. The parser reports a line that fails as {@code NO_LEGAL_BLOCK} under the built-in site
 * rules, so it can never be planned.
 */
final class LegalLines {
    private LegalLines() {
    }

    /** Why no legal block holds the line, or empty when one can. */
    static Optional<String> whyNoBlock(Fingerprint fp, RuleSet rules) {
        String line = "'" + fp.canonicalLine() + "'";
        if (fp.parts().size() == 1) {
            int d = fp.parts().get(0).durationMinutes();
            return d <= rules.maxSpanRegular() ? Optional.empty()
                    : Optional.of(line + " lasts " + Durations.hours(d) + "; no legal block holds it: a one-tour day is "
                    + "judged by SPAN_REGULAR, at most " + Durations.hours(rules.maxSpanRegular())
                    + " (max_span_regular); maybe start and end are swapped");
        }
        TimeRange first = fp.parts().get(0);
        TimeRange second = fp.parts().get(1);
        int gap = second.startMinute() - first.endMinute();
        int span = second.endMinute() - first.startMinute();
        if (gap >= rules.regularGapMin() && gap <= rules.regularGapMax()) {
            return span <= rules.maxSpanRegular() ? Optional.empty()
                    : Optional.of(line + " spans " + Durations.hours(span) + "; its parts make a 2er-reg, which "
                    + "SPAN_REGULAR limits to " + Durations.hours(rules.maxSpanRegular()) + " (max_span_regular)");
        }
        if (gap < rules.splitBreakMin() || gap > rules.splitBreakMax()) {
            return Optional.of(line + " has a break of " + gap + " min; a split's break is " + rules.splitBreakMin()
                    + ".." + rules.splitBreakMax() + " min (SPAN_SPLIT, split_break_min..split_break_max)");
        }
        return span <= rules.maxSpanSplit() ? Optional.empty()
                : Optional.of(line + " spans " + Durations.hours(span) + "; SPAN_SPLIT limits a split to "
                + Durations.hours(rules.maxSpanSplit()) + " (max_span_split)");
    }
}
