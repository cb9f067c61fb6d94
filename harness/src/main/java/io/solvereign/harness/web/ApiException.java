package io.solvereign.harness.web;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.util.Objects;

/**
 * A refusal the API answers with an HTTP status and {@code {"error":{"code","message"}}}. Lifecycle and
 * input codes are the CLI's {@link ErrorCode} names ({@link #of(SolvereignException)} maps them to a
 * status); the web adds UNAUTHENTICATED, FORBIDDEN, ROLE_FORBIDDEN, BAD_CREDENTIALS, TOO_MANY_ATTEMPTS,
 * BAD_REQUEST, METHOD_NOT_ALLOWED, TOO_MANY_JOBS and USERS_FILE_UNAVAILABLE.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    /** A refusal with its HTTP status, code and one-line message. */
    public ApiException(int status, String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Adds a header to the refusal (e.g. {@code Retry-After}). */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Extra headers of the refusal. */
    java.util.Map<String, String> headers() {
        return headers;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The error code. */
    public String code() {
        return code;
    }

    /** A 400 BAD_REQUEST naming what is wrong with the request. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, "BAD_REQUEST", message);
    }

    /** The HTTP form of a CLI refusal: same code and message, the status that fits the code. */
    public static ApiException of(SolvereignException e) {
        return new ApiException(status(e.code()), e.code().name(), e.getMessage() == null ? e.code().name()
                : e.getMessage().lines().findFirst().orElse(e.code().name()));
    }

    /**
     * The status of a CLI code: 404 NOT_FOUND; 409 lifecycle refusals; 413 INPUT_TOO_LARGE; 422 INFEASIBLE;
     * 503 WORKSPACE_BUSY; 500 PLAN_TAMPERED and OUTPUT_NOT_WRITABLE (the server's store, not the request);
     * 400 for everything else (input mistakes).
     */
    static int status(ErrorCode code) {
        switch (code) {
            case NOT_FOUND:
                return 404;
            case AUDIT_GATE_FAIL:
            case ALREADY_LOCKED:
            case NOT_APPROVED:
            case FREEZE_ACTIVE:
            case PARTIAL_FORECAST:
            case INVALID_TRANSITION:
            case ABSENT_DRIVER_FROZEN:
            case FREEZE_CONFLICT:
            case ILLEGAL_OVERRIDE:
            case PATCH_NOT_SOLVABLE:
                return 409;
            case INPUT_TOO_LARGE:
                return 413;
            case INFEASIBLE:
                return 422;
            case WORKSPACE_BUSY:
                return 503;
            case PLAN_TAMPERED:
            case OUTPUT_NOT_WRITABLE:
                return 500;
            default:
                return 400;
        }
    }
}
