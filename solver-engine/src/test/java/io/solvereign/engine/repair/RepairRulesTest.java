package io.solvereign.engine.repair;

import static io.solvereign.api.model.Weekday.DI;
import static io.solvereign.api.model.Weekday.DO;
import static io.solvereign.api.model.Weekday.FR;
import static io.solvereign.api.model.Weekday.MI;
import static io.solvereign.api.model.Weekday.MO;
import static io.solvereign.api.model.Weekday.SA;
import static io.solvereign.engine.Weeks.split;
import static io.solvereign.engine.Weeks.tour;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.repair.RepairRequest;
import io.solvereign.api.repair.RepairResult;
import io.solvereign.engine.PlanRules;
import io.solvereign.engine.Repairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per hard rule: D001 is absent, his tour X could only go to D002, and D002's day or week
 * would break exactly that rule, so the repair must add D003 instead; a control case just inside
 * the limit shows D002 does take X when the rule allows it.
 */
class RepairRulesTest {
    private static final String X = "X";

    /** name, lines, X's id, D002's ids, whether D002 may take X. */
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        // Day shapes (DOMAIN §5).
        out.add(of("OVERLAP", lines(tour(MO, "06:00", "10:30", 1), tour(MO, "07:00", "11:30", 1)),
                "Mo-0600-1030-01", List.of("Mo-0700-1130-01"), false));
        out.add(of("GAP between regular and split", lines(tour(MO, "06:00", "10:30", 1), tour(MO, "12:00", "16:30", 1)),
                "Mo-0600-1030-01", List.of("Mo-1200-1630-01"), false));
        out.add(of("regular gap 60 (control)", lines(tour(MO, "06:00", "10:30", 1), tour(MO, "11:30", "16:00", 1)),
                "Mo-0600-1030-01", List.of("Mo-1130-1600-01"), true));
        out.add(of("SPAN_REGULAR 14.5 h", lines(tour(MO, "06:00", "13:00", 1), tour(MO, "13:30", "20:30", 1)),
                "Mo-0600-1300-01", List.of("Mo-1330-2030-01"), false));
        out.add(of("SPAN of a 3er 17.5 h", lines(tour(MO, "05:30", "11:00", 1), tour(MO, "11:30", "17:00", 1),
                tour(MO, "17:30", "23:00", 1)), "Mo-0530-1100-01", List.of("Mo-1130-1700-01", "Mo-1730-2300-01"), false));
        out.add(of("SPAN_SPLIT 17 h", lines(tour(MO, "05:00", "11:00", 1), tour(MO, "16:00", "22:00", 1)),
                "Mo-0500-1100-01", List.of("Mo-1600-2200-01"), false));
        out.add(of("split break 300 (control)", lines(tour(MO, "06:00", "10:00", 1), tour(MO, "15:00", "19:00", 1)),
                "Mo-0600-1000-01", List.of("Mo-1500-1900-01"), true));
        out.add(of("split pair cannot share a day", lines(split(MO, "06:00", "10:00", "15:00", "19:00", 1),
                tour(MO, "20:00", "23:30", 1)), "Mo-0600-1000+1500-1900-01a", List.of("Mo-2000-2330-01"), false));
        // Week rules (DOMAIN §6).
        out.add(of("REST 7.5 h", lines(tour(MO, "18:00", "22:30", 1), tour(DI, "06:00", "10:30", 1)),
                "Di-0600-1030-01", List.of("Mo-1800-2230-01"), false));
        out.add(of("rest exactly 11 h (control)", lines(tour(MO, "14:30", "19:00", 1), tour(DI, "06:00", "10:30", 1)),
                "Di-0600-1030-01", List.of("Mo-1430-1900-01"), true));
        out.add(of("FATIGUE 3er after 3er", lines(tour(MO, "06:00", "10:30", 1), tour(MO, "11:00", "15:30", 1),
                tour(MO, "16:00", "20:30", 1), tour(DI, "08:00", "12:30", 1), tour(DI, "13:00", "17:30", 1),
                tour(DI, "18:00", "22:30", 1)), "Di-1800-2230-01", List.of("Mo-0600-1030-01", "Mo-1100-1530-01",
                "Mo-1600-2030-01", "Di-0800-1230-01", "Di-1300-1730-01"), false));
        out.add(of("WEEKLY_HOURS 58.5 h", weekOfDoubles(tour(SA, "16:00", "20:30", 1)), "Sa-1600-2030-01",
                doublesIds(), false));
        out.add(of("weekly hours exactly 55 h (control)", weekOfDoubles(tour(SA, "16:00", "17:00", 1)),
                "Sa-1600-1700-01", doublesIds(), true));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void absentDriversTourGoesToD002OnlyWhenLegal(String name, List<TourTemplate> lines, String x, List<String> d002,
                                                  boolean d002MayTakeIt) {
        Forecast f = HandPlans.week(lines.toArray(new TourTemplate[0]));
        List<String> d001 = new ArrayList<>();
        f.instances().forEach(t -> {
            if (!d002.contains(t.id())) {
                d001.add(t.id());
            }
        });
        assertTrue(d001.contains(x), name + ": X is D001's");
        Plan base = HandPlans.plan(f, Map.of("D001", d001, "D002", d002));
        assertEquals(List.of(), PlanRules.violations(f, base, RuleSet.defaults()), "the baseline itself is legal");

        RepairResult r = Repairs.create().repair(RepairRequest.sickCall(f, base, HandPlans.beforeWeek(f),
                List.of("D001")));

        assertEquals(List.of(), PlanRules.violations(f, r.plan(), RuleSet.defaults()));
        String to = RepairFixtures.drivers(r.plan()).get(x);
        if (d002MayTakeIt) {
            assertEquals("D002", to, name);
            assertEquals(List.of(), r.addedDrivers());
        } else {
            assertEquals("D003", to, name);
            assertEquals(List.of("D003"), r.addedDrivers());
            assertTrue(r.move(x).orElseThrow().candidates().get(0).newDriver());
        }
        for (String id : d002) {
            assertEquals("D002", RepairFixtures.drivers(r.plan()).get(id), "D002 keeps " + id);
        }
    }

    private static Arguments of(String name, List<TourTemplate> lines, String x, List<String> d002, boolean ok) {
        return Arguments.of(name, lines, x, d002, ok);
    }

    private static List<TourTemplate> lines(TourTemplate... ts) {
        return List.of(ts);
    }

    /** D002 works a 2er-reg (06:00-10:30, 11:00-15:30) Mon..Sat: 54 h; plus X. */
    private static List<TourTemplate> weekOfDoubles(TourTemplate x) {
        List<TourTemplate> out = new ArrayList<>();
        for (var d : List.of(MO, DI, MI, DO, FR, SA)) {
            out.add(tour(d, "06:00", "10:30", 1));
            out.add(tour(d, "11:00", "15:30", 1));
        }
        out.add(x);
        return out;
    }

    private static List<String> doublesIds() {
        List<String> out = new ArrayList<>();
        for (String d : List.of("Mo", "Di", "Mi", "Do", "Fr", "Sa")) {
            out.add(d + "-0600-1030-01");
            out.add(d + "-1100-1530-01");
        }
        return out;
    }
}
