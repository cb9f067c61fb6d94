package io.solvereign.harness.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A browser-like client of the cockpit over real HTTP (tests): keeps the session cookie and the CSRF token. */
public final class WebClient {
    public static final ObjectMapper JSON = new ObjectMapper();

    /** One answer. */
    public record Answer(int status, byte[] bytes, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(new String(bytes, StandardCharsets.UTF_8), e);
            }
        }

        public String code() {
            return json().path("error").path("code").asText();
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String cookie;
    private String csrf;

    public WebClient(String base) {
        this.base = base;
    }

    /** Logs in; fails the test unless 200. */
    public WebClient login(String user, String password) {
        Answer a = tryLogin(user, password);
        assertEquals(200, a.status(), a.toString());
        return this;
    }

    public Answer tryLogin(String user, String password) {
        Answer a = send(HttpRequest.newBuilder(URI.create(base + "/api/login")).header("Content-Type", "application/json")
                .POST(body(JSON.createObjectNode().put("user", user).put("password", password).toString())));
        if (a.status() == 200) {
            csrf = a.json().get("csrf").asText();
            String setCookie = a.header("Set-Cookie").orElseThrow();
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
        }
        return a;
    }

    public String csrf() {
        return csrf;
    }

    public Answer get(String path) {
        return send(withCookie(HttpRequest.newBuilder(URI.create(base + path))).GET());
    }

    public JsonNode getJson(String path) {
        Answer a = get(path);
        assertEquals(200, a.status(), path + ": " + a);
        return a.json();
    }

    /** A POST with the session's CSRF token. */
    public Answer post(String path, String json) {
        return postWith(path, json, csrf);
    }

    /** A POST with the given CSRF header value (null: none). */
    public Answer postWith(String path, String json, String token) {
        HttpRequest.Builder b = withCookie(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json").POST(body(json));
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return send(b);
    }

    /** A raw upload with the CSRF token. */
    public Answer upload(String pathAndQuery, byte[] bytes, String contentType) {
        HttpRequest.Builder b = withCookie(HttpRequest.newBuilder(URI.create(base + pathAndQuery)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b);
    }

    /** Starts a job and waits for its end (polling); returns the job JSON. */
    public JsonNode runJob(String path, String json) {
        Answer a = post(path, json);
        assertEquals(202, a.status(), path + ": " + a);
        String id = a.json().get("job_id").asText();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = getJson("/api/jobs/" + id);
            if (!job.get("state").asText().equals("RUNNING")) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("job " + id + " did not end");
    }

    /** The job's result; fails unless DONE. */
    public JsonNode runJobDone(String path, String json) {
        JsonNode job = runJob(path, json);
        assertEquals("DONE", job.get("state").asText(), job.toString());
        return job.get("result");
    }

    private HttpRequest.Builder withCookie(HttpRequest.Builder b) {
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b.timeout(Duration.ofSeconds(60));
    }

    private static HttpRequest.BodyPublisher body(String s) {
        return HttpRequest.BodyPublishers.ofString(s, StandardCharsets.UTF_8);
    }

    private Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> texts(JsonNode array) {
        java.util.ArrayList<String> l = new java.util.ArrayList<>();
        array.forEach(n -> l.add(n.asText()));
        return l;
    }
}
