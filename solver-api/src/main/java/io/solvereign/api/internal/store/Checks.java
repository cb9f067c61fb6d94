package io.solvereign.api.internal.store;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the records of {@code io.solvereign.api.store} and the lifecycle. */
public final class Checks {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Checks() {
    }

    /** Non-null and not blank: who and why must always be known. */
    public static String requireText(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Lowercase hex SHA-256, the only hash format SOLVEREIGN uses. */
    public static String requireSha256(String name, String value) {
        Objects.requireNonNull(value, name);
        if (!SHA256.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 64 lowercase hex digits, was '" + value + "'");
        }
        return value;
    }
}
