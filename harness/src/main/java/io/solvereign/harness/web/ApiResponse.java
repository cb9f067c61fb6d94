package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a route answers: status, content type, body and extra headers (e.g. {@code Set-Cookie}). */
public final class ApiResponse {
    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private ApiResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** A JSON answer (compact, UTF-8). */
    public static ApiResponse json(int status, JsonNode node) {
        return new ApiResponse(status, "application/json; charset=utf-8", node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Any bytes with their content type. */
    public static ApiResponse bytes(int status, String contentType, byte[] body) {
        return new ApiResponse(status, contentType, body.clone());
    }

    /** 204 without a body. */
    public static ApiResponse noContent() {
        return new ApiResponse(204, "text/plain", new byte[0]);
    }

    /** Adds a header. */
    public ApiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    byte[] body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }
}
