package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/login}, {@code POST /api/logout}, {@code GET /api/me}. The users file is read at
 * each login, so {@code users add} takes effect without a restart. An unknown name costs the same
 * hash work as a wrong password, so the answer time does not tell which names exist.
 */
final class AuthResource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path usersFile;
    private final Sessions sessions;
    private final LoginLimiter limiter;
    private volatile String dummyHash;

    AuthResource(Path usersFile, Sessions sessions, LoginLimiter limiter) {
        this.usersFile = usersFile;
        this.sessions = sessions;
        this.limiter = limiter;
    }

    void register(Router router) {
        router.post("/api/login", null, this::login);
        router.post("/api/logout", Permission.READ, this::logout);
        router.get("/api/me", Permission.READ, r -> ApiResponse.json(200, me(r.session())));
    }

    private ApiResponse login(ApiRequest r) {
        // A cross-site form can post only form encodings; insisting on JSON closes login CSRF.
        String type = r.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "BAD_REQUEST", "log in with Content-Type: application/json");
        }
        JsonNode body = r.json();
        String user = ApiRequest.text(body, "user");
        JsonNode pw = body.get("password");
        if (pw == null || !pw.isTextual()) {
            throw ApiException.badRequest("\"password\" is required");
        }
        Duration wait = limiter.blockedFor(user);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiException(429, "TOO_MANY_ATTEMPTS", "too many wrong passwords for " + user + "; try again in "
                    + seconds + " s").withHeader("Retry-After", Long.toString(seconds));
        }
        char[] password = pw.asText().toCharArray();
        try {
            Optional<UsersFile.User> found = users().find(user);
            boolean ok = PasswordHashes.verify(password, found.map(UsersFile.User::passwordHash).orElseGet(this::dummy))
                    && found.isPresent();
            if (!ok) {
                limiter.failed(user);
                throw new ApiException(401, "BAD_CREDENTIALS", "wrong user name or password");
            }
            limiter.succeeded(user);
            Sessions.Session s = sessions.start(found.get().name(), found.get().role());
            return ApiResponse.json(200, me(s)).header("Set-Cookie", Sessions.cookie(s));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The users file as it is now; a file gone or broken since the start is the server's problem (503). */
    private UsersFile users() {
        try {
            return UsersFile.read(usersFile);
        } catch (io.solvereign.api.SolvereignException e) {
            throw new ApiException(503, "USERS_FILE_UNAVAILABLE", "no one can log in: " + e.getMessage());
        }
    }

    private ApiResponse logout(ApiRequest r) {
        sessions.end(r.session().id());
        return ApiResponse.noContent().header("Set-Cookie", Sessions.expiredCookie());
    }

    static ObjectNode me(Sessions.Session s) {
        ObjectNode n = JSON.createObjectNode().put("user", s.user()).put("role", s.role().jsonName()).put("csrf", s.csrf());
        ArrayNode p = n.putArray("permissions");
        s.role().permissions().forEach(x -> p.add(x.jsonName()));
        return n;
    }

    /** A hash no password matches, made once with the standard work factor. */
    private String dummy() {
        if (dummyHash == null) {
            dummyHash = PasswordHashes.standard().hash("not a password of anyone".toCharArray());
        }
        return dummyHash;
    }
}
