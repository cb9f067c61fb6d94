package io.solvereign.engine.assign;

import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TourTransferTest {
    /** Defaults with an FTE threshold of 11 h 30, so one day decides full time. */
    private static final RuleSet RULES = withFte(690);

    private static RuleSet withFte(int minutes) {
        return RuleSet.defaults().toBuilder().fteMinMinutes(minutes).build();
    }

    private static WeekTours monday() {
        return WeekTours.of(Forecast.of(List.of(tour(Weekday.MO, "06:00", "10:00", 1),
                tour(Weekday.MO, "10:30", "14:30", 1), tour(Weekday.MO, "15:00", "19:00", 1))), Set.of());
    }

    private static TourBlock block(WeekTours w, BlockType type, int... tours) {
        int minutes = 0;
        for (int t : tours) {
            minutes += w.minutesOf(t);
        }
        return new TourBlock(0, type, tours, w.start[tours[0]], w.end[tours[tours.length - 1]], minutes);
    }

    @Test
    void aTourMovesToLiftAPartTimerAndTheDonorGoes() {
        WeekTours w = monday();
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = block(w, BlockType.SINGLE, 0);
        plan[1][0] = block(w, BlockType.DOUBLE_REGULAR, 1, 2);
        int[] last = new int[2];
        long work = new TourTransfer(w, RULES, BlockType.DOUBLE_SPLIT, BlockType.SINGLE).improve(plan, 1000,
                (drivers, pt) -> {
                    last[0] = drivers;
                    last[1] = pt;
                });
        assertNull(plan[0][0]);
        assertEquals(BlockType.TRIPLE, plan[1][0].type);
        assertEquals(720, plan[1][0].minutes);
        assertEquals(1, last[0]);
        assertEquals(0, last[1]);
        PlanVerifier.verify(w, RULES, List.<TourBlock[]>of(plan[1]));
        assertEquals(true, work > 0);
    }

    @Test
    void nothingMovesWhenNobodyIsPartTime() {
        WeekTours w = monday();
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = block(w, BlockType.SINGLE, 0);
        plan[1][0] = block(w, BlockType.DOUBLE_REGULAR, 1, 2);
        TourBlock a = plan[0][0];
        TourBlock b = plan[1][0];
        new TourTransfer(w, withFte(0), BlockType.DOUBLE_SPLIT, BlockType.SINGLE).improve(plan, 1000, (d, p) -> { });
        assertEquals(a, plan[0][0]);
        assertEquals(b, plan[1][0]);
    }
}
