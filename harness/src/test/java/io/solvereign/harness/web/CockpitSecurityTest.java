package io.solvereign.harness.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what, over real HTTP: no write without a session and its CSRF token (403), no read
 * without a session (401), a viewer cannot approve or lock, a dispatcher cannot lock or switch
 * publishing, five wrong passwords slow the name down (429), the session cookie's flags.
 */
class CockpitSecurityTest {
    @TempDir
    Path dir;
    WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(dir);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void writesWithoutLoginAre403AndChangeNothing() {
        WebClient anon = web.anonymous();
        for (String path : new String[] {"/api/publishing", "/api/solve", "/api/plans/P0001/approve",
            "/api/plans/P0001/lock", "/api/plans/P0001/audit", "/api/plans/P0001/repair", "/api/logout"}) {
            WebClient.Answer a = anon.postWith(path, "{\"on\":false,\"reason\":\"x\"}", "anything");
            assertEquals(403, a.status(), path + ": " + a);
            assertEquals("FORBIDDEN", a.code(), path);
        }
        WebClient.Answer up = anon.upload("/api/forecasts", WebFixture.SMALL_WEEK.getBytes(StandardCharsets.UTF_8),
                "text/plain");
        assertEquals(403, up.status(), up.toString());
        assertEquals(0, web.as("vera").getJson("/api/status").get("forecasts").asInt(), "nothing was imported");
    }

    @Test
    void readsWithoutLoginAre401() {
        for (String path : new String[] {"/api/status", "/api/plans", "/api/plans/P0001", "/api/forecasts",
            "/api/me", "/api/jobs/J1", "/api/plans/P0001/evidence"}) {
            WebClient.Answer a = web.anonymous().get(path);
            assertEquals(401, a.status(), path + ": " + a);
            assertEquals("UNAUTHENTICATED", a.code(), path);
        }
    }

    @Test
    void writesWithoutOrWithAWrongCsrfTokenAre403() {
        WebClient lead = web.as("anna");
        WebClient.Answer none = lead.postWith("/api/publishing", "{\"on\":false,\"reason\":\"storm\"}", null);
        assertEquals(403, none.status(), none.toString());
        assertEquals("FORBIDDEN", none.code());
        WebClient.Answer wrong = lead.postWith("/api/publishing", "{\"on\":false,\"reason\":\"storm\"}",
                web.as("dave").csrf());
        assertEquals(403, wrong.status(), "another session's token is no token: " + wrong);
        assertTrue(lead.getJson("/api/status").get("publishing").get("allowed").asBoolean(), "publishing unchanged");
        WebClient.Answer ok = lead.post("/api/publishing", "{\"on\":false,\"reason\":\"storm\"}");
        assertEquals(200, ok.status(), ok.toString());
        assertFalse(lead.getJson("/api/status").get("publishing").get("allowed").asBoolean());
    }

    @Test
    void aViewerCannotApproveOrLockAndADispatcherCannotLock() {
        String plan = web.approvedViaApi(web.as("dave"));
        WebClient viewer = web.as("vera");
        for (String verb : new String[] {"approve", "lock", "audit", "repair"}) {
            WebClient.Answer a = viewer.post("/api/plans/" + plan + "/" + verb, "{\"reason\":\"r\",\"absent\":[\"D001\"]}");
            assertEquals(403, a.status(), verb + ": " + a);
            assertEquals("ROLE_FORBIDDEN", a.code(), verb);
        }
        WebClient.Answer upload = viewer.upload("/api/forecasts", WebFixture.SMALL_WEEK.getBytes(StandardCharsets.UTF_8),
                "text/plain");
        assertEquals("ROLE_FORBIDDEN", upload.code(), upload.toString());
        WebClient dispatcher = web.as("dave");
        WebClient.Answer lock = dispatcher.post("/api/plans/" + plan + "/lock", "{\"reason\":\"r\"}");
        assertEquals(403, lock.status(), lock.toString());
        assertEquals("ROLE_FORBIDDEN", lock.code());
        assertEquals("ROLE_FORBIDDEN", dispatcher.post("/api/publishing", "{\"on\":false,\"reason\":\"r\"}").code());
        JsonNode show = viewer.getJson("/api/plans/" + plan);
        assertEquals("DRAFT", show.get("status").asText(), "nothing was locked");
        assertEquals(1, show.get("approvals").size(), "only dave's approval");
        assertEquals(200, web.as("anna").post("/api/plans/" + plan + "/lock", "{\"reason\":\"r\"}").status());
    }

    @Test
    void fiveWrongPasswordsSlowTheNameDown() {
        WebClient c = web.anonymous();
        for (int i = 1; i <= LoginLimiter.FREE_FAILURES; i++) {
            WebClient.Answer a = c.tryLogin("anna", "wrong-" + i);
            assertEquals(401, a.status(), "attempt " + i + ": " + a);
            assertEquals("BAD_CREDENTIALS", a.code());
        }
        WebClient.Answer blocked = c.tryLogin("anna", WebFixture.PASSWORD);
        assertEquals(429, blocked.status(), "even the right password waits: " + blocked);
        assertEquals("TOO_MANY_ATTEMPTS", blocked.code());
        assertEquals("30", blocked.header("Retry-After").orElse(""));
        assertEquals(200, web.anonymous().tryLogin("dave", WebFixture.PASSWORD).status(), "other names are not slowed");
        web.clock.advance(Duration.ofSeconds(29));
        assertEquals(429, c.tryLogin("anna", WebFixture.PASSWORD).status(), "still blocked after 29 s");
        web.clock.advance(Duration.ofSeconds(2));
        assertEquals(200, c.tryLogin("anna", WebFixture.PASSWORD).status(), "free again after 30 s");
    }

    @Test
    void eachFurtherMissDoublesTheWait() {
        WebClient c = web.anonymous();
        for (int i = 0; i < LoginLimiter.FREE_FAILURES; i++) {
            c.tryLogin("vera", "wrong");
        }
        web.clock.advance(Duration.ofSeconds(31));
        assertEquals(401, c.tryLogin("vera", "wrong again").status());
        WebClient.Answer a = c.tryLogin("vera", WebFixture.PASSWORD);
        assertEquals(429, a.status(), a.toString());
        assertEquals("60", a.header("Retry-After").orElse(""));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndLogoutEndsIt() {
        WebClient.Answer a = web.anonymous().tryLogin("vera", WebFixture.PASSWORD);
        String cookie = a.header("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith(Sessions.COOKIE + "="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(a.json().has("password"), "the answer names no password");
        WebClient vera = web.as("vera");
        JsonNode me = vera.getJson("/api/me");
        assertEquals("viewer", me.get("role").asText());
        assertEquals("[\"read\"]", me.get("permissions").toString());
        assertEquals(204, vera.post("/api/logout", "{}").status());
        assertEquals(401, vera.get("/api/me").status(), "the session is gone");
    }

    @Test
    void sessionsEndAfterEightIdleHours() {
        WebClient vera = web.as("vera");
        web.clock.advance(Sessions.IDLE_TIMEOUT.minusMinutes(1));
        assertEquals(200, vera.get("/api/me").status());
        web.clock.advance(Sessions.IDLE_TIMEOUT.plusMinutes(1));
        assertEquals(401, vera.get("/api/me").status());
    }

    @Test
    void loginWantsJsonSoACrossSiteFormCannotLogIn() {
        WebClient.Answer a = web.anonymous().upload("/api/login",
                ("user=anna&password=" + WebFixture.PASSWORD).getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertEquals(415, a.status(), a.toString());
        assertTrue(a.header("Set-Cookie").isEmpty());
    }

    @Test
    void aRebindedHostNameIsRefusedOnLoopback() throws Exception {
        assertTrue(rawGet("evil.example:" + web.server.port()).startsWith("HTTP/1.1 403"), "foreign Host refused");
        assertTrue(rawGet("localhost:" + web.server.port()).startsWith("HTTP/1.1 200"));
        assertTrue(rawGet("127.0.0.1:" + web.server.port()).startsWith("HTTP/1.1 200"));
    }

    /** GET /api/openapi.json with a chosen Host header (the JDK's client does not let one set it). */
    private String rawGet(String host) throws Exception {
        try (java.net.Socket s = new java.net.Socket(web.server.address().getAddress(), web.server.port())) {
            s.getOutputStream().write(("GET /api/openapi.json HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aUsersFileBrokenWhileServingLetsNobodyInWithAClearAnswer() throws Exception {
        java.nio.file.Files.writeString(web.usersFile, "{}");
        WebClient.Answer a = web.anonymous().tryLogin("anna", WebFixture.PASSWORD);
        assertEquals(503, a.status(), a.toString());
        assertEquals("USERS_FILE_UNAVAILABLE", a.code());
    }

    @Test
    void unknownUsersGetTheSameAnswerAsWrongPasswords() {
        WebClient.Answer a = web.anonymous().tryLogin("nobody", "whatever");
        assertEquals(401, a.status());
        assertEquals("BAD_CREDENTIALS", a.code());
        assertEquals("wrong user name or password", a.json().get("error").get("message").asText());
    }
}
