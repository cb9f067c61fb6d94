package io.solvereign.api.model;

import java.util.List;
import java.util.Objects;

/**
 * Every number of the labour rules and the objective (DOMAIN §5-9). All durations in minutes.
 * Changing any field changes {@code solver_config_hash}, except that {@link #maxWorkingDays()} enters
 * it only when the rule is on (below {@value #WEEK_DAYS}), so hashes of plans made before the rule
 * existed stay valid.
 *
 * <p>Build one from the defaults, naming each field you change; every value is checked at once and
 * {@link Builder#build()} checks the fields against each other:
 * <pre>{@code
 * RuleSet rules = RuleSet.defaults().toBuilder().maxWeeklyMinutes(48 * 60).maxWorkingDays(5).build();
 * }</pre>
 *
 * @param minRestMinutes           rest between the end of one block and the start of the next (660)
 * @param regularGapMin            smallest gap inside a 2er-reg or 3er block (30)
 * @param regularGapMax            largest gap inside a 2er-reg or 3er block (60)
 * @param splitBreakMin            smallest break of a 2er-split (240)
 * @param splitBreakMax            largest break of a 2er-split (360)
 * @param maxSpanRegular           span limit of a 2er-reg (840)
 * @param maxSpanSplit             span limit of a 2er-split (960)
 * @param maxSpanTriple            span limit of a 3er (960)
 * @param maxWeeklyMinutes         weekly work cap, sum of tour durations (3300)
 * @param fteMinMinutes            at least this much a week makes a driver full-time (2400)
 * @param forbidConsecutiveTriples no 3er on two consecutive calendar days
 * @param maxWorkingDays           at most this many days with a block in a driver's week; {@value #WEEK_DAYS}
 *                                 (the default) leaves the rule off
 * @param freezeMinutes            an instance is frozen when now >= start - this (720)
 * @param objectiveOrder           levels after DRIVERS, in order; a permutation of PART_TIME, SPLITS, SINGLES
 * @param nearRestMinutes          near-violation warning: rest below this (720)
 * @param nearSpanRegular          near-violation warning: regular span above this (720)
 * @param nearSpanLong             near-violation warning: split or 3er span above this (840)
 * @param nearSplitBreak           near-violation warning: split break below this (300)
 * @param nearWeeklyMinutes        near-violation warning: weekly work above this (2880)
 */
public record RuleSet(int minRestMinutes, int regularGapMin, int regularGapMax, int splitBreakMin,
                      int splitBreakMax, int maxSpanRegular, int maxSpanSplit, int maxSpanTriple,
                      int maxWeeklyMinutes, int fteMinMinutes, boolean forbidConsecutiveTriples, int maxWorkingDays,
                      int freezeMinutes, List<ObjectiveLevel> objectiveOrder, int nearRestMinutes,
                      int nearSpanRegular, int nearSpanLong, int nearSplitBreak, int nearWeeklyMinutes) {

    /** Days of a week: {@link #maxWorkingDays()} at this value is no limit (the rule is off). */
    public static final int WEEK_DAYS = 7;
    /** Minutes of a day: gaps and breaks inside one day's block stay below it. */
    private static final int DAY = 24 * 60;
    /** Minutes of a week: no rest, cap or warning threshold can exceed it. */
    private static final int WEEK = WEEK_DAYS * DAY;
    /** A block's tours start on one day and may end on the next, so its span stays within two days. */
    private static final int TWO_DAYS = 2 * DAY;
    /** Freeze windows may reach into the following weeks (a repair weeks ahead); four weeks at most. */
    private static final int MAX_FREEZE = 4 * WEEK;
    private static final List<ObjectiveLevel> DEFAULT_ORDER =
            List.of(ObjectiveLevel.PART_TIME, ObjectiveLevel.SPLITS, ObjectiveLevel.SINGLES);

    private static final RuleSet DEFAULTS = new RuleSet(660, 30, 60, 240, 360, 14 * 60, 16 * 60, 16 * 60,
            55 * 60, 40 * 60, true, WEEK_DAYS, 720, DEFAULT_ORDER, 12 * 60, 12 * 60, 14 * 60, 300, 48 * 60);

    /**
     * Checks every field (each in its range, then against each other).
     *
     * @param minRestMinutes see the record's description of {@code minRestMinutes}
     * @param regularGapMin see the record's description of {@code regularGapMin}
     * @param regularGapMax see the record's description of {@code regularGapMax}
     * @param splitBreakMin see the record's description of {@code splitBreakMin}
     * @param splitBreakMax see the record's description of {@code splitBreakMax}
     * @param maxSpanRegular see the record's description of {@code maxSpanRegular}
     * @param maxSpanSplit see the record's description of {@code maxSpanSplit}
     * @param maxSpanTriple see the record's description of {@code maxSpanTriple}
     * @param maxWeeklyMinutes see the record's description of {@code maxWeeklyMinutes}
     * @param fteMinMinutes see the record's description of {@code fteMinMinutes}
     * @param forbidConsecutiveTriples see the record's description of {@code forbidConsecutiveTriples}
     * @param maxWorkingDays see the record's description of {@code maxWorkingDays}
     * @param freezeMinutes see the record's description of {@code freezeMinutes}
     * @param objectiveOrder see the record's description of {@code objectiveOrder}
     * @param nearRestMinutes see the record's description of {@code nearRestMinutes}
     * @param nearSpanRegular see the record's description of {@code nearSpanRegular}
     * @param nearSpanLong see the record's description of {@code nearSpanLong}
     * @param nearSplitBreak see the record's description of {@code nearSplitBreak}
     * @param nearWeeklyMinutes see the record's description of {@code nearWeeklyMinutes}
     * @throws IllegalArgumentException one line naming the field, its value and the allowed range
     */
    public RuleSet {
        in("minRestMinutes", minRestMinutes, 0, WEEK);
        in("regularGapMin", regularGapMin, 0, DAY);
        in("regularGapMax", regularGapMax, 0, DAY);
        in("splitBreakMin", splitBreakMin, 0, DAY);
        in("splitBreakMax", splitBreakMax, 0, DAY);
        in("maxSpanRegular", maxSpanRegular, 1, TWO_DAYS);
        in("maxSpanSplit", maxSpanSplit, 1, TWO_DAYS);
        in("maxSpanTriple", maxSpanTriple, 1, TWO_DAYS);
        in("maxWeeklyMinutes", maxWeeklyMinutes, 1, WEEK);
        in("fteMinMinutes", fteMinMinutes, 0, WEEK);
        in("maxWorkingDays", maxWorkingDays, 1, WEEK_DAYS);
        in("freezeMinutes", freezeMinutes, 0, MAX_FREEZE);
        objectiveOrder = order(objectiveOrder);
        in("nearRestMinutes", nearRestMinutes, 0, WEEK);
        in("nearSpanRegular", nearSpanRegular, 0, TWO_DAYS);
        in("nearSpanLong", nearSpanLong, 0, TWO_DAYS);
        in("nearSplitBreak", nearSplitBreak, 0, DAY);
        in("nearWeeklyMinutes", nearWeeklyMinutes, 0, WEEK);
        requireRange("regularGap", regularGapMin, regularGapMax);
        requireRange("splitBreak", splitBreakMin, splitBreakMax);
        if (regularGapMax >= splitBreakMin) {
            throw new IllegalArgumentException("regularGapMax (" + regularGapMax
                    + ") must be below splitBreakMin (" + splitBreakMin + ") so a gap has one meaning");
        }
    }

    /**
     * The Vienna pilot's rules (DOMAIN defaults), with the working-days rule off.
     *
     * @return the default rule set
     */
    public static RuleSet defaults() {
        return DEFAULTS;
    }

    /**
     * A builder that starts from {@link #defaults()}.
     *
     * @return a new builder holding the defaults
     */
    public static Builder newBuilder() {
        return DEFAULTS.toBuilder();
    }

    /**
     * A builder that starts from this rule set's values.
     *
     * @return a new builder holding this rule set's values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * True when {@link #maxWorkingDays()} limits a week (below {@value #WEEK_DAYS}).
     *
     * @return true when the working-days rule is on
     */
    public boolean limitsWorkingDays() {
        return maxWorkingDays < WEEK_DAYS;
    }

    private static void in(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + value);
        }
    }

    private static void requireRange(String name, int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException(name + "Max (" + max + ") must be >= " + name + "Min (" + min + ")");
        }
    }

    private static List<ObjectiveLevel> order(List<ObjectiveLevel> levels) {
        List<ObjectiveLevel> copy = List.copyOf(Objects.requireNonNull(levels, "objectiveOrder"));
        if (copy.size() != 3 || !copy.containsAll(DEFAULT_ORDER)) {
            throw new IllegalArgumentException("objectiveOrder must be a permutation of PART_TIME, SPLITS, SINGLES, was "
                    + copy);
        }
        return copy;
    }

    /**
     * Names each rule it changes; a setter refuses a value outside its range at once, {@link #build()}
     * checks the fields against each other (gap windows, split break above the regular gap). Not
     * thread-safe; every {@code build()} returns a new immutable rule set.
     */
    public static final class Builder {
        private int minRestMinutes;
        private int regularGapMin;
        private int regularGapMax;
        private int splitBreakMin;
        private int splitBreakMax;
        private int maxSpanRegular;
        private int maxSpanSplit;
        private int maxSpanTriple;
        private int maxWeeklyMinutes;
        private int fteMinMinutes;
        private boolean forbidConsecutiveTriples;
        private int maxWorkingDays;
        private int freezeMinutes;
        private List<ObjectiveLevel> objectiveOrder;
        private int nearRestMinutes;
        private int nearSpanRegular;
        private int nearSpanLong;
        private int nearSplitBreak;
        private int nearWeeklyMinutes;

        private Builder(RuleSet r) {
            minRestMinutes = r.minRestMinutes;
            regularGapMin = r.regularGapMin;
            regularGapMax = r.regularGapMax;
            splitBreakMin = r.splitBreakMin;
            splitBreakMax = r.splitBreakMax;
            maxSpanRegular = r.maxSpanRegular;
            maxSpanSplit = r.maxSpanSplit;
            maxSpanTriple = r.maxSpanTriple;
            maxWeeklyMinutes = r.maxWeeklyMinutes;
            fteMinMinutes = r.fteMinMinutes;
            forbidConsecutiveTriples = r.forbidConsecutiveTriples;
            maxWorkingDays = r.maxWorkingDays;
            freezeMinutes = r.freezeMinutes;
            objectiveOrder = r.objectiveOrder;
            nearRestMinutes = r.nearRestMinutes;
            nearSpanRegular = r.nearSpanRegular;
            nearSpanLong = r.nearSpanLong;
            nearSplitBreak = r.nearSplitBreak;
            nearWeeklyMinutes = r.nearWeeklyMinutes;
        }

        /**
         * Rest between two blocks, 0..10080 minutes.
         *
         * @param minutes the new value of {@code minRestMinutes}
         * @return this builder
         */
        public Builder minRestMinutes(int minutes) {
            in("minRestMinutes", minutes, 0, WEEK);
            minRestMinutes = minutes;
            return this;
        }

        /**
         * Smallest gap of a 2er-reg or 3er, 0..1440 minutes.
         *
         * @param minutes the new value of {@code regularGapMin}
         * @return this builder
         */
        public Builder regularGapMin(int minutes) {
            in("regularGapMin", minutes, 0, DAY);
            regularGapMin = minutes;
            return this;
        }

        /**
         * Largest gap of a 2er-reg or 3er, 0..1440 minutes (at least the minimum, below the split break).
         *
         * @param minutes the new value of {@code regularGapMax}
         * @return this builder
         */
        public Builder regularGapMax(int minutes) {
            in("regularGapMax", minutes, 0, DAY);
            regularGapMax = minutes;
            return this;
        }

        /**
         * Smallest break of a 2er-split, 0..1440 minutes (above the largest regular gap).
         *
         * @param minutes the new value of {@code splitBreakMin}
         * @return this builder
         */
        public Builder splitBreakMin(int minutes) {
            in("splitBreakMin", minutes, 0, DAY);
            splitBreakMin = minutes;
            return this;
        }

        /**
         * Largest break of a 2er-split, 0..1440 minutes (at least the minimum).
         *
         * @param minutes the new value of {@code splitBreakMax}
         * @return this builder
         */
        public Builder splitBreakMax(int minutes) {
            in("splitBreakMax", minutes, 0, DAY);
            splitBreakMax = minutes;
            return this;
        }

        /**
         * Span limit of a 2er-reg, 1..2880 minutes.
         *
         * @param minutes the new value of {@code maxSpanRegular}
         * @return this builder
         */
        public Builder maxSpanRegular(int minutes) {
            in("maxSpanRegular", minutes, 1, TWO_DAYS);
            maxSpanRegular = minutes;
            return this;
        }

        /**
         * Span limit of a 2er-split, 1..2880 minutes.
         *
         * @param minutes the new value of {@code maxSpanSplit}
         * @return this builder
         */
        public Builder maxSpanSplit(int minutes) {
            in("maxSpanSplit", minutes, 1, TWO_DAYS);
            maxSpanSplit = minutes;
            return this;
        }

        /**
         * Span limit of a 3er, 1..2880 minutes.
         *
         * @param minutes the new value of {@code maxSpanTriple}
         * @return this builder
         */
        public Builder maxSpanTriple(int minutes) {
            in("maxSpanTriple", minutes, 1, TWO_DAYS);
            maxSpanTriple = minutes;
            return this;
        }

        /**
         * Weekly work cap, 1..10080 minutes.
         *
         * @param minutes the new value of {@code maxWeeklyMinutes}
         * @return this builder
         */
        public Builder maxWeeklyMinutes(int minutes) {
            in("maxWeeklyMinutes", minutes, 1, WEEK);
            maxWeeklyMinutes = minutes;
            return this;
        }

        /**
         * Weekly work that makes a driver full-time, 0..10080 minutes (0: everybody is full-time).
         *
         * @param minutes the new value of {@code fteMinMinutes}
         * @return this builder
         */
        public Builder fteMinMinutes(int minutes) {
            in("fteMinMinutes", minutes, 0, WEEK);
            fteMinMinutes = minutes;
            return this;
        }

        /**
         * Whether a 3er on two consecutive calendar days is forbidden.
         *
         * @param forbid the new value of {@code forbidConsecutiveTriples}
         * @return this builder
         */
        public Builder forbidConsecutiveTriples(boolean forbid) {
            forbidConsecutiveTriples = forbid;
            return this;
        }

        /**
         * At most this many working days a week, 1..7 ({@value RuleSet#WEEK_DAYS}: the rule is off).
         *
         * @param days the new value of {@code maxWorkingDays}
         * @return this builder
         */
        public Builder maxWorkingDays(int days) {
            in("maxWorkingDays", days, 1, WEEK_DAYS);
            maxWorkingDays = days;
            return this;
        }

        /**
         * Freeze window before a tour's start, 0..40320 minutes.
         *
         * @param minutes the new value of {@code freezeMinutes}
         * @return this builder
         */
        public Builder freezeMinutes(int minutes) {
            in("freezeMinutes", minutes, 0, MAX_FREEZE);
            freezeMinutes = minutes;
            return this;
        }

        /**
         * Levels after DRIVERS, a permutation of PART_TIME, SPLITS, SINGLES (e.g. singles before splits).
         *
         * @param order the new value of {@code objectiveOrder}
         * @return this builder
         */
        public Builder objectiveOrder(List<ObjectiveLevel> order) {
            objectiveOrder = order(order);
            return this;
        }

        /**
         * Near-violation warning: rest below this, 0..10080 minutes.
         *
         * @param minutes the new value of {@code nearRestMinutes}
         * @return this builder
         */
        public Builder nearRestMinutes(int minutes) {
            in("nearRestMinutes", minutes, 0, WEEK);
            nearRestMinutes = minutes;
            return this;
        }

        /**
         * Near-violation warning: regular span above this, 0..2880 minutes.
         *
         * @param minutes the new value of {@code nearSpanRegular}
         * @return this builder
         */
        public Builder nearSpanRegular(int minutes) {
            in("nearSpanRegular", minutes, 0, TWO_DAYS);
            nearSpanRegular = minutes;
            return this;
        }

        /**
         * Near-violation warning: split or 3er span above this, 0..2880 minutes.
         *
         * @param minutes the new value of {@code nearSpanLong}
         * @return this builder
         */
        public Builder nearSpanLong(int minutes) {
            in("nearSpanLong", minutes, 0, TWO_DAYS);
            nearSpanLong = minutes;
            return this;
        }

        /**
         * Near-violation warning: split break below this, 0..1440 minutes.
         *
         * @param minutes the new value of {@code nearSplitBreak}
         * @return this builder
         */
        public Builder nearSplitBreak(int minutes) {
            in("nearSplitBreak", minutes, 0, DAY);
            nearSplitBreak = minutes;
            return this;
        }

        /**
         * Near-violation warning: weekly work above this, 0..10080 minutes.
         *
         * @param minutes the new value of {@code nearWeeklyMinutes}
         * @return this builder
         */
        public Builder nearWeeklyMinutes(int minutes) {
            in("nearWeeklyMinutes", minutes, 0, WEEK);
            nearWeeklyMinutes = minutes;
            return this;
        }

        /**
         * The rule set.
         *
         * @return the checked rule set
         * @throws IllegalArgumentException when two fields disagree, e.g.
         *                                  {@code regularGapMax (300) must be below splitBreakMin (240) ...}
         */
        public RuleSet build() {
            return new RuleSet(minRestMinutes, regularGapMin, regularGapMax, splitBreakMin, splitBreakMax,
                    maxSpanRegular, maxSpanSplit, maxSpanTriple, maxWeeklyMinutes, fteMinMinutes,
                    forbidConsecutiveTriples, maxWorkingDays, freezeMinutes, objectiveOrder, nearRestMinutes,
                    nearSpanRegular, nearSpanLong, nearSplitBreak, nearWeeklyMinutes);
        }
    }
}
