package io.solvereign.harness.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanExportsTest {

    private static final Forecast FORECAST = Forecast.of(List.of(
            TourTemplate.of(Weekday.MO, TimeRange.ofClock(5 * 60, 9 * 60 + 30), 1),
            TourTemplate.of(Weekday.MO, TimeRange.ofClock(10 * 60, 14 * 60 + 30), 1),
            TourTemplate.of(Weekday.DO, TimeRange.ofClock(22 * 60, 2 * 60 + 30), 1)));

    private static Plan plan(List<TourInstance> tours) {
        List<Assignment> as = new ArrayList<>();
        for (TourInstance t : tours) {
            BlockType type = t.day() == Weekday.MO ? BlockType.DOUBLE_REGULAR : BlockType.SINGLE;
            as.add(new Assignment("D001", t.id(), t.day(), "D001-" + t.day().abbreviation(), type,
                    t.time().startMinute(), t.time().endMinute(), t.time().crossesMidnight()));
        }
        Kpis k = new Kpis(1, 0, 1, 3, 1, 1, 0, 0, 810, 810, 810, 1);
        return new Plan("in", "cfg", "out", 7, 2_000_000L, "test", FORECAST.weekAnchor(), FORECAST.zone(),
                RuleSet.defaults(), as, k, LowerBoundCertificate.none());
    }

    @Test
    void matrixShowsBlockSpanPerDayAndPartTimeType() {
        String csv = PlanExports.of(plan(FORECAST.instances()), FORECAST).matrixCsv();
        assertEquals("Driver,Type,Hours,Mo,Do\nD001,PT,13.50,2er-reg 05:00-14:30,1er 22:00-02:30\n", csv);
    }

    @Test
    void rostersHaveOneRowPerTourWithWallClockTimes() {
        String csv = PlanExports.of(plan(FORECAST.instances()), FORECAST).rostersCsv();
        List<String> rows = csv.lines().toList();
        assertEquals(4, rows.size());
        assertEquals("Driver,Day,Tour_Instance_ID,Start,End,Hours,Block_ID,Block_Type", rows.get(0));
        assertEquals("D001,Do,Do-2200-0230-01,22:00,02:30,4.50,D001-Do,1er", rows.get(3));
    }

    @Test
    void writesEveryFileAndHtmlIsSelfContained(@TempDir Path dir) throws Exception {
        List<Path> written = PlanExports.of(plan(FORECAST.instances()), FORECAST).writeAll(dir);
        assertEquals(PlanExports.FILE_NAMES.size(), written.size());
        String html = Files.readString(dir.resolve("roster.html"));
        assertTrue(html.contains("<td class=\"t2er-reg\">2er-reg 05:00-14:30</td>"), html);
        assertTrue(!html.contains("http://") && !html.contains("https://") && !html.contains(" src="),
                "no external resources");
        assertTrue(html.contains("content=\"default-src 'none';"), "the page forbids every network request");
        assertTrue(Files.readString(dir.resolve("kpis.json")).contains("\"2er-reg\" : 1"));
    }

    @Test
    void planForAnotherForecastIsRejectedWithTheTourNamed() {
        List<TourInstance> tours = new ArrayList<>(FORECAST.instances());
        Forecast other = Forecast.of(List.of(TourTemplate.of(Weekday.MO, TimeRange.ofClock(300, 570), 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanExports.of(plan(tours), other));
        assertTrue(e.getMessage().contains("Mo-1000-1430-01"), e.getMessage());
    }
}
