package io.solvereign.api.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChurnReportTest {

    private static ChurnReport of(int changed, int total) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < changed; i++) {
            ids.add("t" + i);
        }
        return new ChurnReport(changed, total, List.of(), ids, List.of());
    }

    @Test
    void percentAndThreshold() {
        ChurnReport c = of(28, 1385);
        assertEquals(202, c.basisPoints());
        assertEquals("2.02", c.percent());
        assertTrue(c.isBelowPercent(20));
        assertFalse(of(277, 1385).isBelowPercent(20), "exactly 20 % is not below 20 %");
        assertTrue(of(276, 1385).isBelowPercent(20));
        assertEquals("0.00", of(0, 0).percent());
        assertEquals("100.00", of(3, 3).percent());
    }

    @Test
    void inconsistentFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> of(4, 3));
        assertThrows(IllegalArgumentException.class, () -> new ChurnReport(2, 5, List.of(), List.of("a"), List.of()));
    }

    @Property
    void basisPointsRoundHalfUp(@ForAll @IntRange(min = 0, max = 100_000) int changed,
                                @ForAll @IntRange(min = 1, max = 100_000) int extra) {
        int total = changed + extra;
        int expected = BigDecimal.valueOf(changed).multiply(BigDecimal.valueOf(10_000))
                .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).intValueExact();
        assertEquals(expected, of(changed, total).basisPoints());
    }
}
