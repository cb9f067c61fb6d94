package io.solvereign.harness.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cockpit's pages, served from the jar's {@code web/} folder ({@code /} is {@code web/index.html});
 * nothing is fetched from the network. Only plain file names are served, never a path that climbs out.
 */
final class StaticResource {
    /** The classpath folder of the pages. */
    static final String ROOT = "web/";
    /** The OpenAPI description, beside this class. */
    static final String OPENAPI = "io/solvereign/harness/web/openapi.json";
    private static final Pattern SAFE = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json",
            "application/json; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");
    private static final String PLACEHOLDER = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>SOLVEREIGN cockpit</title></head><body><h1>SOLVEREIGN cockpit</h1>"
            + "<p>The cockpit pages are not part of this build. The JSON API is described at "
            + "<a href=\"/api/openapi.json\">/api/openapi.json</a>.</p></body></html>";

    private StaticResource() {
    }

    /** Answers a GET outside {@code /api/}. */
    static ApiResponse serve(ApiRequest r, String path) {
        String name = path.equals("/") ? "index.html" : path.substring(1);
        if (!SAFE.matcher(name).matches()) {
            throw new ApiException(404, "NOT_FOUND", "no page " + path);
        }
        byte[] bytes = resource(ROOT + name);
        if (bytes == null) {
            if (name.equals("index.html")) {
                return ApiResponse.bytes(200, TYPES.get("html"), PLACEHOLDER.getBytes(StandardCharsets.UTF_8));
            }
            throw new ApiException(404, "NOT_FOUND", "no page " + path);
        }
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return ApiResponse.bytes(200, TYPES.getOrDefault(ext, "application/octet-stream"), bytes);
    }

    /** The bytes of a classpath resource, or null. */
    static byte[] resource(String name) {
        try (InputStream in = StaticResource.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
