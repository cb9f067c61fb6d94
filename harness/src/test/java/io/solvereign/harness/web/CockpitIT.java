package io.solvereign.harness.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.harness.Cli;
import io.solvereign.harness.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The cockpit in the OS's headless Chromium against a server started in-process on an ephemeral port over a
 * fresh workspace with three users: a dispatcher imports the Wien week (every line PASS, 1,385 tours), solves and
 * audits it (142 drivers, a green badge per check), approves; a viewer's lock is refused; a lead switches
 * publishing off (banner on every tab, Lock disabled with FREEZE_ACTIVE), on again, and locks, which the CLI
 * then reports as LOCKED with the lead in the trail. The Diff, repair and evidence download are exercised
 * after the lock, and the repaired plan locked with the CLI shows as LOCKED in the browser with the CLI's user
 * in the page's trail. Screenshots of each step go to {@code target/screenshots/}; the Plan preview's render time
 * after the API answers (median of 5 loads) is printed and written to {@code target/screenshots/timings.txt}
 * (reported, never asserted).
 *
 * <p>The steps share one browser, one server and one workspace and run in order; a step fails when an earlier
 * one left nothing to build on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CockpitIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path DIR = Path.of("target", "cockpit-it").toAbsolutePath();
    private static final Path SHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final Duration LONG = Duration.ofMinutes(5);
    private static final Duration SHORT = Duration.ofSeconds(20);
    private static final List<String> CHECKS = List.of("COVERAGE", "OVERLAP", "REST", "SPAN_REGULAR", "SPAN_SPLIT",
            "FATIGUE", "WEEKLY_HOURS", "PLAN_INTEGRITY", "REPRODUCIBILITY");
    private static final String GREEN = "46,125,50";

    private static CockpitFixture cockpit;
    private static ChromeDriver browser;
    private static String wienForecast;
    private static String planId;
    private static String repairedPlan;
    private static String composedWeek;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        String skip = HeadlessChromium.unavailableReason();
        org.junit.jupiter.api.Assumptions.assumeTrue(skip == null, skip);
        CockpitFixture.deleteTree(DIR);
        Files.createDirectories(SHOTS);
        cockpit = CockpitFixture.start(DIR);
        browser = HeadlessChromium.start(DIR);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (cockpit != null) {
            cockpit.close();
        }
    }

    @AfterEach
    void noScriptErrors() {
        if (browser == null) {
            return;
        }
        Object errors = browser.executeScript("return window.CockpitErrors || []");
        assertEquals(List.of(), errors, "script errors in the page");
    }

    @Test
    @Order(1)
    void aWrongPasswordIsRefusedOnTheForm() {
        browser.get(cockpit.uri().toString());
        waitUntil(() -> browser.findElement(By.id("login-form")).isDisplayed(), SHORT, "the login form");
        logIn(CockpitFixture.DISPATCHER, "not-the-password");
        waitUntil(() -> browser.findElement(By.id("login-error")).isDisplayed(), SHORT, "the login error");
        assertEquals("BAD_CREDENTIALS", browser.findElement(By.id("login-error")).getAttribute("data-code"));
        assertFalse(browser.findElement(By.id("app")).isDisplayed());
    }

    @Test
    @Order(2)
    void aForecastWithAFailLineBlocksSolvingWithTheReason() throws IOException {
        logInAs(CockpitFixture.DISPATCHER);
        tab("ingest");
        browser.findElement(By.id("forecast-text")).sendKeys("Mo 05:00-09:00 2\nXx 06:00-10:00\n");
        click("forecast-submit");
        waitUntil(() -> "FAIL".equals(attr("ingest-status", "data-status")), SHORT, "the FAIL verdict");
        assertFalse(browser.findElement(By.id("solve-button")).isEnabled(), "solve is disabled on FAIL");
        String reason = text("solve-blocked");
        assertTrue(reason.startsWith("Solving is blocked"), reason);
        List<WebElement> failing = browser.findElements(By.cssSelector("#parse-lines tbody tr[data-status='FAIL']"));
        assertEquals(1, failing.size());
        assertEquals("2", failing.get(0).getAttribute("data-line"));
        assertFalse(failing.get(0).findElements(By.tagName("td")).get(2).getText().isBlank(), "the FAIL line names its code");
        browser.findElement(By.cssSelector("#line-filter option[value='PASS']")).click();
        List<WebElement> passing = browser.findElements(By.cssSelector("#parse-lines tbody tr"));
        assertEquals(1, passing.size(), "only the PASS line");
        assertEquals("PASS", passing.get(0).getAttribute("data-status"));
        browser.findElement(By.cssSelector("#line-filter option[value='']")).click();
        screenshot("01-ingest-fail-blocks-solve.png");
        browser.findElement(By.id("forecast-text")).clear();
    }

    @Test
    @Order(3)
    void theDispatcherUploadsWienAndSeesEveryTourPass() throws IOException {
        Path wien = CockpitFixture.wien();
        browser.findElement(By.id("forecast-file")).sendKeys(wien.toString());
        click("forecast-submit");
        waitUntil(() -> "PASS".equals(attr("ingest-status", "data-status")), LONG, "the PASS verdict of Wien");
        assertEquals("1385", attr("ingest-summary", "data-tours"));
        assertEquals("0", attr("ingest-summary", "data-fail"));
        int lines = Integer.parseInt(attr("ingest-summary", "data-lines"));
        assertEquals(Files.readAllLines(wien).size(), lines, "one row per line of the file, separators included");
        assertEquals(5, browser.findElements(By.cssSelector("#parse-lines tbody tr.skipped")).size(),
                "the five `;` rows between the day sections are shown as skipped");
        assertEquals(lines, browser.findElements(By.cssSelector("#parse-lines tbody tr[data-status='PASS']")).size());
        assertTrue(text("ingest-summary").startsWith("1,385 tours"), text("ingest-summary"));
        assertTrue(browser.findElement(By.id("solve-button")).isEnabled());
        wienForecast = text("ingest-id");
        assertTrue(wienForecast.matches("F\\d+"), wienForecast);
        screenshot("02-ingest-wien-pass.png");
    }

    @Test
    @Order(4)
    void solvingShows142DriversAndAGreenBadgeForEveryCheck() throws IOException {
        click("solve-button");
        waitUntil(() -> "true".equals(browser.findElement(By.id("tab-preview")).getAttribute("aria-selected"))
                && browser.findElements(By.cssSelector("#audit-badges .badge[data-check]")).size() == CHECKS.size(),
                LONG, "the audited plan in the preview");
        planId = browser.findElement(By.id("plan-select")).getAttribute("value");
        assertTrue(planId.matches("P\\d+"), planId);
        assertEquals("DONE", attr("job", "data-state"), "the solve and audit jobs ran to the end");
        assertFalse(browser.findElement(By.id("job-progress")).getAttribute("textContent").isBlank(), "with progress");
        assertEquals("142", browser.findElement(By.cssSelector("[data-kpi='drivers']")).getText());
        assertEquals("1,385", browser.findElement(By.cssSelector("[data-kpi='tours']")).getText());
        assertEquals("142", attr("bound-drivers", "data-bound"), "the certified bound");
        assertEquals("0", attr("bound-drivers", "data-gap"));
        assertEquals(142, browser.findElements(By.cssSelector("#roster-table tbody tr")).size());
        for (String check : CHECKS) {
            WebElement badge = browser.findElement(By.cssSelector("#audit-badges .badge[data-check='" + check + "']"));
            assertEquals("PASS", badge.getAttribute("data-verdict"), check);
            assertEquals(GREEN, rgb(badge.getCssValue("background-color")), check + " badge is green");
        }
        assertEquals(4, browser.findElements(By.cssSelector("#legend li")).size(), "one legend entry per block type");
        assertTrue(browser.findElements(By.cssSelector("#mix-chart svg g[data-label]")).size() == 4);
        assertFalse(browser.findElements(By.cssSelector("#hours-chart svg g[data-count]")).isEmpty());
        int near = Integer.parseInt(browser.findElement(By.id("near-count")).getAttribute("textContent"));
        assertTrue(near > 0, "Wien has near-violations");
        assertEquals(near, browser.findElements(By.cssSelector("#near-list li[data-check]")).size(), "each one listed");
        Object foreign = browser.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(n => !n.startsWith(location.origin + '/'))");
        assertEquals(List.of(), foreign, "the page loads nothing from elsewhere");
        Object unlabelled = browser.executeScript("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.id)");
        assertEquals(List.of(), unlabelled, "every form control has a label");
        screenshot("03-plan-preview.png");
    }

    @Test
    @Order(5)
    void theRosterMatrixSortsAndFilters() {
        browser.findElement(By.cssSelector("#roster-table th[data-sort='hours'] button")).click();
        List<Long> minutes = column("data-minutes");
        List<Long> sorted = new ArrayList<>(minutes);
        sorted.sort(null);
        assertEquals(sorted, minutes, "ascending by hours");
        assertEquals("ascending", browser.findElement(By.cssSelector("#roster-table th[data-sort='hours']")).getAttribute("aria-sort"));
        browser.findElement(By.cssSelector("#roster-table th[data-sort='hours'] button")).click();
        List<Long> descending = column("data-minutes");
        assertEquals(sorted.get(sorted.size() - 1), descending.get(0), "descending puts the longest week first");
        browser.findElement(By.cssSelector("#roster-table th[data-sort='Mo'] button")).click();
        @SuppressWarnings("unchecked")
        List<String> mondays = (List<String>) browser.executeScript("return [...document.querySelectorAll("
                + "'#roster-table tbody tr')].map(r => (r.children[3].textContent.split(' ')[1] || '~').split('-')[0])");
        List<String> mondaysSorted = new ArrayList<>(mondays);
        mondaysSorted.sort(null);
        assertEquals(mondaysSorted, mondays, "by Monday's start, days off last");
        WebElement filter = browser.findElement(By.id("roster-filter"));
        filter.sendKeys("2er-split");
        int shown = Integer.parseInt(attr("roster-shown", "data-shown"));
        assertTrue(shown > 0 && shown < 142, shown + " drivers with a split");
        for (WebElement row : browser.findElements(By.cssSelector("#roster-table tbody tr"))) {
            assertFalse(row.findElements(By.cssSelector("td[data-block='2er-split']")).isEmpty(), row.getText());
        }
        filter.clear();
        filter.sendKeys(" ");
        assertEquals("142", attr("roster-shown", "data-shown"));
    }

    @Test
    @Order(6)
    void planPreviewRenderTimeIsMeasuredOverFiveLoads() throws IOException {
        List<Double> ms = new ArrayList<>();
        List<Double> apiMs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int before = loads();
            click("preview-reload");
            waitUntil(() -> loads() == before + 1, SHORT, "preview load " + (i + 1));
            ms.add(Double.parseDouble(attr("preview-timing", "data-ms")));
            apiMs.add(Double.parseDouble(attr("preview-timing", "data-api-ms")));
        }
        Object measures = browser.executeScript("return performance.getEntriesByName('preview-render').length");
        assertTrue(((Number) measures).intValue() >= 5, "the page records a performance measure per load");
        String line = String.format(Locale.ROOT, "plan preview render after API answer (Wien, %s, 142 drivers): "
                + "median of 5 = %.1f ms; loads %s%nGET /api/plans/%s as the page sees it: median of 5 = %.1f ms; "
                + "loads %s%n", planId, median(ms), ms, planId, median(apiMs), apiMs);
        System.out.print(line);
        Files.writeString(SHOTS.resolve("timings.txt"), line, StandardCharsets.UTF_8);
    }

    @Test
    @Order(7)
    void theDispatcherApprovesButMayNotLock() throws IOException {
        tab("release");
        waitUntil(() -> "DRAFT".equals(attr("plan-state", "data-status")), SHORT, "the release tab");
        assertEquals("true", browser.findElement(By.cssSelector("#checklist tr[data-item='audits']")).getAttribute("data-ok"));
        assertFalse(browser.findElement(By.id("lock-button")).isEnabled(), "a dispatcher cannot lock");
        assertEquals("ROLE_FORBIDDEN", attr("lock-blocked", "data-code"));
        click("approve-button");
        giveReason("Wien week reviewed in the cockpit");
        waitUntil(() -> "true".equals(attr("plan-state", "data-approved")), SHORT, "the approval");
        assertEquals("true", browser.findElement(By.cssSelector("#checklist tr[data-item='approval']")).getAttribute("data-ok"));
        screenshot("04-release-approved.png");
    }

    @Test
    @Order(8)
    void aViewersLockIsRefused() throws IOException {
        logInAs(CockpitFixture.VIEWER);
        tab("release");
        waitUntil(() -> "true".equals(attr("plan-state", "data-approved")), SHORT, "the release tab");
        assertFalse(browser.findElement(By.id("lock-button")).isEnabled(), "the viewer's Lock is disabled");
        assertFalse(browser.findElement(By.id("approve-button")).isEnabled(), "the viewer's Approve is disabled");
        assertEquals("ROLE_FORBIDDEN", attr("lock-blocked", "data-code"));
        assertFalse(browser.findElement(By.id("repair-button")).isEnabled(), "the viewer's repair is disabled");
        assertFalse(browser.findElement(By.id("publishing-toggle")).isEnabled(), "the viewer's kill switch is disabled");
        // The server refuses too: the page's own client, with the viewer's session and CSRF token.
        Object answer = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "api('POST', '/api/plans/" + planId + "/lock', {reason: 'viewer tries'})"
                + ".then(() => done('accepted'), (e) => { notify(e); done(e.status + ' ' + e.code); });");
        assertEquals("403 ROLE_FORBIDDEN", answer);
        assertTrue(browser.findElement(By.id("notice")).isDisplayed());
        assertEquals("ROLE_FORBIDDEN", attr("notice", "data-code"));
        screenshot("05-viewer-lock-refused.png");
        assertEquals("DRAFT", cli("show", "--plan", planId).get("status").asText(), "still a draft");
    }

    @Test
    @Order(9)
    void publishingOffShowsTheBannerOnEveryTabAndDisablesLock() throws IOException {
        logInAs(CockpitFixture.LEAD);
        tab("release");
        waitUntil(() -> browser.findElement(By.id("lock-button")).isEnabled(), SHORT, "Lock enabled for the lead");
        assertFalse(browser.findElement(By.id("kill-banner")).isDisplayed());
        // Even a lead's session writes nothing without the CSRF header the page sends.
        Object bare = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/publishing', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({on: false, reason: 'no token'})})"
                + ".then(async (r) => done(r.status + ' ' + (await r.json()).error.code));");
        assertEquals("403 FORBIDDEN", bare);
        click("publishing-toggle");
        giveReason("cockpit test: stop publishing");
        waitUntil(() -> browser.findElement(By.id("kill-banner")).isDisplayed(), SHORT, "the kill-switch banner");
        waitUntil(() -> !browser.findElement(By.id("lock-button")).isEnabled(), SHORT, "Lock disabled");
        assertEquals("FREEZE_ACTIVE", attr("lock-blocked", "data-code"));
        screenshot("06-kill-switch-release.png");
        for (String tab : List.of("ingest", "diff", "preview", "release")) {
            tab(tab);
            assertTrue(browser.findElement(By.id("kill-banner")).isDisplayed(), "banner on " + tab);
        }
        tab("preview");
        waitUntil(() -> browser.findElement(By.id("preview")).isDisplayed(), SHORT, "the preview");
        screenshot("07-kill-switch-preview.png");
        tab("release");
        waitUntil(() -> "FREEZE_ACTIVE".equals(attr("lock-blocked", "data-code")), SHORT, "Lock still disabled");
        click("publishing-toggle");
        giveReason("cockpit test: publish again");
        waitUntil(() -> !browser.findElement(By.id("kill-banner")).isDisplayed(), SHORT, "the banner gone");
        waitUntil(() -> browser.findElement(By.id("lock-button")).isEnabled(), SHORT, "Lock enabled again");
    }

    @Test
    @Order(10)
    void theLeadLocksAndTheCliSeesItLockedWithTheLeadInTheTrail() throws IOException {
        click("lock-button");
        giveReason("Wien week released from the cockpit");
        waitUntil(() -> "LOCKED".equals(attr("plan-state", "data-status")), SHORT, "the lock");
        assertEquals("ALREADY_LOCKED", attr("lock-blocked", "data-code"));
        assertFalse(browser.findElements(By.cssSelector("#trail tr[data-actor='" + CockpitFixture.LEAD
                + "'][data-action='PLAN_LOCKED']")).isEmpty(), "the page's trail names the lead");
        assertFalse(browser.findElements(By.cssSelector("#trail tr[data-actor='" + CockpitFixture.DISPATCHER
                + "'][data-action='PLAN_APPROVED']")).isEmpty(), "and the dispatcher's approval");
        screenshot("08-release-locked.png");
        JsonNode shown = cli("show", "--plan", planId);
        assertEquals("LOCKED", shown.get("status").asText());
        boolean lockedByLead = false;
        for (JsonNode entry : shown.get("trail")) {
            lockedByLead |= entry.get("actor").asText().equals(CockpitFixture.LEAD)
                    && entry.get("action").asText().contains("LOCK");
        }
        assertTrue(lockedByLead, "the trail names the lead: " + shown.get("trail"));
        JsonNode status = cli("status");
        boolean listed = false;
        for (JsonNode locked : status.get("locked_by_week")) {
            listed |= locked.get("plan_id").asText().equals(planId);
        }
        assertTrue(listed, "status lists the plan as the week's LOCKED plan: " + status);
    }

    @Test
    @Order(11)
    void theDiffTabComparesTwoVersions() throws IOException {
        org.junit.jupiter.api.Assertions.assertNotNull(wienForecast, "the Wien upload step failed");
        // Wien with one count changed, one line removed and one line added.
        List<String> lines = new ArrayList<>(Files.readAllLines(CockpitFixture.wien()));
        assertEquals("04:45-09:15;15", lines.get(1), "the first Monday line of Wien");
        lines.set(1, "04:45-09:15;16");
        String removed = lines.remove(2);
        lines.add(3, "22:00-23:00;1");
        Path changed = Files.write(DIR.resolve("wien-changed.csv"), lines);
        tab("ingest");
        browser.findElement(By.id("forecast-file")).sendKeys(changed.toString());
        click("forecast-submit");
        waitUntil(() -> !wienForecast.equals(text("ingest-id")) && "PASS".equals(attr("ingest-status", "data-status")),
                LONG, "the second version");
        String second = text("ingest-id");
        tab("diff");
        select("diff-from", wienForecast);
        select("diff-to", second);
        click("diff-run");
        waitUntil(() -> browser.findElement(By.id("diff-result")).isDisplayed(), SHORT, "the diff");
        assertEquals("1", attr("diff-summary", "data-added"));
        assertEquals("1", attr("diff-summary", "data-removed"), "removed " + removed);
        assertEquals("1", attr("diff-summary", "data-changed"));
        assertEquals(3, browser.findElements(By.cssSelector("#diff-table tbody tr")).size());
        assertFalse(text("diff-completeness").isBlank());
        screenshot("09-diff.png");
        click("diff-show-added");
        List<WebElement> rows = browser.findElements(By.cssSelector("#diff-table tbody tr"));
        assertEquals(2, rows.size(), "ADDED filtered out");
        rows.forEach(r -> assertFalse("ADDED".equals(r.getAttribute("data-kind"))));
        click("diff-show-added");
        browser.findElement(By.id("diff-filter")).sendKeys("count");
        assertEquals(1, browser.findElements(By.cssSelector("#diff-table tbody tr")).size(), "only the count change");
    }

    @Test
    @Order(12)
    void aRepairShowsChurnAndTheTopThreeCandidatesAndTheEvidenceDownloads() throws IOException {
        tab("release");
        select("plan-select", planId);
        waitUntil(() -> "LOCKED".equals(attr("plan-state", "data-status")), SHORT, "the locked plan");
        Object evidence = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('evidence-link').href).then(async (r) => {"
                + " const b = new Uint8Array(await r.arrayBuffer());"
                + " done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + String.fromCharCode(b[0], b[1]) + ' ' + b.length); })");
        String[] e = evidence.toString().split(" ");
        assertEquals("200", e[0], evidence.toString());
        assertTrue(e[1].contains("zip"), evidence.toString());
        assertEquals("PK", e[2], "a zip file");
        browser.findElement(By.id("repair-absent")).sendKeys("D001");
        browser.findElement(By.id("repair-days")).sendKeys("Mo");
        // Before the week starts, so nothing of D001 is frozen yet.
        browser.executeScript("document.getElementById('repair-now').value = '2026-01-03T08:00'");
        click("repair-button");
        waitUntil(() -> browser.findElement(By.id("repair-result")).isDisplayed(), LONG, "the repair result");
        String churn = browser.findElement(By.id("repair-churn")).getAttribute("data-percent");
        assertFalse(churn == null || churn.isBlank(), "the churn is shown");
        List<WebElement> moves = browser.findElements(By.cssSelector("#repair-moves tbody tr"));
        assertFalse(moves.isEmpty(), "D001's Monday tours moved");
        for (WebElement move : moves) {
            String candidates = move.findElements(By.tagName("td")).get(4).getText();
            assertTrue(candidates.startsWith("#1 "), candidates);
        }
        screenshot("10-release-repair.png");
        repairedPlan = browser.findElement(By.id("repair-open")).getText().replace("Show ", "");
        assertTrue(repairedPlan.matches("P\\d+") && !repairedPlan.equals(planId), repairedPlan);
    }

    @Test
    @Order(13)
    void aPlanLockedWithTheCliIsLockedInTheBrowserWithTheCliUserInTheTrail() throws IOException {
        org.junit.jupiter.api.Assertions.assertNotNull(repairedPlan, "the repair step failed");
        String now = CockpitFixture.NOW.toString();
        Cli audit = Cli.run("audit", "--plan", repairedPlan, "--workspace", cockpit.workspace().toString(), "--now", now);
        assertEquals(0, audit.exit(), audit.out() + audit.err());
        cli("approve", "--plan", repairedPlan, "--by", "carla", "--reason", "repair checked on the command line", "--now", now);
        cli("lock", "--plan", repairedPlan, "--by", "carla", "--reason", "repair released on the command line", "--now", now);
        click("refresh");
        waitUntil(() -> browser.findElements(By.cssSelector("#plan-select option[value='" + repairedPlan + "']")).size() == 1,
                SHORT, "the repaired plan in the picker");
        select("plan-select", repairedPlan);
        waitUntil(() -> repairedPlan.equals(text("release-plan")) && "LOCKED".equals(attr("plan-state", "data-status")),
                SHORT, "the CLI's lock in the browser");
        assertEquals("ALREADY_LOCKED", attr("lock-blocked", "data-code"));
        assertFalse(browser.findElements(By.cssSelector("#trail tr[data-actor='carla'][data-action='PLAN_LOCKED']")).isEmpty(),
                "the page's trail names the CLI user");
        assertTrue(browser.findElement(By.cssSelector("#plan-select option[value='" + planId + "']")).getText()
                .contains("SUPERSEDED"), "the browser-locked plan is superseded");
        screenshot("11-release-cli-locked.png");
    }

    @Test
    @Order(14)
    void theDiffTabShowsAWeeksCompositionsWithTheirCompleteness() throws IOException {
        Path first = Files.writeString(DIR.resolve("patch-1.txt"), "Mo 05:00-09:00 2\nDi 06:00-10:00\n");
        Path second = Files.writeString(DIR.resolve("patch-2.txt"), "Mo 05:00-09:00 3\nMi 06:00-10:00\n");
        cli("compose", "--week", "2026-W03", "--patch", first.toString());
        cli("compose", "--week", "2026-W03", "--patch", second.toString());
        click("refresh");
        tab("diff");
        WebElement week = browser.findElement(By.id("week-input"));
        week.clear();
        week.sendKeys("2026-W03");
        click("week-load");
        waitUntil(() -> browser.findElements(By.cssSelector("#week-compositions li")).size() == 2, SHORT,
                "the week's two compositions");
        assertEquals("PARTIAL", attr("week-completeness", "data-completeness"));
        assertTrue(text("week-completeness").contains("missing: Do Fr Sa"), text("week-completeness"));
        browser.findElements(By.cssSelector("#week-compositions li")).get(1).findElement(By.tagName("button")).click();
        waitUntil(() -> "1".equals(attr("diff-summary", "data-changed")), SHORT, "the diff of the two compositions");
        assertEquals("1", attr("diff-summary", "data-added"));
        assertEquals("0", attr("diff-summary", "data-removed"));
        assertEquals("PARTIAL", attr("diff-completeness", "data-completeness"));
        screenshot("12-diff-week-compositions.png");
        composedWeek = browser.findElements(By.cssSelector("#week-compositions li")).get(1).getAttribute("data-id");
    }

    @Test
    @Order(15)
    void aPartialWeekLocksOnlyWithAnOverrideReason() throws IOException {
        org.junit.jupiter.api.Assertions.assertNotNull(composedWeek, "the compose step failed");
        tab("ingest");
        select("forecast-select", composedWeek);
        waitUntil(() -> composedWeek.equals(text("ingest-id")), SHORT, "the composed version's report");
        assertTrue(browser.findElement(By.id("solve-button")).isEnabled(), "a PARTIAL week may be solved");
        click("solve-button");
        waitUntil(() -> "true".equals(browser.findElement(By.id("tab-preview")).getAttribute("aria-selected"))
                && browser.findElements(By.cssSelector("#audit-badges .badge[data-check]")).size() == CHECKS.size(),
                LONG, "the audited plan of the partial week");
        String partialPlan = browser.findElement(By.id("plan-select")).getAttribute("value");
        assertTrue(text("preview-plan").startsWith(partialPlan + " · 2026-W03"), text("preview-plan"));
        tab("release");
        waitUntil(() -> partialPlan.equals(text("release-plan")) && "DRAFT".equals(attr("plan-state", "data-status")),
                SHORT, "the partial plan's release tab");
        click("approve-button");
        giveReason("partial week checked");
        waitUntil(() -> "true".equals(attr("plan-state", "data-approved")), SHORT, "the approval");
        assertEquals("PARTIAL_FORECAST", attr("lock-blocked", "data-code"));
        assertTrue(browser.findElement(By.id("lock-button")).isEnabled(), "a lead may lock with an override");
        click("lock-button");
        waitUntil(() -> browser.findElement(By.id("override-row")).isDisplayed(), SHORT, "the override field");
        browser.findElement(By.id("reason-input")).sendKeys("Mo-Mi planned, rest follows");
        click("reason-ok");
        assertTrue(browser.findElement(By.id("reason-dialog")).isDisplayed(), "no lock without the override reason");
        browser.findElement(By.id("override-input")).sendKeys("drivers need Monday's roster today");
        screenshot("13-release-partial-override.png");
        click("reason-ok");
        waitUntil(() -> "LOCKED".equals(attr("plan-state", "data-status")), SHORT, "the partial lock");
        assertFalse(browser.findElements(By.cssSelector("#trail tr[data-actor='" + CockpitFixture.LEAD
                + "'][data-action='PARTIAL_RELEASE_OVERRIDE']")).isEmpty(), "the override in the trail");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static void logInAs(String user) {
        if (browser.findElements(By.id("logout")).stream().anyMatch(WebElement::isDisplayed)) {
            click("logout");
            waitUntil(() -> browser.findElement(By.id("login-form")).isDisplayed(), SHORT, "the logout");
            assertEquals(null, browser.manage().getCookieNamed("SV_SESSION"), "the session cookie is gone");
        }
        browser.get(cockpit.uri().toString());
        waitUntil(() -> browser.findElement(By.id("login-form")).isDisplayed(), SHORT, "the login form");
        logIn(user, cockpit.password(user));
        waitUntil(() -> browser.findElement(By.id("app")).isDisplayed(), SHORT, user + " logged in");
        assertEquals(user, text("user-name"));
    }

    private static void logIn(String user, String password) {
        WebElement name = browser.findElement(By.id("login-user"));
        name.clear();
        name.sendKeys(user);
        WebElement pw = browser.findElement(By.id("login-password"));
        pw.clear();
        pw.sendKeys(password);
        click("login-submit");
    }

    private static void tab(String name) {
        click("tab-" + name);
        waitUntil(() -> browser.findElement(By.id("panel-" + name)).isDisplayed(), SHORT, "tab " + name);
    }

    private static void giveReason(String reason) {
        waitUntil(() -> browser.findElement(By.id("reason-dialog")).isDisplayed(), SHORT, "the reason dialog");
        browser.findElement(By.id("reason-input")).sendKeys(reason);
        click("reason-ok");
        waitUntil(() -> !browser.findElement(By.id("reason-dialog")).isDisplayed(), SHORT, "the dialog closed");
    }

    /** Picks an option; the page may rebuild the list meanwhile (a refresh), so it tries until the value holds. */
    private static void select(String id, String value) {
        waitUntil(() -> {
            browser.findElement(By.cssSelector("#" + id + " option[value='" + value + "']")).click();
            return value.equals(attr(id, "value"));
        }, SHORT, value + " picked in " + id);
    }

    private static void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String attr(String id, String name) {
        return browser.findElement(By.id(id)).getAttribute(name);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** The red, green and blue of a CSS colour as Chromium reports it ({@code rgb(...)} or {@code rgba(...)}). */
    private static String rgb(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        return parts[0] + "," + parts[1] + "," + parts[2];
    }

    private static int loads() {
        String n = attr("preview-timing", "data-loads");
        return n == null || n.isEmpty() ? 0 : Integer.parseInt(n);
    }

    private static List<Long> column(String attribute) {
        List<Long> out = new ArrayList<>();
        for (WebElement cell : browser.findElements(By.cssSelector("#roster-table tbody td[" + attribute + "]"))) {
            out.add(Long.parseLong(cell.getAttribute(attribute)));
        }
        return out;
    }

    private static JsonNode cli(String... args) throws IOException {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--workspace";
        all[args.length + 1] = cockpit.workspace().toString();
        all[args.length + 2] = "--json";
        Cli r = Cli.run(all);
        assertEquals(0, r.exit(), r.err());
        return MAPPER.readTree(r.out());
    }

    /** Polls every 100 ms until the condition holds; fails naming what it waited for and the page's notice. */
    private static void waitUntil(Supplier<Boolean> condition, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        WebDriverException last = null;
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (WebDriverException e) {
                last = e;   // the element may not be there yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
        String notice = browser.findElements(By.id("notice")).isEmpty() ? "" : text("notice");
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; page notice: '" + notice
                + "'" + (last == null ? "" : "; last error: " + last.getMessage()));
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
