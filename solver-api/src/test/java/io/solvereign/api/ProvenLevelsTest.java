package io.solvereign.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.ObjectiveLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which levels a plan proves: the longest prefix of the lexicographic order whose levels meet their bounds. */
class ProvenLevelsTest {
    private static final List<ObjectiveLevel> DEFAULT = List.of(ObjectiveLevel.PART_TIME, ObjectiveLevel.SPLITS,
            ObjectiveLevel.SINGLES);
    private static final List<ObjectiveLevel> SINGLES_FIRST = List.of(ObjectiveLevel.PART_TIME,
            ObjectiveLevel.SINGLES, ObjectiveLevel.SPLITS);

    /** 10 drivers, bound {@code lb}, {@code pt} part-timers with bound {@code ptLb}, then splits and singles. */
    private static Kpis kpis(int lb, int pt, int ptLb, int splits, int singles) {
        return new Kpis(10, 10 - pt, pt, 40, singles, 5, splits, 5, 24000, 600, 3000, lb, ptLb);
    }

    @Test
    void nothingIsProvenAboveTheDriverBound() {
        assertEquals(List.of(), SolveResult.provenLevels(kpis(9, 0, 0, 0, 0), DEFAULT));
    }

    @Test
    void driversOnlyWhilePartTimeIsAboveItsBound() {
        assertEquals(List.of(ObjectiveLevel.DRIVERS), SolveResult.provenLevels(kpis(10, 3, 2, 0, 0), DEFAULT));
    }

    @Test
    void partTimeAtItsBoundIsProvenEvenWhenNotZero() {
        assertEquals(List.of(ObjectiveLevel.DRIVERS, ObjectiveLevel.PART_TIME),
                SolveResult.provenLevels(kpis(10, 2, 2, 4, 0), DEFAULT));
    }

    @Test
    void aLaterZeroCountsOnlyAfterEveryEarlierLevel() {
        // Singles are 0 but splits (ranked before them) are not: singles are not proven.
        assertEquals(List.of(ObjectiveLevel.DRIVERS, ObjectiveLevel.PART_TIME),
                SolveResult.provenLevels(kpis(10, 0, 0, 4, 0), DEFAULT));
        assertEquals(List.of(ObjectiveLevel.DRIVERS, ObjectiveLevel.PART_TIME, ObjectiveLevel.SINGLES),
                SolveResult.provenLevels(kpis(10, 0, 0, 4, 0), SINGLES_FIRST));
    }

    @Test
    void everyLevelProven() {
        assertEquals(List.of(ObjectiveLevel.DRIVERS, ObjectiveLevel.PART_TIME, ObjectiveLevel.SPLITS,
                ObjectiveLevel.SINGLES), SolveResult.provenLevels(kpis(10, 1, 1, 0, 0), DEFAULT));
    }
}
