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
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterAssignerTest {
    private static final RuleSet RULES = RuleSet.defaults();

    /** One 3er on Monday and one on Tuesday: 06:00-19:00, so the rest between them is exactly 11 h. */
    private static List<List<TourBlock>> twoTriples(WeekTours w) {
        List<List<TourBlock>> days = new ArrayList<>();
        for (int d = 0; d < WeekTours.DAYS; d++) {
            days.add(new ArrayList<>());
        }
        for (int d = 0; d < 2; d++) {
            int[] ts = new int[3];
            int n = 0;
            for (int i = 0; i < w.size(); i++) {
                if (w.day[i] == d) {
                    ts[n++] = i;
                }
            }
            days.get(d).add(new TourBlock(d, BlockType.TRIPLE, ts, w.start[ts[0]], w.end[ts[2]], 720));
        }
        return days;
    }

    private static WeekTours week() {
        return WeekTours.of(Forecast.of(List.of(
                tour(Weekday.MO, "06:00", "10:00", 1), tour(Weekday.MO, "10:30", "14:30", 1),
                tour(Weekday.MO, "15:00", "19:00", 1), tour(Weekday.DI, "06:00", "10:00", 1),
                tour(Weekday.DI, "10:30", "14:30", 1), tour(Weekday.DI, "15:00", "19:00", 1))), Set.of());
    }

    @Test
    void fatigueNeedsASecondDriver() {
        WeekTours w = week();
        RosterAssigner.Rosters r = new RosterAssigner(RULES).assign(twoTriples(w), 1, 1000, (d, p) -> { });
        assertEquals(2, r.rosters().size());
        PlanVerifier.verify(w, RULES, r.rosters());
    }

    @Test
    void withoutTheFatigueRuleOneDriverWorksBothDays() {
        RuleSet noFatigue = RULES.toBuilder().forbidConsecutiveTriples(false).build();
        WeekTours w = week();
        RosterAssigner.Rosters r = new RosterAssigner(noFatigue).assign(twoTriples(w), 1, 1000, (d, p) -> { });
        assertEquals(1, r.rosters().size());
        PlanVerifier.verify(w, noFatigue, r.rosters());
    }

    @Test
    void restRuleCountsEveryMinute() {
        LabourRules rules = LabourRules.of(RULES);
        WeekTours w = week();
        List<List<TourBlock>> days = twoTriples(w);
        TourBlock[] roster = new TourBlock[WeekTours.DAYS];
        roster[0] = days.get(0).get(0);
        TourBlock tue = days.get(1).get(0);
        roster[1] = new TourBlock(1, BlockType.SINGLE, new int[] {tue.tour(2)}, w.start[tue.tour(2)], tue.end, 240);
        assertNull(rules.violation(roster));
        roster[1] = new TourBlock(1, BlockType.SINGLE, new int[] {tue.tour(0)}, tue.start - 1, tue.start + 239, 240);
        assertEquals("REST: 659 min between day 0 and day 1, needs 660", rules.violation(roster));
    }
}
