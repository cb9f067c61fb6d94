package io.solvereign.harness.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in sessions, in memory (a restart logs everyone out): a random 256-bit id in the
 * {@value #COOKIE} cookie ({@code HttpOnly; SameSite=Strict; Path=/}), the user, the role and the
 * session's CSRF token. A session idle for {@link #IDLE_TIMEOUT} ends.
 */
public final class Sessions {
    /** The session cookie's name. */
    public static final String COOKIE = "SV_SESSION";
    /** How long a session lives without a request. */
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One session: its id, who, with which role, the CSRF token every write must echo. */
    public record Session(String id, String user, Role role, String csrf) {
    }

    private record Entry(Session session, Instant lastSeen) {
    }

    private final Clock clock;
    private final Map<String, Entry> byId = new ConcurrentHashMap<>();

    /** Sessions timed by {@code clock}. */
    public Sessions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts a session for a user who just logged in (and forgets sessions that have expired meanwhile). */
    public Session start(String user, Role role) {
        Instant now = clock.instant();
        byId.values().removeIf(e -> now.isAfter(e.lastSeen().plus(IDLE_TIMEOUT)));
        Session s = new Session(token(), user, role, token());
        byId.put(s.id(), new Entry(s, now));
        return s;
    }

    /** The live session with this id (touching it), or empty for an unknown or expired one. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Entry e = byId.get(id);
        Instant now = clock.instant();
        if (e == null) {
            return Optional.empty();
        }
        if (now.isAfter(e.lastSeen().plus(IDLE_TIMEOUT))) {
            byId.remove(id);
            return Optional.empty();
        }
        byId.put(id, new Entry(e.session(), now));
        return Optional.of(e.session());
    }

    /** Ends the session. */
    public void end(String id) {
        byId.remove(id);
    }

    /** The {@code Set-Cookie} value that carries a session id. */
    public static String cookie(Session s) {
        return COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** The {@code Set-Cookie} value that removes the session cookie. */
    public static String expiredCookie() {
        return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
    }

    /** The session id in a {@code Cookie} header, or null. */
    public static String idFromCookieHeader(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.startsWith(COOKIE + "=")) {
                return p.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
