package io.solvereign.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.RuleSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seam's three questions (block, roster or one-day change, next block) under each rule, and their agreement. */
class LabourRulesTest {
    private static final LabourRules RULES = LabourRules.of(RuleSet.defaults());
    private static final int DAY = 1440;

    /** A block of day {@code d} from {@code from} to {@code to} (minutes of that day), all of it work. */
    record B(int day, int start, int end, int minutes, boolean isTriple) implements WorkBlock {
        static B of(int d, int from, int to, boolean triple) {
            return new B(d, d * DAY + from, d * DAY + to, to - from, triple);
        }
    }

    @Test
    void blocksFollowTheGapAndSpanWindows() {
        assertEquals(BlockType.SINGLE, RULES.classify(new int[] {0}, new int[] {600}, 1));
        assertEquals(BlockType.DOUBLE_REGULAR, RULES.pair(0, 240, 270, 510));
        assertEquals(BlockType.DOUBLE_SPLIT, RULES.pair(0, 240, 480, 720));
        assertNull(RULES.pair(0, 240, 301, 541), "a 61..239 min gap is neither regular nor split");
        assertNull(RULES.pair(0, 600, 630, 900), "2er-reg span 900 > 840");
        assertEquals(BlockType.TRIPLE, RULES.triple(0, 240, 300, 540, 600, 840));
        assertNull(RULES.triple(0, 300, 330, 630, 690, 990), "3er span 990 > 960");
        assertNull(RULES.classify(new int[4], new int[4], 4));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void neighboursThatMayNotFollowMakeNoBlock(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int rejected = 0;
        for (int trial = 0; trial < 20000; trial++) {
            int n = 2 + rnd.nextInt(2);
            int[] s = new int[n];
            int[] e = new int[n];
            int t = rnd.nextInt(600);
            for (int k = 0; k < n; k++) {
                s[k] = t;
                e[k] = t + 60 + rnd.nextInt(300);
                t = e[k] - 30 + rnd.nextInt(300);
            }
            for (int k = 0; k + 1 < n; k++) {
                if (!RULES.mayFollowInBlock(e[k], s[k + 1])) {
                    rejected++;
                    assertNull(RULES.classify(s, e, n), () -> java.util.Arrays.toString(s) + java.util.Arrays.toString(e));
                }
            }
            if (n == 2 && RULES.classify(s, e, n) != null) {
                assertTrue(RULES.mayFollowInBlock(e[0], s[1]));
            }
        }
        assertTrue(rejected > 1000, "too few rejected neighbours: " + rejected);
    }

    @Test
    void eachWeekRuleIsNamedByTheRosterCheck() {
        B[] week = new B[7];
        week[0] = B.of(0, 360, 1200, true);
        week[1] = B.of(1, 1200 + 660 - DAY - 1, 1300, false);
        assertEquals("REST: 659 min between day 0 and day 1, needs 660", RULES.violation(week));
        week[1] = B.of(1, 420, 1200, true);
        assertEquals("FATIGUE: 3er on day 0 and day 1", RULES.violation(week));
        week[1] = B.of(1, 420, 1200, false);
        assertNull(RULES.violation(week));
        for (int d = 2; d < 7; d++) {
            week[d] = B.of(d, 420, 1020, false);
        }
        assertEquals("WEEKLY_HOURS: 4620 min, cap 3300", RULES.violation(week));
    }

    @Test
    void theNextBlockQuestionUsesTheSameRules() {
        WeekSoFar week = new WeekSoFar();
        assertEquals(Long.MIN_VALUE, RULES.earliestStart(week));
        B mo = B.of(0, 360, 1200, true);
        assertTrue(RULES.allows(week, mo));
        week.add(mo);
        assertEquals(1200 + 660, RULES.earliestStart(week));
        assertTrue(RULES.tripleBarred(week, 1));
        assertFalse(RULES.tripleBarred(week, 2));
        assertFalse(RULES.allows(week, B.of(1, 420, 1300, true)));
        assertTrue(RULES.allows(week, B.of(1, 420, 1300, false)));
        assertFalse(RULES.allows(week, B.of(1, 419, 1300, false)));
        assertTrue(RULES.mayWorkOn(week, 1));
    }

    @Test
    void theWorkingDaysLimitIsOneMoreWeekRule() {
        LabourRules five = LabourRules.of(RuleSet.defaults().toBuilder().maxWorkingDays(5).build());
        B[] week = new B[7];
        WeekSoFar soFar = new WeekSoFar();
        int minutes = 0;
        for (int d = 0; d < 5; d++) {
            week[d] = B.of(d, 420, 720, false);
            assertTrue(five.mayWorkOn(soFar, d) && five.allows(soFar, week[d]));
            soFar.add(week[d]);
            minutes += 300;
        }
        assertNull(five.violation(week));
        assertFalse(five.mayWorkOn(soFar, 5), "a sixth day is barred whatever the block");
        assertFalse(five.allows(soFar, B.of(5, 420, 720, false)));
        assertFalse(five.fits(week, minutes, 5, B.of(5, 420, 720, false)));
        assertTrue(five.fits(week, minutes, 4, B.of(4, 480, 720, false)), "changing a worked day keeps the count");
        week[5] = B.of(5, 420, 720, false);
        assertEquals("WORKING_DAYS: 6 days, at most 5", five.violation(week));
        assertNull(RULES.violation(week), "off by default");
        assertTrue(RULES.mayWorkOn(soFar, 5));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void rosterCheckOneDayChangeAndNextBlockAgree(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        RuleSet base = RuleSet.defaults();
        LabourRules rules = LabourRules.of(base.toBuilder().maxWeeklyMinutes(2400 + rnd.nextInt(1200))
                .maxWorkingDays(3 + rnd.nextInt(5)).build());
        int legalSeen = 0;
        for (int trial = 0; trial < 2000; trial++) {
            B[] week = randomWeek(rnd);
            boolean legal = rules.legal(week);
            legalSeen += legal ? 1 : 0;
            assertEquals(legal, rules.violation(week) == null, () -> "legal() and violation() disagree on "
                    + java.util.Arrays.toString(week));
            // Built day by day, allows() accepts every block exactly when the roster is legal.
            WeekSoFar soFar = new WeekSoFar();
            boolean accepted = true;
            for (B b : week) {
                if (b != null) {
                    accepted &= rules.mayWorkOn(soFar, b.day()) && rules.allows(soFar, b);
                    soFar.add(b);
                }
            }
            assertEquals(legal, accepted, () -> java.util.Arrays.toString(week));
            if (!legal) {
                continue;
            }
            // From a legal roster, fits() of a one-day change agrees with the roster check after it.
            int day = rnd.nextInt(7);
            B change = rnd.nextInt(4) == 0 ? null : randomBlock(rnd, day);
            B[] after = week.clone();
            after[day] = change;
            int minutes = 0;
            for (B b : week) {
                minutes += b == null ? 0 : b.minutes();
            }
            assertEquals(rules.legal(after), rules.fits(week, minutes, day, change),
                    () -> java.util.Arrays.toString(after));
            if (change != null) {
                // The sides kept of two rosters (legal or not) around the day give legal()'s answer on the
                // week spliced from the first's days before, the block and the second's days after.
                B[] other = randomWeek(rnd);
                B[] spliced = new B[7];
                for (int d = 0; d < 7; d++) {
                    spliced[d] = d < day ? week[d] : d == day ? change : other[d];
                }
                LabourRules.Side before = new LabourRules.Side();
                LabourRules.Side afterSide = new LabourRules.Side();
                rules.before(week, day, before);
                rules.after(other, day, afterSide);
                assertEquals(rules.legal(spliced), rules.legal(before, day, change.start(), change.end(),
                        change.minutes(), change.isTriple(), afterSide), () -> "sides: " + java.util.Arrays.toString(spliced));
                rules.after(week, day, afterSide);
                assertEquals(rules.legal(after), rules.legal(before, day, change.start(), change.end(),
                        change.minutes(), change.isTriple(), afterSide), () -> "own sides: " + java.util.Arrays.toString(after));
            }
        }
        assertTrue(legalSeen > 100, "too few legal rosters to compare: " + legalSeen);
    }

    private static B[] randomWeek(SplittableRandom rnd) {
        B[] week = new B[7];
        for (int d = 0; d < 7; d++) {
            if (rnd.nextInt(3) != 0) {
                week[d] = randomBlock(rnd, d);
            }
        }
        return week;
    }

    private static B randomBlock(SplittableRandom rnd, int d) {
        int from = 240 + 60 * rnd.nextInt(14);
        return B.of(d, from, from + 240 + 60 * rnd.nextInt(8), rnd.nextInt(3) == 0);
    }
}
