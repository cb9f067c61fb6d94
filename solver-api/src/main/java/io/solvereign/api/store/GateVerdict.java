package io.solvereign.api.store;

import java.util.Objects;

/**
 * The release gate's verdict on a plan, handed to {@link PlanLifecycle#lock}: every audit PASS plus
 * REPRODUCIBILITY (DOMAIN §8). The caller computes it; the lifecycle only enforces it.
 *
 * @param passed  true when every gate passed
 * @param summary one line naming the checks and their outcome, kept in the trail
 */
public record GateVerdict(boolean passed, String summary) {

    public GateVerdict {
        Objects.requireNonNull(summary, "summary");
    }

    /** A passed gate. */
    public static GateVerdict pass(String summary) {
        return new GateVerdict(true, summary);
    }

    /** A failed gate; the summary should name the failing checks. */
    public static GateVerdict fail(String summary) {
        return new GateVerdict(false, summary);
    }
}
