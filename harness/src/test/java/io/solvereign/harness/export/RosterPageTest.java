package io.solvereign.harness.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.NearViolation;
import io.solvereign.api.audit.ReproducibilityResult;
import io.solvereign.api.audit.Violation;
import io.solvereign.api.internal.io.AuditReportJson;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roster page's content as HTML text; {@code RosterPageIT} checks its behaviour in a real browser. */
class RosterPageTest {
    /** D001 works Mo (2er-reg) and Do (1er crossing midnight); D002 works Mo 17:00 and Di 03:30 (short rest). */
    private static final Forecast FORECAST = Forecast.of(List.of(
            TourTemplate.of(Weekday.MO, TimeRange.ofClock(5 * 60, 9 * 60 + 30), 1),
            TourTemplate.of(Weekday.MO, TimeRange.ofClock(10 * 60, 14 * 60 + 30), 1),
            TourTemplate.of(Weekday.DO, TimeRange.ofClock(22 * 60, 2 * 60 + 30), 1),
            TourTemplate.of(Weekday.MO, TimeRange.ofClock(17 * 60, 20 * 60), 1),
            TourTemplate.of(Weekday.DI, TimeRange.ofClock(7 * 60 + 30, 12 * 60), 1)));

    private static Plan plan() {
        List<Assignment> as = new ArrayList<>();
        for (TourInstance t : FORECAST.instances()) {
            boolean second = t.time().startMinute() == 17 * 60 || t.day() == Weekday.DI;
            String driver = second ? "D002" : "D001";
            BlockType type = t.day() == Weekday.MO && !second ? BlockType.DOUBLE_REGULAR : BlockType.SINGLE;
            as.add(new Assignment(driver, t.id(), t.day(), driver + "-" + t.day().abbreviation(), type,
                    t.time().startMinute(), t.time().endMinute(), t.time().crossesMidnight()));
        }
        Kpis k = new Kpis(2, 0, 2, 5, 3, 1, 0, 0, 1_260, 450, 810, 1);
        return new Plan("in", "cfg", "out", 7, 2_000_000L, "test", FORECAST.weekAnchor(), FORECAST.zone(),
                RuleSet.defaults(), as, k, LowerBoundCertificate.none());
    }

    private static String page(RosterPageFacts facts) {
        return PlanExports.of(plan(), FORECAST, facts).rosterHtml();
    }

    private static AuditReport report() {
        NearViolation near = new NearViolation("REST", "D002", List.of("Mo-1700-2000-01", "Di-0730-1200-01"),
                690, 720, MeasureUnit.MINUTES, "D002 rests 690 min before Di-0730-1200-01, under 720");
        Violation breach = new Violation("WEEKLY_HOURS", "D001", List.of(), 3400, 3300, MeasureUnit.MINUTES,
                "D001 works 3400 min, over 3300");
        return new AuditReport(List.of(new CheckResult("COVERAGE", List.of(), List.of()),
                new CheckResult("REST", List.of(), List.of(near)),
                new CheckResult("WEEKLY_HOURS", List.of(breach), List.of())), ReproducibilityResult.notRun("out"));
    }

    @Test
    void withoutFactsThePageSaysPlainlyWhatIsNotKnown() {
        String html = page(RosterPageFacts.none());
        assertTrue(html.contains("<dd id=\"plan-id\">not stored in a workspace</dd>"), html);
        assertTrue(html.contains("<dd id=\"plan-status\">unknown</dd>"));
        assertTrue(html.contains("<dd id=\"site\">not recorded</dd>"));
        assertTrue(html.contains("<p id=\"audit-verdict\" class=\"not-audited\">Not audited yet: run <code>audit</code> "
                + "on this plan before approving or locking it.</p>"), html);
        assertFalse(html.contains("id=\"banner\""));
    }

    @Test
    void headerShowsPlanIdStatusSeedSiteWeekAndDates() {
        String html = page(RosterPageFacts.of("P0007", "DRAFT").withSite("Wien <Süd> & Co"));
        assertTrue(html.contains("<dd id=\"plan-id\">P0007</dd>"));
        assertTrue(html.contains("<dd id=\"plan-status\">DRAFT</dd>"));
        assertTrue(html.contains("<dd id=\"seed\">7</dd>"));
        assertTrue(html.contains("<dd id=\"site\">Wien &lt;Süd&gt; &amp; Co</dd>"), "site is escaped");
        assertTrue(html.contains("<dd id=\"week\">2026-W02</dd>"), "2026-01-05 is in ISO week 2");
        assertTrue(html.contains("<dd id=\"dates\">2026-01-05 to 2026-01-11</dd>"));
        assertTrue(html.contains("<code>audit --plan P0007</code>"));
        assertTrue(html.contains("<title>SOLVEREIGN roster 2026-W02 P0007</title>"));
    }

    @Test
    void kpisCarryTheirKpisJsonKeysWithBoundAndGap() {
        String html = page(RosterPageFacts.none());
        assertTrue(html.contains("<dd data-kpi=\"drivers\">2</dd>"));
        assertTrue(html.contains("<dd data-kpi=\"lower_bound\">1</dd>"));
        assertTrue(html.contains("<dd data-kpi=\"gap\">1</dd>"));
        assertTrue(html.contains("<dd data-kpi=\"block_mix.2er-reg\">1</dd>"));
        assertTrue(html.contains("1 driver more than the certified lower bound of 1"), html);
    }

    @Test
    void auditShowsVerdictPerCheckReproducibilityAndNearViolations() {
        String html = page(RosterPageFacts.of("P0001", "DRAFT").withAudit(report()));
        assertTrue(html.contains("Verdict <b>FAIL</b>, release gate closed, <span id=\"near-count\">1</span>"), html);
        assertTrue(html.contains("<tr data-check=\"REST\"><td>REST</td><td class=\"PASS\">PASS</td><td>0</td><td>1</td></tr>"));
        assertTrue(html.contains("<tr data-check=\"WEEKLY_HOURS\"><td>WEEKLY_HOURS</td><td class=\"FAIL\">FAIL</td>"
                + "<td>1</td><td>0</td></tr>"));
        assertTrue(html.contains("<tr data-check=\"REPRODUCIBILITY\"><td>REPRODUCIBILITY</td><td class=\"NOT_RUN\">"));
        assertTrue(html.contains("<li>REST: D002 rests 690 min before Di-0730-1200-01, under 720</li>"));
        assertTrue(html.contains("<ul class=\"driver-near\"><li>REST: D002 rests"), "D002's detail lists its own");
        assertTrue(html.contains("<p class=\"driver-near\">No near-violations.</p>"), "D001 has none");
        assertFalse(html.contains("Not audited yet"));
    }

    @Test
    void storedAuditResultsRenderLikeTheReportAndEmptyBytesMeanNotAudited() {
        byte[] stored = AuditReportJson.toJsonString(report()).getBytes(StandardCharsets.UTF_8);
        RosterPageFacts base = RosterPageFacts.of("P0001", "DRAFT");
        assertEquals(page(base.withAudit(report())), page(base.withAuditResults(stored)));
        assertFalse(base.withAuditResults(new byte[0]).audited());
        assertTrue(page(base.withAuditResults(new byte[0])).contains("Not audited yet"));
    }

    @Test
    void malformedAuditResultsAreRefusedNamingTheField() {
        RosterPageFacts base = RosterPageFacts.of("P0001", "DRAFT");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> base.withAuditResults("{\"verdict\":\"PASS\"}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(missing.getMessage().contains("'near_violations'"), missing.getMessage());
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> base.withAuditResults("{".getBytes(StandardCharsets.UTF_8)));
        assertTrue(broken.getMessage().startsWith("audit_results.json is not valid JSON"), broken.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RosterPageFacts.of(" ", "DRAFT"));
    }

    @Test
    void dayColumnsHaveDatesAndWholePlanTotals() {
        String html = page(RosterPageFacts.none());
        assertTrue(html.contains("<th data-day=\"Mo\">Mo <span class=\"date\">2026-01-05</span></th>"));
        assertTrue(html.contains("<th data-day=\"Do\">Do <span class=\"date\">2026-01-08</span></th>"));
        assertTrue(html.contains("<td class=\"day-total\" data-day=\"Mo\"><span class=\"n-tours\">3</span> tours, "
                + "<span class=\"n-drivers\">2</span> drivers<br>1er <b data-block=\"1er\">1</b> · 2er-reg "
                + "<b data-block=\"2er-reg\">1</b><br>2er-split <b data-block=\"2er-split\">0</b> · 3er "
                + "<b data-block=\"3er\">0</b></td>"), html);
        assertFalse(html.contains("data-day=\"Mi\""), "only the forecast's days get a column");
    }

    @Test
    void detailListsToursWithTimesAndRestBeforeEachDay() {
        String html = page(RosterPageFacts.none());
        assertTrue(html.contains("<tr data-day=\"Mo\"><td>Mo</td><td>2026-01-05</td><td class=\"t2er-reg\">2er-reg</td>"
                + "<td>05:00-09:30 <small>Mo-0500-0930-01, 4.50 h</small><br>10:00-14:30 <small>Mo-1000-1430-01, 4.50 h"
                + "</small></td><td class=\"rest\">first working day of the week</td></tr>"), html);
        // Mo 14:30 to Do 22:00 is 3 days 7.5 h; D002 rests Mo 20:00 to Di 07:30, under the 12 h warning line.
        assertTrue(html.contains("<td class=\"rest\" data-rest-minutes=\"4770\">79:30 h</td>"));
        assertTrue(html.contains("<td class=\"rest near\" data-rest-minutes=\"690\">11:30 h</td>"));
        assertTrue(html.contains("<td>22:00-02:30 <small>Do-2200-0230-01, 4.50 h</small></td>"));
    }

    @Test
    void driversAreSortableAndSearchable() {
        String html = page(RosterPageFacts.none());
        assertTrue(html.contains("<tbody class=\"driver\" data-driver=\"D001\" data-type=\"PT\" data-minutes=\"810\" "
                + "data-search=\"d001 pt 2er-reg 05:00-14:30 mo-0500-0930-01 mo-1000-1430-01 1er 22:00-02:30 "
                + "do-2200-0230-01\">"), html);
        assertTrue(html.contains("<th data-sort=\"hours\" aria-sort=\"none\"><button type=\"button\">Hours</button></th>"));
        assertTrue(html.contains("<input id=\"filter\" type=\"search\""));
        assertTrue(html.contains("<span id=\"shown\">2 of 2 drivers</span>"));
    }

    @Test
    void bannerComesFirstAndTheSamePlanAndFactsGiveTheSameBytes() {
        RosterPageFacts facts = RosterPageFacts.of("P0002", "DRAFT").withBanner("Built-in example week");
        String html = page(facts);
        assertTrue(html.indexOf("id=\"banner\"") < html.indexOf("<header>"));
        assertEquals(html, page(facts));
    }
}
