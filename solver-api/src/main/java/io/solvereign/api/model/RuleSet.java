package io.solvereign.api.model;

import java.util.List;
import java.util.Objects;

/**
 * Every number of the labour rules and the objective (DOMAIN §5-9). All durations in minutes.
 * Changing any field changes {@code solver_config_hash}.
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
                      int maxWeeklyMinutes, int fteMinMinutes, boolean forbidConsecutiveTriples,
                      int freezeMinutes, List<ObjectiveLevel> objectiveOrder, int nearRestMinutes,
                      int nearSpanRegular, int nearSpanLong, int nearSplitBreak, int nearWeeklyMinutes) {

    private static final RuleSet DEFAULTS = new RuleSet(660, 30, 60, 240, 360, 14 * 60, 16 * 60, 16 * 60,
            55 * 60, 40 * 60, true, 720,
            List.of(ObjectiveLevel.PART_TIME, ObjectiveLevel.SPLITS, ObjectiveLevel.SINGLES),
            12 * 60, 12 * 60, 14 * 60, 300, 48 * 60);

    public RuleSet {
        requireNonNegative("minRestMinutes", minRestMinutes);
        requireNonNegative("regularGapMin", regularGapMin);
        requireRange("regularGap", regularGapMin, regularGapMax);
        requireNonNegative("splitBreakMin", splitBreakMin);
        requireRange("splitBreak", splitBreakMin, splitBreakMax);
        if (regularGapMax >= splitBreakMin) {
            throw new IllegalArgumentException("regularGapMax (" + regularGapMax
                    + ") must be below splitBreakMin (" + splitBreakMin + ") so a gap has one meaning");
        }
        requirePositive("maxSpanRegular", maxSpanRegular);
        requirePositive("maxSpanSplit", maxSpanSplit);
        requirePositive("maxSpanTriple", maxSpanTriple);
        requirePositive("maxWeeklyMinutes", maxWeeklyMinutes);
        requireNonNegative("fteMinMinutes", fteMinMinutes);
        requireNonNegative("freezeMinutes", freezeMinutes);
        objectiveOrder = List.copyOf(Objects.requireNonNull(objectiveOrder, "objectiveOrder"));
        if (objectiveOrder.size() != 3 || !objectiveOrder.containsAll(
                List.of(ObjectiveLevel.PART_TIME, ObjectiveLevel.SPLITS, ObjectiveLevel.SINGLES))) {
            throw new IllegalArgumentException("objectiveOrder must be a permutation of PART_TIME, SPLITS, SINGLES, was "
                    + objectiveOrder);
        }
    }

    /** The Vienna pilot's rules (DOMAIN defaults). */
    public static RuleSet defaults() {
        return DEFAULTS;
    }

    /** A copy with another level order after DRIVERS (e.g. singles before splits). */
    public RuleSet withObjectiveOrder(List<ObjectiveLevel> order) {
        return new RuleSet(minRestMinutes, regularGapMin, regularGapMax, splitBreakMin, splitBreakMax,
                maxSpanRegular, maxSpanSplit, maxSpanTriple, maxWeeklyMinutes, fteMinMinutes,
                forbidConsecutiveTriples, freezeMinutes, order, nearRestMinutes, nearSpanRegular, nearSpanLong,
                nearSplitBreak, nearWeeklyMinutes);
    }

    /** A copy with another freeze window. */
    public RuleSet withFreezeMinutes(int minutes) {
        return new RuleSet(minRestMinutes, regularGapMin, regularGapMax, splitBreakMin, splitBreakMax,
                maxSpanRegular, maxSpanSplit, maxSpanTriple, maxWeeklyMinutes, fteMinMinutes,
                forbidConsecutiveTriples, minutes, objectiveOrder, nearRestMinutes, nearSpanRegular, nearSpanLong,
                nearSplitBreak, nearWeeklyMinutes);
    }

    /** A copy with another weekly work cap in minutes. */
    public RuleSet withMaxWeeklyMinutes(int minutes) {
        return new RuleSet(minRestMinutes, regularGapMin, regularGapMax, splitBreakMin, splitBreakMax,
                maxSpanRegular, maxSpanSplit, maxSpanTriple, minutes, fteMinMinutes,
                forbidConsecutiveTriples, freezeMinutes, objectiveOrder, nearRestMinutes, nearSpanRegular, nearSpanLong,
                nearSplitBreak, nearWeeklyMinutes);
    }

    /** A copy with another minimum rest between blocks in minutes. */
    public RuleSet withMinRestMinutes(int minutes) {
        return new RuleSet(minutes, regularGapMin, regularGapMax, splitBreakMin, splitBreakMax,
                maxSpanRegular, maxSpanSplit, maxSpanTriple, maxWeeklyMinutes, fteMinMinutes,
                forbidConsecutiveTriples, freezeMinutes, objectiveOrder, nearRestMinutes, nearSpanRegular, nearSpanLong,
                nearSplitBreak, nearWeeklyMinutes);
    }

    /** A copy that forbids (or allows) a 3er on two consecutive days. */
    public RuleSet withForbidConsecutiveTriples(boolean forbid) {
        return new RuleSet(minRestMinutes, regularGapMin, regularGapMax, splitBreakMin, splitBreakMax,
                maxSpanRegular, maxSpanSplit, maxSpanTriple, maxWeeklyMinutes, fteMinMinutes,
                forbid, freezeMinutes, objectiveOrder, nearRestMinutes, nearSpanRegular, nearSpanLong,
                nearSplitBreak, nearWeeklyMinutes);
    }

    private static void requireNonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
    }

    private static void requireRange(String name, int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException(name + "Max (" + max + ") must be >= " + name + "Min (" + min + ")");
        }
    }
}
