package io.solvereign.engine.assign;

import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;

/**
 * The week rules of DOMAIN §6 on one driver's roster (one block or null per day): rest between
 * consecutive worked blocks, no 3er on consecutive calendar days, weekly cap.
 */
public final class RosterRules {
    private final int rest;
    private final boolean noConsecutiveTriples;
    private final int cap;

    /** Rules taken from the rule set. */
    public RosterRules(RuleSet rules) {
        rest = rules.minRestMinutes();
        noConsecutiveTriples = rules.forbidConsecutiveTriples();
        cap = rules.maxWeeklyMinutes();
    }

    /** Minimum rest in minutes. */
    public int rest() {
        return rest;
    }

    /** Weekly cap in minutes. */
    public int cap() {
        return cap;
    }

    /** True when a 3er after a 3er on the previous day is forbidden. */
    public boolean noConsecutiveTriples() {
        return noConsecutiveTriples;
    }

    /** True when the roster breaks none of the week rules. */
    public boolean legal(TourBlock[] week) {
        return violation(week) == null;
    }

    /** Minutes worked in the roster. */
    public static int minutes(TourBlock[] week) {
        int m = 0;
        for (TourBlock b : week) {
            if (b != null) {
                m += b.minutes;
            }
        }
        return m;
    }

    /** A description of the first broken rule, or null when the roster is legal. */
    public String violation(TourBlock[] week) {
        TourBlock last = null;
        int total = 0;
        for (int d = 0; d < WeekTours.DAYS; d++) {
            TourBlock b = week[d];
            if (b == null) {
                continue;
            }
            if (last != null) {
                if (last.end + rest > b.start) {
                    return "REST: " + (b.start - last.end) + " min between day " + last.day + " and day " + d
                            + ", needs " + rest;
                }
                if (noConsecutiveTriples && b.isTriple() && last.isTriple() && last.day == d - 1) {
                    return "FATIGUE: 3er on day " + (d - 1) + " and day " + d;
                }
            }
            total += b.minutes;
            last = b;
        }
        return total > cap ? "WEEKLY_HOURS: " + total + " min, cap " + cap : null;
    }
}
