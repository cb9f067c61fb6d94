package io.solvereign.harness.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The login rate limit: after {@value #FREE_FAILURES} wrong passwords in a row for one user name, that
 * name is refused (HTTP 429) for {@link #FIRST_BLOCK}, doubled by each further miss up to
 * {@link #MAX_BLOCK}; a right password resets it. Keyed by the name, not the address, so guessing one
 * account's password is slow from anywhere. The clock is injected, so tests need not sleep.
 */
public final class LoginLimiter {
    /** Wrong passwords allowed before the name is blocked. */
    public static final int FREE_FAILURES = 5;
    /** The first block. */
    public static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
    /** The longest block. */
    public static final Duration MAX_BLOCK = Duration.ofMinutes(15);
    /** Names tracked at most; beyond it names that are not blocked are forgotten (memory stays bounded). */
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final Map<String, State> states = new HashMap<>();

    private static final class State {
        int failures;
        Instant blockedUntil = Instant.MIN;
    }

    /** A limiter reading time from {@code clock}. */
    public LoginLimiter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How long the name is still blocked; {@link Duration#ZERO} when it may try now. */
    public synchronized Duration blockedFor(String user) {
        State s = states.get(key(user));
        Instant now = clock.instant();
        return s == null || !now.isBefore(s.blockedUntil) ? Duration.ZERO : Duration.between(now, s.blockedUntil);
    }

    /** Records a wrong password; the 5th and every later one in a row block the name. */
    public synchronized void failed(String user) {
        if (states.size() >= MAX_TRACKED) {
            Instant now = clock.instant();
            states.values().removeIf(s -> !now.isBefore(s.blockedUntil) && s.failures < FREE_FAILURES);
        }
        State s = states.computeIfAbsent(key(user), k -> new State());
        s.failures++;
        if (s.failures >= FREE_FAILURES) {
            int doublings = Math.min(s.failures - FREE_FAILURES, 10);
            Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
            s.blockedUntil = clock.instant().plus(block.compareTo(MAX_BLOCK) > 0 ? MAX_BLOCK : block);
        }
    }

    /** Records a right password: the name starts afresh. */
    public synchronized void succeeded(String user) {
        states.remove(key(user));
    }

    private static String key(String user) {
        return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
    }
}
