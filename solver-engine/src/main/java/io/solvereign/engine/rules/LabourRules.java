package io.solvereign.engine.rules;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.RuleSet;
import java.util.Objects;

/**
 * The labour rules as the engine applies them, in one place (the audit module checks them again on
 * its own). Block rules (DOMAIN §5): a chain of one day's tours, sorted by start, is a 1er, a 2er-reg
 * (gap in the regular window), a 2er-split (gap in the split window; the windows never overlap) or a
 * 3er, each within its span, or illegal. Week rules (DOMAIN §6) on one driver's roster: rest between
 * consecutive worked blocks, no 3er on two consecutive calendar days, the weekly work cap, and, when
 * the rule set turns it on, at most {@link RuleSet#maxWorkingDays()} working days.
 *
 * <p>Three questions cover every caller: {@link #classify} (is this a block), {@link #violation} /
 * {@link #fits} (is this roster, or this change of one day, legal) and {@link #allows} (may a
 * driver, given his week so far, take this block next). The bound networks and the Hall loads of
 * block selection model rest, fatigue and the cap as graph structure through {@link #restEnd},
 * {@link #forbidsConsecutiveTriples} and {@link #weeklyCapMinutes}; a rule they leave out only
 * relaxes their networks, so the bounds stay valid lower bounds. They leave out the working-days
 * limit: every roster that keeps it is still a path of the networks, so the driver bound and the
 * part-time bound computed without it remain certified (only possibly weaker).
 */
public final class LabourRules {
    private final int regGapMin;
    private final int regGapMax;
    private final int splitMin;
    private final int splitMax;
    private final int spanRegular;
    private final int spanSplit;
    private final int spanTriple;
    private final int rest;
    private final boolean noConsecutiveTriples;
    private final int cap;
    private final int maxDays;

    private LabourRules(RuleSet r) {
        regGapMin = r.regularGapMin();
        regGapMax = r.regularGapMax();
        splitMin = r.splitBreakMin();
        splitMax = r.splitBreakMax();
        spanRegular = r.maxSpanRegular();
        spanSplit = r.maxSpanSplit();
        spanTriple = r.maxSpanTriple();
        rest = r.minRestMinutes();
        noConsecutiveTriples = r.forbidConsecutiveTriples();
        cap = r.maxWeeklyMinutes();
        maxDays = r.maxWorkingDays();
    }

    /** The rules of the rule set. */
    public static LabourRules of(RuleSet rules) {
        return new LabourRules(Objects.requireNonNull(rules, "rules"));
    }

    // ---- DOMAIN §5: blocks of one day ----

    /** True when a gap (end of one tour to start of the next) fits a regular block. */
    public boolean regularGap(int gap) {
        return gap >= regGapMin && gap <= regGapMax;
    }

    /** True when a gap fits the break of a split block. */
    public boolean splitGap(int gap) {
        return gap >= splitMin && gap <= splitMax;
    }

    /** True when a 2er-split of this span (first start to last end) is allowed. */
    public boolean splitSpan(int span) {
        return span <= spanSplit;
    }

    /** Smallest gap any multi-tour block allows. */
    public int minGap() {
        return regGapMin;
    }

    /** Largest gap any multi-tour block allows. */
    public int maxGap() {
        return splitMax;
    }

    /** Smallest split break. */
    public int minSplitGap() {
        return splitMin;
    }

    /** Largest regular gap. */
    public int maxRegularGap() {
        return regGapMax;
    }

    /** Largest split span, for messages. */
    public int maxSplitSpan() {
        return spanSplit;
    }

    /**
     * True when a tour ending at {@code end} may be directly followed, in one block, by a tour starting
     * at {@code start} (the gap fits a regular or a split block): necessary for every block in which
     * these two tours are neighbours, so a false answer settles that {@link #classify} rejects it.
     */
    public boolean mayFollowInBlock(int end, int start) {
        int gap = start - end;
        return regularGap(gap) || splitGap(gap);
    }

    /** Type of the two-tour block (s0,e0),(s1,e1) with s0 <= s1, or null when illegal. */
    public BlockType pair(int s0, int e0, int s1, int e1) {
        int gap = s1 - e0;
        int span = Math.max(e0, e1) - s0;
        if (regularGap(gap) && span <= spanRegular) {
            return BlockType.DOUBLE_REGULAR;
        }
        if (splitGap(gap) && splitSpan(span)) {
            return BlockType.DOUBLE_SPLIT;
        }
        return null;
    }

    /** Type of the three-tour block, or null when illegal. */
    public BlockType triple(int s0, int e0, int s1, int e1, int s2, int e2) {
        if (regularGap(s1 - e0) && regularGap(s2 - e1) && e2 - s0 <= spanTriple) {
            return BlockType.TRIPLE;
        }
        return null;
    }

    /**
     * Type of the chain given by starts and ends of its tours in order, or null when illegal.
     *
     * @param n number of tours used from the arrays (1..3; more is illegal)
     */
    public BlockType classify(int[] s, int[] e, int n) {
        return switch (n) {
            case 1 -> BlockType.SINGLE;
            case 2 -> pair(s[0], e[0], s[1], e[1]);
            case 3 -> triple(s[0], e[0], s[1], e[1], s[2], e[2]);
            default -> null;
        };
    }

    // ---- DOMAIN §6: a driver's week ----

    /** True when the roster (one block or null per day index) breaks none of the week rules. */
    public boolean legal(WorkBlock[] week) {
        // The checks of violation() without building its message: the re-matchings ask this per matrix cell.
        WorkBlock last = null;
        int total = 0;
        int days = 0;
        for (int d = 0; d < week.length; d++) {
            WorkBlock b = week[d];
            if (b == null) {
                continue;
            }
            if (last != null && (!restBetween(last, b) || tired(last, last.day(), b, d))) {
                return false;
            }
            total += b.minutes();
            days++;
            last = b;
        }
        return withinWeeklyCap(total) && days <= maxDays;
    }

    /** A description of the first broken week rule, or null when the roster is legal. */
    public String violation(WorkBlock[] week) {
        WorkBlock last = null;
        int total = 0;
        int days = 0;
        for (int d = 0; d < week.length; d++) {
            WorkBlock b = week[d];
            if (b == null) {
                continue;
            }
            if (last != null) {
                if (!restBetween(last, b)) {
                    return "REST: " + (b.start() - last.end()) + " min between day " + last.day() + " and day " + d
                            + ", needs " + rest;
                }
                if (tired(last, last.day(), b, d)) {
                    return "FATIGUE: 3er on day " + (d - 1) + " and day " + d;
                }
            }
            total += b.minutes();
            days++;
            last = b;
        }
        if (!withinWeeklyCap(total)) {
            return "WEEKLY_HOURS: " + total + " min, cap " + cap;
        }
        return days <= maxDays ? null : "WORKING_DAYS: " + days + " days, at most " + maxDays;
    }

    /**
     * True when a week that works {@code tours[d]} tours of {@code tourMinutes} each on day index d
     * (0 = off; 3 tours make a 3er) keeps the week rules that do not depend on clock times: fatigue,
     * the weekly cap and the working days. Rest is not checked (the count model of the selection).
     */
    public boolean countsLegal(int[] tours, int tourMinutes) {
        long total = 0;
        int days = 0;
        for (int d = 0; d < tours.length; d++) {
            total += (long) tours[d] * tourMinutes;
            days += tours[d] > 0 ? 1 : 0;
            if (d > 0 && tired(tours[d - 1] == 3, d - 1, tours[d] == 3, d)) {
                return false;
            }
        }
        return withinWeeklyCap(total) && days <= maxDays;
    }

    /**
     * True when a legal roster stays legal with {@code b} (null for a day off) on {@code day}: the
     * check of a change of one day, local around that day (rest to the previous and next worked
     * blocks, no 3er next to a 3er, weekly cap, working days).
     *
     * @param days        the roster before the change, one block or null per day index
     * @param weekMinutes its work minutes
     */
    public boolean fits(WorkBlock[] days, int weekMinutes, int day, WorkBlock b) {
        WorkBlock old = days[day];
        int total = weekMinutes - (old == null ? 0 : old.minutes()) + (b == null ? 0 : b.minutes());
        if (!withinWeeklyCap(total)) {
            return false;
        }
        if (b != null && old == null && workingDays(days) + 1 > maxDays) {
            return false;
        }
        WorkBlock prev = null;
        for (int d = day - 1; d >= 0 && prev == null; d--) {
            prev = days[d];
        }
        WorkBlock next = null;
        for (int d = day + 1; d < days.length && next == null; d++) {
            next = days[d];
        }
        if (b == null) {
            return prev == null || next == null || restBetween(prev, next);
        }
        if (prev != null && !restBetween(prev, b)) {
            return false;
        }
        if (next != null && !restBetween(b, next)) {
            return false;
        }
        return !(prev != null && tired(prev, prev.day(), b, day) || next != null && tired(b, day, next, next.day()));
    }

    /**
     * True when the week of {@code before}'s days, a block on {@code day} and {@code after}'s days is
     * legal: the answer of {@link #legal} for that week, from what {@link #before} and {@link #after}
     * kept of the two sides (for asking about many blocks and sides without building the weeks).
     */
    public boolean legal(Side before, int day, int start, int end, int minutes, boolean triple, Side after) {
        // Non-short-circuit: every term is a cheap comparison, and without branches the JIT has no rarely
        // taken one to compile away and then recompile for.
        return before.legal & after.legal & withinWeeklyCap(before.minutes + minutes + after.minutes)
                & before.days + 1 + after.days <= maxDays & before.edge <= start & restEnd(end) <= after.edge
                & !(triple & (before.barsTriple | after.barsTriple));
    }

    /** Fills {@code into} with the days of {@code days} before {@code day}, for {@link #legal(Side, int, int, int, int, boolean, Side)}. */
    public void before(WorkBlock[] days, int day, Side into) {
        WorkBlock last = side(days, 0, day, into);
        into.edge = last == null ? Long.MIN_VALUE : restEnd(last.end());
        into.barsTriple = last != null && tired(last.isTriple(), last.day(), true, day);
    }

    /** Fills {@code into} with the days of {@code days} after {@code day}, for {@link #legal(Side, int, int, int, int, boolean, Side)}. */
    public void after(WorkBlock[] days, int day, Side into) {
        side(days, day + 1, days.length, into);
        int first = day + 1;
        while (first < days.length && days[first] == null) {
            first++;
        }
        into.edge = first < days.length ? days[first].start() : Long.MAX_VALUE;
        into.barsTriple = first < days.length && tired(true, day, days[first].isTriple(), first);
    }

    /** The checks of {@link #legal} on days {@code from..to-1} into {@code into}; the last worked block or null. */
    private WorkBlock side(WorkBlock[] days, int from, int to, Side into) {
        WorkBlock last = null;
        boolean ok = true;
        long total = 0;
        int n = 0;
        for (int d = from; d < to; d++) {
            WorkBlock b = days[d];
            if (b == null) {
                continue;
            }
            if (last != null && (!restBetween(last, b) || tired(last, last.day(), b, d))) {
                ok = false;
            }
            total += b.minutes();
            n++;
            last = b;
        }
        into.legal = ok;
        into.minutes = total;
        into.days = n;
        return last;
    }

    /** The worked days of a roster on one side of a day, as {@link #before} and {@link #after} keep them. */
    public static final class Side {
        private boolean legal;
        private long minutes;
        private int days;
        /** Before: the earliest start the rest rule allows on the day; after: the next worked block's start. */
        private long edge;
        /** True when a 3er on the day would follow or precede a 3er on the next worked day (fatigue). */
        private boolean barsTriple;
    }

    /**
     * True when a driver whose week so far is {@code week} may take {@code b} on a later day: rest from
     * his last block, fatigue, the weekly cap and the working days hold.
     */
    public boolean allows(WeekSoFar week, WorkBlock b) {
        if (!mayWorkOn(week, b.day()) || !withinWeeklyCap((long) week.minutes() + b.minutes())) {
            return false;
        }
        WorkBlock last = week.last();
        return last == null || restBetween(last, b) && !tired(last, last.day(), b, b.day());
    }

    /**
     * True when the driver may work on {@code day} at all, whatever the block (the rules that do not
     * depend on the block's times). A sweep over a day's blocks admits only such drivers.
     */
    public boolean mayWorkOn(WeekSoFar week, int day) {
        return week.days() < maxDays;
    }

    /** The earliest start of the driver's next block under the rest rule; {@link Long#MIN_VALUE} before his first. */
    public long earliestStart(WeekSoFar week) {
        WorkBlock last = week.last();
        return last == null ? Long.MIN_VALUE : (long) restEnd(last.end());
    }

    /** True when the fatigue rule bars the driver from a 3er on {@code day}. */
    public boolean tripleBarred(WeekSoFar week, int day) {
        WorkBlock last = week.last();
        return noConsecutiveTriples && last != null && last.isTriple() && last.day() == day - 1;
    }

    // ---- the rules as the bound networks and the Hall loads model them ----

    /** The earliest start of a next block after a block that ends at {@code end} (end + rest). */
    public int restEnd(int end) {
        return end + rest;
    }

    /** True when a 3er on two consecutive calendar days is forbidden. */
    public boolean forbidsConsecutiveTriples() {
        return noConsecutiveTriples;
    }

    /** The weekly work cap in minutes. */
    public int weeklyCapMinutes() {
        return cap;
    }

    /** True when this much work in a week keeps the cap. */
    public boolean withinWeeklyCap(long minutes) {
        return minutes <= cap;
    }

    private static int workingDays(WorkBlock[] days) {
        int n = 0;
        for (WorkBlock b : days) {
            n += b == null ? 0 : 1;
        }
        return n;
    }

    private boolean restBetween(WorkBlock before, WorkBlock after) {
        return restEnd(before.end()) <= after.start();
    }

    /** True when the fatigue rule forbids {@code after} on {@code afterDay} after {@code before} on {@code beforeDay}. */
    private boolean tired(WorkBlock before, int beforeDay, WorkBlock after, int afterDay) {
        return tired(before.isTriple(), beforeDay, after.isTriple(), afterDay);
    }

    /** The fatigue rule: no 3er on two consecutive days (when the rule set has it). */
    private boolean tired(boolean tripleBefore, int beforeDay, boolean tripleAfter, int afterDay) {
        return noConsecutiveTriples && tripleBefore && tripleAfter && beforeDay == afterDay - 1;
    }
}
