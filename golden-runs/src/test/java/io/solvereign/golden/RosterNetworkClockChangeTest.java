package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.solvereign.api.Forecasts;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The test network model measures rest in real time across a clock change (DOMAIN §4). */
class RosterNetworkClockChangeTest {
    private static RosterNetwork network(String text, LocalDate anchor) {
        Forecast f = Forecasts.parse(text, InputFormat.AUTO, anchor, Forecast.DEFAULT_ZONE).requireSolvable();
        return new RosterNetwork(f, RuleSet.defaults());
    }

    @Test
    void theClockChangeNightShiftsTheWallClockRest() {
        String week = "Sa 08:00-12:00\nSo 08:00-12:00\n";
        // Vienna 2026: spring forward in the night to Sunday 29 March, back in the night to Sunday 25 October.
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 60, 0}, network(week, LocalDate.of(2026, 3, 23)).clockShift);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, -60, 0}, network(week, LocalDate.of(2026, 10, 19)).clockShift);
        assertArrayEquals(new int[7], network(week, Forecast.DEFAULT_WEEK_ANCHOR).clockShift);
    }

    @Test
    void aSaturdayEveningBlockLeavesSundayOneWallClockHourLaterInSpring() {
        // Saturday ends 21:00; 11 h of real rest end at 08:00 real time, which the spring-forward wall clock shows as 09:00.
        String week = "Sa 17:00-21:00\nSo 08:00-12:00\nSo 09:00-13:00\n";
        RosterNetwork spring = network(week, LocalDate.of(2026, 3, 23));
        RosterNetwork winter = network(week, Forecast.DEFAULT_WEEK_ANCHOR);
        assertArrayEquals(new int[] {0, 9 * 60}, spring.taus[6]);
        assertArrayEquals(new int[] {0, 8 * 60}, winter.taus[6]);
    }

    @Test
    void aTourAcrossTheClockChangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> network("Sa 23:00-03:00\n", LocalDate.of(2026, 3, 23)));
    }
}
