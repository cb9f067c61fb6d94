package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The independent rosters.csv check finds each kind of broken rule in a hand-written file. */
class RosterRuleCheckTest {
    private static final Forecast WEEK = GoldenSolves.parse(String.join("\n",
            "Mo 05:00-09:00", "Mo 09:30-13:30", "Mo 14:00-18:00", "Mo 16:00-19:00",
            "Di 04:59-08:59", "Di 09:30-13:30", "Di 14:00-18:00",
            "Mi 06:00-10:00 + 14:00-18:00", "Do 22:00-02:00") + "\n");

    private static final String MO_3ER = rows(
            "D001,Mo,Mo-0500-0900-01,05:00,09:00,4.00,D001-Mo,3er,",
            "D001,Mo,Mo-0930-1330-01,09:30,13:30,4.00,D001-Mo,3er,",
            "D001,Mo,Mo-1400-1800-01,14:00,18:00,4.00,D001-Mo,3er,");
    private static final String DI_3ER_D002 = rows(
            "D002,Di,Di-0459-0859-01,04:59,08:59,4.00,D002-Di,3er,",
            "D002,Di,Di-0930-1330-01,09:30,13:30,4.00,D002-Di,3er,",
            "D002,Di,Di-1400-1800-01,14:00,18:00,4.00,D002-Di,3er,");
    private static final String REST = rows(
            "D003,Mo,Mo-1600-1900-01,16:00,19:00,3.00,D003-Mo,1er,",
            "D003,Mi,Mi-0600-1000+1400-1800-01a,06:00,10:00,4.00,D003-Mi,2er-split,",
            "D003,Mi,Mi-0600-1000+1400-1800-01b,14:00,18:00,4.00,D003-Mi,2er-split,",
            "D003,Do,Do-2200-0200-01,22:00,02:00,4.00,D003-Do,1er,");

    private static String rows(String... r) {
        return String.join("\n", r) + "\n";
    }

    private static List<String> check(String body) {
        return check(body, RuleSet.defaults());
    }

    private static List<String> check(String body, RuleSet rules) {
        return RosterRuleCheck.violations(RosterRow.parse(RosterRow.HEADER + "\n" + body), WEEK, rules);
    }

    private static void assertFinds(String prefix, List<String> violations) {
        assertTrue(violations.stream().anyMatch(v -> v.startsWith(prefix) || v.contains(prefix)),
                "expected a " + prefix + " violation, got " + violations);
    }

    @Test
    void aValidFileHasNoViolations() {
        assertEquals(List.of(), check(MO_3ER + DI_3ER_D002 + REST));
    }

    @Test
    void restOfTenHoursFiftyNineIsFound() {
        String body = MO_3ER + rows(
                "D001,Di,Di-0459-0859-01,04:59,08:59,4.00,D001-Di,1er,",
                "D002,Di,Di-0930-1330-01,09:30,13:30,4.00,D002-Di,2er-reg,",
                "D002,Di,Di-1400-1800-01,14:00,18:00,4.00,D002-Di,2er-reg,") + REST;
        List<String> v = check(body);
        assertEquals(1, v.size(), v::toString);
        assertFinds("REST: D001 rests 659 min", v);
    }

    @Test
    void consecutiveTriplesAreFound() {
        assertFinds("FATIGUE: D001", check(MO_3ER + DI_3ER_D002.replace("D002", "D001") + REST));
    }

    @Test
    void weeklyCapIsFound() {
        RuleSet d = RuleSet.defaults();
        RuleSet tenHours = d.toBuilder().maxWeeklyMinutes(600).build();
        assertFinds("WEEKLY_HOURS: D001 works 720 min > 600", check(MO_3ER + DI_3ER_D002 + REST, tenHours));
    }

    @Test
    void fourToursOverlapsAndBadSplitsAreFound() {
        String four = MO_3ER + "D001,Mo,Mo-1600-1900-01,16:00,19:00,3.00,D001-Mo,3er,\n"
                + DI_3ER_D002 + REST.lines().skip(1).map(l -> l + "\n").reduce("", String::concat);
        assertFinds("SPAN_REGULAR: D001 on MO has 4 tours", check(four));
        String overlap = rows("D001,Mo,Mo-1400-1800-01,14:00,18:00,4.00,D001-Mo,2er-reg,",
                "D001,Mo,Mo-1600-1900-01,16:00,19:00,3.00,D001-Mo,2er-reg,");
        assertFinds("OVERLAP: D001", check(overlap));
        String badSplit = rows("D003,Mi,Mi-0600-1000+1400-1800-01a,06:00,10:00,4.00,D003-Mi,2er-split,",
                "D003,Mi,Mi-0600-1000+1400-1800-01b,14:00,18:00,4.00,D003-Mi,2er-split,");
        RuleSet d = RuleSet.defaults();
        RuleSet longBreak = d.toBuilder().splitBreakMin(241).build();
        assertFinds("SPAN_SPLIT: D003 on MI: break 240 min", check(badSplit, longBreak));
    }

    @Test
    void coverageLabelsHoursAndTimesAreChecked() {
        String all = MO_3ER + DI_3ER_D002 + REST;
        assertFinds("COVERAGE: Do-2200-0200-01 appears 0 times", check(all.replace(
                "D003,Do,Do-2200-0200-01,22:00,02:00,4.00,D003-Do,1er,\n", "")));
        assertFinds("COVERAGE: Mo-1600-1900-01 appears 2 times",
                check(all + "D004,Mo,Mo-1600-1900-01,16:00,19:00,3.00,D004-Mo,1er,\n"));
        assertFinds("labelled 2er-reg D002-Di but the day's tours make a 3er", check(all.replace(
                "D002-Di,3er,\nD002,Di,Di-1400", "D002-Di,2er-reg,\nD002,Di,Di-1400")));
        assertFinds("Hours 4.50 but the tour lasts 240 min", check(all.replace("02:00,4.00", "02:00,4.50")));
        assertFinds("written as", check(all.replace("Do-2200-0200-01,22:00", "Do-2200-0200-01,21:00")));
        assertFinds("unknown tour X", check(all + "D009,Mo,X,01:00,02:00,1.00,D009-Mo,1er,\n"));
        assertThrows(AssertionError.class, () -> RosterRow.parse("Driver,Day\nD001,Mo\n"));
    }
}
