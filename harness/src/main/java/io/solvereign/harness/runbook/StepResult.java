package io.solvereign.harness.runbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one dry-run step.
 *
 * @param step    IMPORT, SOLVE, AUDIT, EXPORT_EVIDENCE, LOCK or VERIFY
 * @param status  PASS, FAIL, or NOT_RUN after an earlier failure
 * @param millis  wall-clock duration (reported only, never hashed)
 * @param figures what the step measured, in the order it measured them
 * @param problem why it failed; empty when it passed
 */
public record StepResult(String step, Status status, long millis, Map<String, String> figures, String problem) {

    /** How a step ended. */
    public enum Status { PASS, FAIL, NOT_RUN }

    public StepResult {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        Objects.requireNonNull(problem, "problem");
    }

    /** A step that was not reached. */
    public static StepResult notRun(String step) {
        return new StepResult(step, Status.NOT_RUN, 0, Map.of(), "");
    }

    /** True when the step passed. */
    public boolean passed() {
        return status == Status.PASS;
    }
}
