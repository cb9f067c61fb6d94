package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request as a route sees it: the path's captured parts, the query, the body (read once, with a
 * size limit) and the logged-in session (null on public routes).
 */
public final class ApiRequest {
    /** The most a JSON body may hold. */
    static final int MAX_JSON_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpExchange exchange;
    private final List<String> pathParams;
    private final Sessions.Session session;
    private final Map<String, String> query;

    ApiRequest(HttpExchange exchange, List<String> pathParams, Sessions.Session session) {
        this.exchange = exchange;
        this.pathParams = List.copyOf(pathParams);
        this.session = session;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    /** The n-th captured part of the path (0-based), e.g. the plan id of {@code /api/plans/{id}}. */
    public String path(int n) {
        return pathParams.get(n);
    }

    /** A query parameter, or null. */
    public String query(String name) {
        return query.get(name);
    }

    /** The session (never null on routes that need a login). */
    public Sessions.Session session() {
        return session;
    }

    /** The logged-in user's name: the actor in the trail. */
    public String user() {
        return session.user();
    }

    /** A request header, or null. */
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /**
     * The body's bytes.
     *
     * @throws ApiException 413 INPUT_TOO_LARGE beyond {@code limit}
     */
    public byte[] body(int limit) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] b = in.readNBytes(limit + 1);
            if (b.length > limit) {
                throw new ApiException(413, "INPUT_TOO_LARGE", "the request body is larger than " + limit + " bytes");
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body as a JSON object ({} when empty).
     *
     * @throws ApiException 400 MALFORMED_JSON for anything but an object
     */
    public JsonNode json() {
        byte[] b = body(MAX_JSON_BYTES);
        if (b.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode n = JSON.readTree(b);
            if (n == null || !n.isObject()) {
                throw new ApiException(400, "MALFORMED_JSON", "the request body must be a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new ApiException(400, "MALFORMED_JSON", "the request body is not JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A required non-blank text field of a JSON body. */
    public static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw ApiException.badRequest("\"" + field + "\" is required (a non-empty text)");
        }
        return v.asText().strip();
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> m = new TreeMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            m.putIfAbsent(k, v);
        }
        return m;
    }
}
