package io.solvereign.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule set's builder: one named setter per rule, each checked at once, and build() across fields. */
class RuleSetTest {

    @Test
    void defaultsAreTheDomainNumbers() {
        RuleSet d = RuleSet.defaults();
        assertEquals(List.of(660, 30, 60, 240, 360, 840, 960, 960, 3300, 2400, 720, 720, 720, 840, 300, 2880),
                List.of(d.minRestMinutes(), d.regularGapMin(), d.regularGapMax(), d.splitBreakMin(), d.splitBreakMax(),
                        d.maxSpanRegular(), d.maxSpanSplit(), d.maxSpanTriple(), d.maxWeeklyMinutes(), d.fteMinMinutes(),
                        d.freezeMinutes(), d.nearRestMinutes(), d.nearSpanRegular(), d.nearSpanLong(), d.nearSplitBreak(),
                        d.nearWeeklyMinutes()));
        assertTrue(d.forbidConsecutiveTriples());
        assertEquals(RuleSet.WEEK_DAYS, d.maxWorkingDays());
        assertFalse(d.limitsWorkingDays(), "the working-days rule is off by default");
        assertTrue(d.toBuilder().maxWorkingDays(5).build().limitsWorkingDays());
        assertEquals(List.of(ObjectiveLevel.PART_TIME, ObjectiveLevel.SPLITS, ObjectiveLevel.SINGLES), d.objectiveOrder());
    }

    @Test
    void anUntouchedBuilderGivesBackTheSameRules() {
        assertEquals(RuleSet.defaults(), RuleSet.newBuilder().build());
        RuleSet custom = RuleSet.defaults().toBuilder().maxWeeklyMinutes(48 * 60).minRestMinutes(600).build();
        assertEquals(custom, custom.toBuilder().build());
    }

    @Test
    void eachSetterChangesOnlyItsField() {
        RuleSet d = RuleSet.defaults();
        RuleSet r = d.toBuilder().maxWeeklyMinutes(48 * 60).build();
        assertEquals(48 * 60, r.maxWeeklyMinutes());
        assertEquals(d, r.toBuilder().maxWeeklyMinutes(d.maxWeeklyMinutes()).build());
        RuleSet all = d.toBuilder().minRestMinutes(600).regularGapMin(20).regularGapMax(70).splitBreakMin(200)
                .splitBreakMax(400).maxSpanRegular(800).maxSpanSplit(900).maxSpanTriple(1000).maxWeeklyMinutes(3000)
                .fteMinMinutes(2000).forbidConsecutiveTriples(false).freezeMinutes(60)
                .objectiveOrder(List.of(ObjectiveLevel.SINGLES, ObjectiveLevel.SPLITS, ObjectiveLevel.PART_TIME))
                .nearRestMinutes(700).nearSpanRegular(700).nearSpanLong(800).nearSplitBreak(310).nearWeeklyMinutes(2700)
                .build();
        assertEquals(List.of(600, 20, 70, 200, 400, 800, 900, 1000, 3000, 2000, 60, 700, 700, 800, 310, 2700),
                List.of(all.minRestMinutes(), all.regularGapMin(), all.regularGapMax(), all.splitBreakMin(),
                        all.splitBreakMax(), all.maxSpanRegular(), all.maxSpanSplit(), all.maxSpanTriple(),
                        all.maxWeeklyMinutes(), all.fteMinMinutes(), all.freezeMinutes(), all.nearRestMinutes(),
                        all.nearSpanRegular(), all.nearSpanLong(), all.nearSplitBreak(), all.nearWeeklyMinutes()));
        assertEquals(false, all.forbidConsecutiveTriples());
        assertEquals(ObjectiveLevel.SINGLES, all.objectiveOrder().get(0));
        assertNotEquals(d, all);
    }

    @ParameterizedTest
    @CsvSource({
        "minRestMinutes, -1, 'minRestMinutes must be in 0..10080, was -1'",
        "minRestMinutes, 10081, 'minRestMinutes must be in 0..10080, was 10081'",
        "regularGapMin, -5, 'regularGapMin must be in 0..1440, was -5'",
        "regularGapMax, 1441, 'regularGapMax must be in 0..1440, was 1441'",
        "splitBreakMin, -1, 'splitBreakMin must be in 0..1440, was -1'",
        "splitBreakMax, 2000, 'splitBreakMax must be in 0..1440, was 2000'",
        "maxSpanRegular, 0, 'maxSpanRegular must be in 1..2880, was 0'",
        "maxSpanSplit, 3000, 'maxSpanSplit must be in 1..2880, was 3000'",
        "maxSpanTriple, -1, 'maxSpanTriple must be in 1..2880, was -1'",
        "maxWeeklyMinutes, 0, 'maxWeeklyMinutes must be in 1..10080, was 0'",
        "fteMinMinutes, 20000, 'fteMinMinutes must be in 0..10080, was 20000'",
        "freezeMinutes, -1, 'freezeMinutes must be in 0..40320, was -1'",
        "maxWorkingDays, 0, 'maxWorkingDays must be in 1..7, was 0'",
        "maxWorkingDays, 8, 'maxWorkingDays must be in 1..7, was 8'",
        "nearRestMinutes, -1, 'nearRestMinutes must be in 0..10080, was -1'",
        "nearSpanRegular, 3000, 'nearSpanRegular must be in 0..2880, was 3000'",
        "nearSpanLong, -2, 'nearSpanLong must be in 0..2880, was -2'",
        "nearSplitBreak, 1500, 'nearSplitBreak must be in 0..1440, was 1500'",
        "nearWeeklyMinutes, 10081, 'nearWeeklyMinutes must be in 0..10080, was 10081'",
    })
    void aSetterRefusesAValueOutOfRangeAtOnceNamingFieldAndRange(String field, int value, String message) {
        RuleSet.Builder b = RuleSet.newBuilder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> setter(field).accept(b, value));
        assertEquals(message, e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertEquals(RuleSet.defaults(), b.build(), "a refused value leaves the builder unchanged");
    }

    @Test
    void buildChecksTheFieldsAgainstEachOther() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleSet.newBuilder().regularGapMax(300).build());
        assertEquals("regularGapMax (300) must be below splitBreakMin (240) so a gap has one meaning", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RuleSet.newBuilder().regularGapMin(90).build());
        assertEquals("regularGapMax (60) must be >= regularGapMin (90)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RuleSet.newBuilder().splitBreakMax(200).build());
        assertEquals("splitBreakMax (200) must be >= splitBreakMin (240)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RuleSet.newBuilder()
                .objectiveOrder(List.of(ObjectiveLevel.SPLITS, ObjectiveLevel.SPLITS, ObjectiveLevel.SINGLES)));
        assertTrue(e.getMessage().startsWith("objectiveOrder must be a permutation of PART_TIME, SPLITS, SINGLES"),
                e.getMessage());
        // The same limits hold together when set in an order that passes through a bad state.
        RuleSet wide = RuleSet.newBuilder().regularGapMax(200).splitBreakMin(250).build();
        assertEquals(200, wide.regularGapMax());
    }

    private interface IntSetter {
        void accept(RuleSet.Builder b, int value);
    }

    private static IntSetter setter(String field) {
        return switch (field) {
            case "minRestMinutes" -> RuleSet.Builder::minRestMinutes;
            case "regularGapMin" -> RuleSet.Builder::regularGapMin;
            case "regularGapMax" -> RuleSet.Builder::regularGapMax;
            case "splitBreakMin" -> RuleSet.Builder::splitBreakMin;
            case "splitBreakMax" -> RuleSet.Builder::splitBreakMax;
            case "maxSpanRegular" -> RuleSet.Builder::maxSpanRegular;
            case "maxSpanSplit" -> RuleSet.Builder::maxSpanSplit;
            case "maxSpanTriple" -> RuleSet.Builder::maxSpanTriple;
            case "maxWeeklyMinutes" -> RuleSet.Builder::maxWeeklyMinutes;
            case "fteMinMinutes" -> RuleSet.Builder::fteMinMinutes;
            case "freezeMinutes" -> RuleSet.Builder::freezeMinutes;
            case "maxWorkingDays" -> RuleSet.Builder::maxWorkingDays;
            case "nearRestMinutes" -> RuleSet.Builder::nearRestMinutes;
            case "nearSpanRegular" -> RuleSet.Builder::nearSpanRegular;
            case "nearSpanLong" -> RuleSet.Builder::nearSpanLong;
            case "nearSplitBreak" -> RuleSet.Builder::nearSplitBreak;
            case "nearWeeklyMinutes" -> RuleSet.Builder::nearWeeklyMinutes;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
