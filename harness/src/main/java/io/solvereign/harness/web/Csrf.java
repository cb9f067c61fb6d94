package io.solvereign.harness.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The CSRF check of every write: the request must carry the session's token in the
 * {@value #HEADER} header. A page of another site can neither read the token nor set the header
 * without a CORS preflight this server never answers, and the SameSite=Strict cookie is not sent
 * cross-site anyway: two independent guards.
 */
public final class Csrf {
    /** The header every POST must carry. */
    public static final String HEADER = "X-CSRF-Token";

    private Csrf() {
    }

    /** True when the header's value is the session's token (compared in constant time). */
    public static boolean valid(Sessions.Session session, String headerValue) {
        if (session == null || headerValue == null) {
            return false;
        }
        return MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8),
                headerValue.strip().getBytes(StandardCharsets.UTF_8));
    }
}
