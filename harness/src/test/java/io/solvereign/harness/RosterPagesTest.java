package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.harness.export.RosterPageFacts;
import io.solvereign.harness.runbook.RosterPages;
import io.solvereign.harness.runbook.Runbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterPagesTest {

    private static Runbook open(RunbookFixture f) {
        return Runbook.open(f.ws, Clock.fixed(Instant.parse(RunbookFixture.NOW), ZoneOffset.UTC));
    }

    @Test
    void solveWritesThePageOfTheNewDraftNotAuditedYet(@TempDir Path dir) throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        String id = f.solve();
        String written = Files.readString(dir.resolve("out/roster.html"));
        assertTrue(written.contains("<dd id=\"plan-id\">" + id + "</dd>"), "solve names the stored plan");
        assertTrue(written.contains("<dd id=\"plan-status\">DRAFT</dd>"));
        assertTrue(written.contains("Not audited yet: run <code>audit --plan " + id + "</code>"));
        Runbook runbook = open(f);
        assertEquals(written, RosterPages.html(runbook, id, RosterPages.facts(runbook, id)),
                "re-rendered from the store before an audit, the page is the one solve wrote");
    }

    @Test
    void storedAuditAndApprovalShowAfterARerender(@TempDir Path dir) {
        RunbookFixture f = new RunbookFixture(dir);
        String id = f.solveAndAudit();
        Runbook runbook = open(f);
        runbook.lifecycle().approve(id, "anna", "reviewed", Map.of("audits_pass", true, "coverage_100", true));
        RosterPageFacts facts = RosterPages.facts(runbook, id);
        assertTrue(facts.audited());
        assertEquals("DRAFT (approved by anna at " + RunbookFixture.NOW + ")", facts.status());
        String html = RosterPages.html(runbook, id, facts.withSite("Depot Nord"));
        assertTrue(html.contains("Verdict <b>PASS</b>, release gate open"), html);
        assertTrue(html.contains("<tr data-check=\"REPRODUCIBILITY\"><td>REPRODUCIBILITY</td><td class=\"PASS\">"));
        assertTrue(html.contains("<dd id=\"site\">Depot Nord</dd>"));
        assertFalse(html.contains("Not audited yet"));
    }

    @Test
    void theSiteOfTheSolvedForecastAndTheExampleBannerReachThePage(@TempDir Path dir) throws Exception {
        RunbookFixture f = new RunbookFixture(dir);
        Cli site = f.run("solve", "-i", f.input.toString(), "-o", dir.resolve("site").toString(), "--site", "WIEN-01");
        assertEquals(0, site.exit(), site.err());
        String html = Files.readString(dir.resolve("site/roster.html"));
        assertTrue(html.contains("<dd id=\"site\">WIEN-01</dd>"), "--site is stored with the forecast and shown");
        assertFalse(html.contains("id=\"banner\""));
        Cli example = f.run("solve", "--example", "-o", dir.resolve("example").toString());
        assertEquals(0, example.exit(), example.err());
        String page = Files.readString(dir.resolve("example/roster.html"));
        assertTrue(page.contains("<p id=\"banner\" class=\"banner\">EXAMPLE: the built-in example week"), "example says so first");
        assertTrue(page.indexOf("id=\"banner\"") < page.indexOf("<header>"));
    }

    @Test
    void unknownPlanIsNotFound(@TempDir Path dir) {
        RunbookFixture f = new RunbookFixture(dir);
        f.solve();
        SolvereignException e = assertThrows(SolvereignException.class, () -> RosterPages.facts(open(f), "P0099"));
        assertEquals(ErrorCode.NOT_FOUND, e.code());
    }
}
