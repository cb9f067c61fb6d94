package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.solvereign.api.SolvereignException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches requests to routes and enforces who may call them, in this order: a route that needs a
 * login gets 401 UNAUTHENTICATED without a session on a read, 403 FORBIDDEN without a session or
 * without the session's CSRF token on a write, 403 ROLE_FORBIDDEN when the role lacks the route's
 * permission. Refusals become {@code {"error":{"code","message"}}} with the code's status; nothing
 * reaches the client as a stack trace or a Java class name.
 */
public final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a route does with a request. */
    @FunctionalInterface
    public interface Handler {
        /** Answers the request (or throws {@link ApiException} / {@link SolvereignException}). */
        ApiResponse handle(ApiRequest request);
    }

    private record Route(String method, Pattern path, Permission permission, Handler handler) {
    }

    private static final Pattern LOOPBACK_HOST =
            Pattern.compile("(?i)(localhost|127(?:\\.[0-9]{1,3}){3}|\\[::1\\])(?::[0-9]{1,5})?");

    private final List<Route> routes = new ArrayList<>();
    private final Sessions sessions;
    private final Handler fallback;
    private final boolean loopbackOnly;

    /**
     * @param fallback     answers GETs that match no API route (the static pages)
     * @param loopbackOnly true when the server listens on loopback only: then a request whose {@code Host}
     *                     names another host is refused, so a web page cannot reach the cockpit by rebinding
     *                     its own DNS name to 127.0.0.1
     */
    public Router(Sessions sessions, Handler fallback, boolean loopbackOnly) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.loopbackOnly = loopbackOnly;
    }

    /** A GET route needing {@code permission} (null: public). The path is a regex; its groups are path params. */
    public Router get(String path, Permission permission, Handler handler) {
        routes.add(new Route("GET", Pattern.compile(path), permission, handler));
        return this;
    }

    /** A POST route needing {@code permission} and the CSRF token (null: public, e.g. login). */
    public Router post(String path, Permission permission, Handler handler) {
        routes.add(new Route("POST", Pattern.compile(path), permission, handler));
        return this;
    }

    @Override
    public void handle(HttpExchange ex) {
        ApiResponse response;
        try {
            response = dispatch(ex);
        } catch (ApiException e) {
            response = error(e.status(), e.code(), e.getMessage());
            for (java.util.Map.Entry<String, String> h : e.headers().entrySet()) {
                response.header(h.getKey(), h.getValue());
            }
        } catch (SolvereignException e) {
            ApiException a = ApiException.of(e);
            response = error(a.status(), a.code(), a.getMessage());
        } catch (IllegalArgumentException e) {
            // The lifecycle's own argument checks (blank reason, ...) are the caller's mistakes.
            response = error(400, "BAD_REQUEST", e.getMessage() == null ? "bad request" : e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", ex.getRequestMethod(), ex.getRequestURI().getPath(), e);
            response = error(500, "INTERNAL", "internal error, please report it (see the server log)");
        }
        send(ex, response);
    }

    private ApiResponse dispatch(HttpExchange ex) {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String host = ex.getRequestHeaders().getFirst("Host");
        if (loopbackOnly && (host == null || !LOOPBACK_HOST.matcher(host.strip()).matches())) {
            throw new ApiException(403, "FORBIDDEN", "this cockpit answers only to localhost or 127.0.0.1");
        }
        boolean pathKnown = false;
        for (Route r : routes) {
            Matcher m = r.path().matcher(path);
            if (!m.matches()) {
                continue;
            }
            pathKnown = true;
            if (!r.method().equals(method)) {
                continue;
            }
            List<String> params = new ArrayList<>();
            for (int i = 1; i <= m.groupCount(); i++) {
                params.add(m.group(i));
            }
            return r.handler().handle(new ApiRequest(ex, params, authorize(ex, r)));
        }
        if (pathKnown) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + path);
        }
        if (path.startsWith("/api/")) {
            throw new ApiException(404, "NOT_FOUND", "no API endpoint " + path + "; see /api/openapi.json");
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + path);
        }
        return fallback.handle(new ApiRequest(ex, List.of(path), null));
    }

    /** The session a route may run with, or the refusal. */
    private Sessions.Session authorize(HttpExchange ex, Route r) {
        Sessions.Session s = sessions.find(Sessions.idFromCookieHeader(ex.getRequestHeaders().getFirst("Cookie")))
                .orElse(null);
        if (r.permission() == null) {
            return s;
        }
        boolean write = !r.method().equals("GET");
        if (s == null) {
            if (write) {
                throw new ApiException(403, "FORBIDDEN", "log in first: every write needs a session and its CSRF token");
            }
            throw new ApiException(401, "UNAUTHENTICATED", "log in first (POST /api/login)");
        }
        if (write && !Csrf.valid(s, ex.getRequestHeaders().getFirst(Csrf.HEADER))) {
            throw new ApiException(403, "FORBIDDEN", "missing or wrong " + Csrf.HEADER
                    + " header; take the token from /api/login or /api/me");
        }
        if (!s.role().allows(r.permission())) {
            throw new ApiException(403, "ROLE_FORBIDDEN", "user " + s.user() + " is a " + s.role().jsonName()
                    + " and may not " + r.permission().jsonName());
        }
        return s;
    }

    /** The error body every refusal has. */
    static ApiResponse error(int status, String code, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.putObject("error").put("code", code).put("message", message);
        ApiResponse r = ApiResponse.json(status, n);
        if (status == 405) {
            r.header("Allow", "GET, POST");
        }
        return r;
    }

    private static void send(HttpExchange ex, ApiResponse r) {
        try {
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            // The pages need nothing from elsewhere; refuse framing and sniffing, keep API answers out of caches.
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("X-Frame-Options", "DENY");
            ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            ex.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            boolean noBody = r.status() == 204 || ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(r.status(), noBody ? -1 : r.body().length);
            if (!noBody) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
            LOG.debug("response to {} not sent: {}", ex.getRequestURI().getPath(), e.getMessage());
        } catch (UncheckedIOException e) {
            LOG.debug("response to {} not sent: {}", ex.getRequestURI().getPath(), e.getMessage());
        } finally {
            ex.close();
        }
    }
}
