package io.solvereign.harness.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The web layer's parts alone: hashes, users file, roles, rate limit, sessions, jobs, status mapping. */
class WebPartsTest {
    private static final PasswordHashes FAST = new PasswordHashes(PasswordHashes.MIN_ITERATIONS);

    @TempDir
    Path dir;

    @Test
    void hashesVerifyTheRightPasswordOnlyAndAreSalted() {
        String a = FAST.hash("pässwörd-1".toCharArray());
        String b = FAST.hash("pässwörd-1".toCharArray());
        assertFalse(a.equals(b), "a fresh salt each time");
        assertTrue(PasswordHashes.verify("pässwörd-1".toCharArray(), a));
        assertFalse(PasswordHashes.verify("pässwörd-2".toCharArray(), a));
        assertFalse(PasswordHashes.verify("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHashes.verify("x".toCharArray(), "pbkdf2-sha256$1$AAAA$AAAA"), "too few rounds never verify");
        assertThrows(IllegalArgumentException.class, () -> new PasswordHashes(PasswordHashes.MIN_ITERATIONS - 1));
        assertTrue(PasswordHashes.standard().hash("p".toCharArray()).startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void theUsersFileHoldsHashesAndRefusesWhatItDidNotWrite() throws Exception {
        Path file = dir.resolve("users.json");
        UsersFile users = UsersFile.readOrEmpty(file);
        assertTrue(users.put("anna", Role.LEAD, FAST.hash("secret-password".toCharArray())));
        assertFalse(users.put("anna", Role.VIEWER, FAST.hash("other-password".toCharArray())), "replaced, not added");
        UsersFile again = UsersFile.read(file);
        assertEquals(Role.VIEWER, again.find("anna").orElseThrow().role());
        assertFalse(Files.readString(file).contains("password\""), "no password key, only password_hash");
        assertFalse(Files.readString(file).contains("other-password"));
        Files.writeString(file, "{\"format\":\"solvereign-users/1\",\"users\":[{\"name\":\"eve\",\"role\":\"lead\","
                + "\"password_hash\":\"letmein\"}]}");
        SolvereignException e = assertThrows(SolvereignException.class, () -> UsersFile.read(file));
        assertEquals(ErrorCode.MALFORMED_JSON, e.code());
        assertTrue(e.getMessage().contains("eve"), e.getMessage());
        Files.writeString(file, "not json");
        assertEquals(ErrorCode.MALFORMED_JSON, assertThrows(SolvereignException.class, () -> UsersFile.read(file)).code());
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(SolvereignException.class,
                () -> UsersFile.read(dir.resolve("none.json"))).code());
        assertThrows(IllegalArgumentException.class, () -> users.put("a b", Role.LEAD, "x"));
    }

    @Test
    void rolesGrantWhatTheIssueSays() {
        assertEquals(EnumSet.of(Permission.READ), Role.VIEWER.permissions());
        assertEquals(EnumSet.of(Permission.READ, Permission.IMPORT, Permission.SOLVE, Permission.AUDIT,
                Permission.APPROVE, Permission.REPAIR), Role.DISPATCHER.permissions());
        assertEquals(EnumSet.allOf(Permission.class), Role.LEAD.permissions());
        assertEquals(Role.DISPATCHER, Role.parse(" Dispatcher "));
        assertThrows(IllegalArgumentException.class, () -> Role.parse("admin"));
    }

    @Test
    void theLimiterBlocksAfterFiveMissesDoublesAndForgetsOnSuccess() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        LoginLimiter l = new LoginLimiter(clock);
        for (int i = 0; i < 4; i++) {
            l.failed("Anna");
        }
        assertEquals(Duration.ZERO, l.blockedFor("anna"), "four misses are free");
        l.failed("anna");
        assertEquals(Duration.ofSeconds(30), l.blockedFor("ANNA"), "names are case-insensitive");
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Duration.ZERO, l.blockedFor("anna"));
        l.failed("anna");
        assertEquals(Duration.ofSeconds(60), l.blockedFor("anna"));
        for (int i = 0; i < 20; i++) {
            l.failed("anna");
        }
        assertEquals(LoginLimiter.MAX_BLOCK, l.blockedFor("anna"));
        l.succeeded("anna");
        assertEquals(Duration.ZERO, l.blockedFor("anna"));
    }

    @Test
    void sessionTokensAreRandomAndTheCsrfCheckIsExact() {
        Sessions s = new Sessions(new MutableClock(Instant.EPOCH));
        Sessions.Session a = s.start("anna", Role.LEAD);
        Sessions.Session b = s.start("anna", Role.LEAD);
        assertFalse(a.id().equals(b.id()));
        assertFalse(a.csrf().equals(b.csrf()));
        assertTrue(a.id().length() >= 43, "256 bits");
        assertTrue(Csrf.valid(a, a.csrf()));
        assertFalse(Csrf.valid(a, b.csrf()));
        assertFalse(Csrf.valid(a, null));
        assertFalse(Csrf.valid(null, a.csrf()));
        assertEquals(a.id(), Sessions.idFromCookieHeader("x=1; " + Sessions.COOKIE + "=" + a.id() + "; y=2"));
        assertEquals(null, Sessions.idFromCookieHeader("x=1"));
    }

    @Test
    void expiredSessionsAreForgotten() {
        MutableClock clock = new MutableClock(Instant.EPOCH);
        Sessions s = new Sessions(clock);
        Sessions.Session old = s.start("anna", Role.LEAD);
        clock.advance(Sessions.IDLE_TIMEOUT.plusSeconds(1));
        Sessions.Session fresh = s.start("vera", Role.VIEWER);
        clock.advance(Duration.ofSeconds(-2));
        assertTrue(s.find(old.id()).isEmpty(), "purged when the next session started, even if the clock went back");
        assertTrue(s.find(fresh.id()).isPresent());
    }

    @Test
    void jobsRunOffTheCallerOnABoundedPool() throws Exception {
        try (Jobs jobs = new Jobs(1, 1)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            Job first = jobs.submit("solve", "dave", j -> {
                j.progress("working");
                started.countDown(); // after the progress line, which the test reads below
                await(release);
                return WebClient.JSON.createObjectNode().put("plan_id", "P0001");
            });
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Job second = jobs.submit("audit", "dave", j -> {
                throw new SolvereignException(ErrorCode.ALREADY_LOCKED, "plan P0001 is already LOCKED");
            });
            ApiException full = assertThrows(ApiException.class, () -> jobs.submit("repair", "dave", j -> null));
            assertEquals(503, full.status());
            assertEquals("TOO_MANY_JOBS", full.code());
            assertEquals("RUNNING", first.json().get("state").asText());
            assertEquals("RUNNING", second.json().get("state").asText(), "queued reads as running");
            assertEquals("[\"working\"]", first.json().get("progress").toString());
            release.countDown();
            ObjectNode done = waitFor(first);
            assertEquals("P0001", done.get("result").get("plan_id").asText());
            ObjectNode failed = waitFor(second);
            assertEquals("FAILED", failed.get("state").asText());
            assertEquals("ALREADY_LOCKED", failed.get("error").get("code").asText());
            assertEquals(first, jobs.find(first.id()).orElseThrow());
        }
    }

    @ParameterizedTest
    @CsvSource({"AUDIT_GATE_FAIL,409", "ALREADY_LOCKED,409", "NOT_APPROVED,409", "FREEZE_ACTIVE,409",
        "PARTIAL_FORECAST,409", "INVALID_TRANSITION,409", "NOT_FOUND,404", "INPUT_TOO_LARGE,413", "INFEASIBLE,422",
        "WORKSPACE_BUSY,503", "PLAN_TAMPERED,500", "INVALID_HOUR,400", "MALFORMED_JSON,400"})
    void cliCodesGetTheStatusThatFits(ErrorCode code, int status) {
        ApiException e = ApiException.of(new SolvereignException(code, "why\nsecond line"));
        assertEquals(status, e.status());
        assertEquals(code.name(), e.code());
        assertEquals(code.name() + ": why", e.getMessage(), "one line, as the CLI prints it");
    }

    private static ObjectNode waitFor(Job job) throws InterruptedException {
        for (int i = 0; i < 200 && (job.state() == Job.State.RUNNING || job.state() == Job.State.QUEUED); i++) {
            Thread.sleep(25);
        }
        return job.json();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
