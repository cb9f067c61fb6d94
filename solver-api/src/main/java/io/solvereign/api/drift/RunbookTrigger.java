package io.solvereign.api.drift;

import java.util.Objects;

/**
 * A named trigger of the operations runbook that fired, beside the drift score.
 *
 * @param name     {@code HEADCOUNT_DRIFT}, {@code COVERAGE_GAP} or {@code FTE_RATIO_LOW}
 * @param severity WARN (look at it) or BLOCK (do not release)
 * @param message  the measured value and the threshold
 */
public record RunbookTrigger(String name, Severity severity, String message) {

    /** How a trigger ranks. */
    public enum Severity {
        /** Look at it before release. */
        WARN,
        /** Do not release. */
        BLOCK
    }

    /**
     * Creates the record, checking its components.
     *
     * @param name {@code HEADCOUNT_DRIFT}, {@code COVERAGE_GAP} or {@code FTE_RATIO_LOW}
     * @param severity WARN (look at it) or BLOCK (do not release)
     * @param message the measured value and the threshold
     */
    public RunbookTrigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
