package io.solvereign.engine.assign;

import static io.solvereign.engine.Weeks.split;
import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exact re-matchings of {@link SegmentRematch} and {@link DayCutRematch}. */
class RematchTest {
    private static RuleSet withFte(int minutes) {
        return RuleSet.defaults().toBuilder().fteMinMinutes(minutes).build();
    }

    private static WeekTours week(TourTemplate... lines) {
        return WeekTours.of(Forecast.of(List.of(lines)), Set.of());
    }

    /** The block of the given instances (in time order), typed by the default block rules. */
    private static TourBlock block(WeekTours w, int... tours) {
        int[] s = new int[tours.length];
        int[] e = new int[tours.length];
        int minutes = 0;
        for (int k = 0; k < tours.length; k++) {
            s[k] = w.start[tours[k]];
            e[k] = w.end[tours[k]];
            minutes += e[k] - s[k];
        }
        BlockType type = LabourRules.of(RuleSet.defaults()).classify(s, e, tours.length);
        return new TourBlock(w.day[tours[0]], type, tours, s[0], e[tours.length - 1], minutes);
    }

    /** Instance index of the tour starting at {@code hhmm} on day index {@code day}. */
    private static int at(WeekTours w, int day, String hhmm) {
        int m = Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
        for (int i = 0; i < w.size(); i++) {
            if (w.day[i] == day && Math.floorMod(w.start[i], 1440) == m) {
                return i;
            }
        }
        throw new AssertionError("no tour at " + hhmm);
    }

    private static int partTime(TourBlock[][] plan, int fte) {
        int c = 0;
        for (TourBlock[] r : plan) {
            int m = TourBlock.weekMinutes(r);
            c += m > 0 && m < fte ? 1 : 0;
        }
        return c;
    }

    private static void assertLegalAndComplete(WeekTours w, RuleSet rules, TourBlock[][] plan) {
        List<TourBlock[]> rosters = new ArrayList<>(Arrays.asList(plan));
        rosters.removeIf(r -> TourBlock.weekMinutes(r) == 0);
        PlanVerifier.verify(w, rules, rosters);
    }

    @Test
    void stretchesOfDaysJoinTwoPartTimersIntoOneFullTimeWeek() {
        // Two 4 h tours on Monday, two on Tuesday; full time is 16 h, so only one driver with all four reaches it.
        RuleSet rules = withFte(960);
        WeekTours w = week(tour(Weekday.MO, "06:00", "10:00", 1), tour(Weekday.MO, "10:30", "14:30", 1),
                tour(Weekday.DI, "06:00", "10:00", 1), tour(Weekday.DI, "10:30", "14:30", 1));
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = block(w, at(w, 0, "06:00"), at(w, 0, "10:30"));
        plan[1][1] = block(w, at(w, 1, "06:00"), at(w, 1, "10:30"));
        int[] seen = new int[2];
        new SegmentRematch(LabourRules.of(rules), 960).improve(plan, 1_000, (d, pt) -> {
            seen[0] = d;
            seen[1] = pt;
        });
        assertEquals(0, partTime(plan, 960));
        assertEquals(1, seen[0]);
        assertEquals(0, seen[1]);
        assertLegalAndComplete(w, rules, plan);
    }

    @Test
    void stretchesNeverJoinAcrossTooShortARest() {
        // Monday ends at 22:00, Tuesday starts at 06:00: 8 h rest, so the two part-timers stay apart.
        RuleSet rules = withFte(480);
        WeekTours w = week(tour(Weekday.MO, "18:00", "22:00", 1), tour(Weekday.DI, "06:00", "10:00", 1));
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = block(w, at(w, 0, "18:00"));
        plan[1][1] = block(w, at(w, 1, "06:00"));
        TourBlock a = plan[0][0];
        TourBlock b = plan[1][1];
        new SegmentRematch(LabourRules.of(rules), 480).improve(plan, 1_000, (d, pt) -> { });
        assertSame(a, plan[0][0]);
        assertSame(b, plan[1][1]);
        assertEquals(2, partTime(plan, 480));
    }

    @Test
    void dayTailsMakeAThreeTourBlockOutOfTwoPartTimersBlocks() {
        // A 2er and a single that chains after it: the single's driver hands it over and goes.
        RuleSet rules = withFte(720);
        WeekTours w = week(tour(Weekday.MO, "06:00", "10:00", 1), tour(Weekday.MO, "10:30", "14:30", 1),
                tour(Weekday.MO, "15:00", "19:00", 1));
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = block(w, at(w, 0, "06:00"), at(w, 0, "10:30"));
        plan[1][0] = block(w, at(w, 0, "15:00"));
        new DayCutRematch(w, rules, DayCutRematch.Piece.DAY_TAIL, 10).improve(plan, 1_000, (d, pt) -> { });
        assertEquals(BlockType.TRIPLE, plan[0][0].type);
        assertNull(plan[1][0]);
        assertLegalAndComplete(w, rules, plan);
    }

    @Test
    void dayHeadsPutAnEarlyTourInFrontOfALaterBlock() {
        // A single at 06:00 and a 2er from 10:30: the single's driver hands his tour over and goes.
        RuleSet rules = withFte(720);
        WeekTours w = week(tour(Weekday.MO, "06:00", "10:00", 1), tour(Weekday.MO, "10:30", "14:30", 1),
                tour(Weekday.MO, "15:00", "19:00", 1));
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = block(w, at(w, 0, "06:00"));
        plan[1][0] = block(w, at(w, 0, "10:30"), at(w, 0, "15:00"));
        new DayCutRematch(w, rules, DayCutRematch.Piece.DAY_HEAD, 10).improve(plan, 1_000, (d, pt) -> { });
        assertNull(plan[0][0]);
        assertEquals(BlockType.TRIPLE, plan[1][0].type);
        assertLegalAndComplete(w, rules, plan);
    }

    @Test
    void weekTailsMoveTheRestOfTheWeekWithTheTailOfADay() {
        // Driver 0 works Monday morning; driver 1 Monday's second tour and Tuesday. Full time (12 h) needs
        // all three tours: only the week tail (Monday from 10:30 plus Tuesday) gets them to one driver.
        RuleSet rules = withFte(720);
        WeekTours w = week(tour(Weekday.MO, "06:00", "10:00", 1), tour(Weekday.MO, "10:30", "14:30", 1),
                tour(Weekday.DI, "06:00", "10:00", 1));
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = block(w, at(w, 0, "06:00"));
        plan[1][0] = block(w, at(w, 0, "10:30"));
        plan[1][1] = block(w, at(w, 1, "06:00"));
        new DayCutRematch(w, rules, DayCutRematch.Piece.DAY_TAIL, 10).improve(plan, 1_000, (d, pt) -> { });
        // A day tail alone would leave driver 0 at 8 h and driver 1 at 4 h: no gain, nothing moves.
        assertEquals(2, partTime(plan, 720));
        new DayCutRematch(w, rules, DayCutRematch.Piece.WEEK_TAIL, 10).improve(plan, 1_000, (d, pt) -> { });
        assertEquals(0, partTime(plan, 720));
        assertLegalAndComplete(w, rules, plan);
    }

    @Test
    void anInstanceThatSawThePlanAnswersAndChargesLikeAFreshOne() {
        // A re-matching that gained nothing is skipped when the same plan comes again: the instance must
        // still charge and answer as a fresh one does, on the same plan and after the plan changes.
        RuleSet rules = withFte(720);
        WeekTours w = week(tour(Weekday.MO, "06:00", "10:00", 1), tour(Weekday.MO, "10:30", "14:30", 1),
                tour(Weekday.DI, "06:00", "10:00", 1), tour(Weekday.DI, "10:30", "14:30", 1));
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = block(w, at(w, 0, "06:00"));
        plan[1][0] = block(w, at(w, 0, "10:30"));
        plan[1][1] = block(w, at(w, 1, "06:00"));
        plan[0][1] = block(w, at(w, 1, "10:30"));
        DayCutRematch tails = new DayCutRematch(w, rules, DayCutRematch.Piece.DAY_TAIL, 10);
        tails.improve(plan, 1_000, (d, pt) -> { });
        sameAsFresh(w, rules, tails, plan);
        sameAsFresh(w, rules, tails, plan);
        // Another plan: the two drivers swap Tuesdays.
        TourBlock t = plan[0][1];
        plan[0][1] = plan[1][1];
        plan[1][1] = t;
        sameAsFresh(w, rules, tails, plan);
        sameAsFresh(w, rules, tails, plan);
        assertLegalAndComplete(w, rules, plan);
    }

    /** {@code tails.improve} on the plan charges, and leaves, what a fresh instance does on a copy. */
    private static void sameAsFresh(WeekTours w, RuleSet rules, DayCutRematch tails, TourBlock[][] plan) {
        TourBlock[][] copy = {plan[0].clone(), plan[1].clone()};
        long fresh = new DayCutRematch(w, rules, DayCutRematch.Piece.DAY_TAIL, 10).improve(copy, 1_000, (d, pt) -> { });
        long spent = tails.improve(plan, 1_000, (d, pt) -> { });
        assertTrue(spent > 0);
        assertEquals(fresh, spent);
        for (int i = 0; i < 2; i++) {
            for (int d = 0; d < WeekTours.DAYS; d++) {
                assertEquals(String.valueOf(copy[i][d]), String.valueOf(plan[i][d]), "driver " + i + " day " + d);
            }
        }
    }

    @Test
    void dayMiddlesPutATourBetweenADriversTwo() {
        // Driver 0 works 06:00 and 15:00 (a split), driver 1 the tour between them. Full time (12 h) needs all
        // three: only the middle (10:30 to 15:00) moves driver 1's tour without taking driver 0's last one.
        RuleSet rules = withFte(720);
        WeekTours w = week(tour(Weekday.MO, "06:00", "10:00", 1), tour(Weekday.MO, "10:30", "14:30", 1),
                tour(Weekday.MO, "15:00", "19:00", 1));
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = block(w, at(w, 0, "06:00"), at(w, 0, "15:00"));
        plan[1][0] = block(w, at(w, 0, "10:30"));
        assertEquals(BlockType.DOUBLE_SPLIT, plan[0][0].type);
        for (DayCutRematch.Piece piece : List.of(DayCutRematch.Piece.DAY_TAIL, DayCutRematch.Piece.DAY_HEAD)) {
            new DayCutRematch(w, rules, piece, 10).improve(plan, 1_000, (d, pt) -> { });
            assertEquals(2, partTime(plan, 720), piece.name());
        }
        new DayCutRematch(w, rules, DayCutRematch.Piece.DAY_MIDDLE, 10).improve(plan, 1_000, (d, pt) -> { });
        assertEquals(BlockType.TRIPLE, plan[0][0].type);
        assertNull(plan[1][0]);
        assertEquals(0, partTime(plan, 720));
        assertLegalAndComplete(w, rules, plan);
    }

    @Test
    void theTwoPartsOfASplitLineStayTogether() {
        // A split line 06:00-10:00 + 15:00-19:00 and a single 10:30-14:30: cutting at 10:30 or 15:00 must not
        // pull the split apart, even though 06:00-10:00 + 10:30-14:30 would be a full-time 2er.
        RuleSet rules = withFte(480);
        WeekTours w = week(split(Weekday.MO, "06:00", "10:00", "15:00", "19:00", 1),
                tour(Weekday.MO, "10:30", "14:30", 1));
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = block(w, at(w, 0, "06:00"), at(w, 0, "15:00"));
        plan[1][0] = block(w, at(w, 0, "10:30"));
        TourBlock a = plan[0][0];
        TourBlock b = plan[1][0];
        for (DayCutRematch.Piece piece : DayCutRematch.Piece.values()) {
            new DayCutRematch(w, rules, piece, 10).improve(plan, 1_000, (d, pt) -> { });
        }
        assertSame(a, plan[0][0]);
        assertSame(b, plan[1][0]);
    }
}
