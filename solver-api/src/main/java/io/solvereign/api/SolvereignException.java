package io.solvereign.api;

import java.util.Objects;

/**
 * Thrown for bad input or a refused operation; carries a stable {@link ErrorCode}. Misuse of the
 * API itself (null arguments, illegal state) throws the usual IAE/ISE/NPE instead.
 */
public final class SolvereignException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The code the exception carries. */
    private final ErrorCode code;

    /**
     * @param code    the stable code
     * @param message a message naming the variables and values involved
     */
    public SolvereignException(ErrorCode code, String message) {
        super(code + ": " + Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * @param code    the stable code
     * @param message a message naming the variables and values involved
     * @param cause   the underlying cause
     */
    public SolvereignException(ErrorCode code, String message, Throwable cause) {
        super(code + ": " + Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** {@return the stable code of this failure} */
    public ErrorCode code() {
        return code;
    }
}
