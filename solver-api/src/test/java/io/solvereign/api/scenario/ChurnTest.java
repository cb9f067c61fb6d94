package io.solvereign.api.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChurnTest {
    @Test
    void classesFollowTheThresholdsExactly() {
        assertEquals(StabilityClass.VERY_STABLE, StabilityClass.of(Churn.of(0, 100)));
        assertEquals(StabilityClass.VERY_STABLE, StabilityClass.of(Churn.of(4, 100)));
        assertEquals(StabilityClass.STABLE, StabilityClass.of(Churn.of(5, 100)));
        assertEquals(StabilityClass.STABLE, StabilityClass.of(Churn.of(99, 1000)));
        assertEquals(StabilityClass.SENSITIVE, StabilityClass.of(Churn.of(10, 100)));
        assertEquals(StabilityClass.SENSITIVE, StabilityClass.of(Churn.of(199, 1000)));
        assertEquals(StabilityClass.FRAGILE, StabilityClass.of(Churn.of(20, 100)));
        assertThrows(IllegalArgumentException.class, () -> StabilityClass.of(Churn.NOT_MEASURED));
    }

    @Test
    void ratesCompareExactlyAndPrintWithTwoDecimals() {
        assertEquals(0, Churn.of(1, 3).compareRate(Churn.of(2, 6)));
        assertEquals(-1, Integer.signum(Churn.of(1, 4).compareRate(Churn.of(1, 3))));
        assertEquals("33.33", Churn.of(1, 3).percent());
        assertEquals("-", Churn.NOT_MEASURED.percent());
    }
}
