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

    /**
     * Creates the record, checking its components.
     *
     * @param passed true when every gate passed
     * @param summary one line naming the checks and their outcome, kept in the trail
     */
    public GateVerdict {
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * {@return a passed gate}
     *
     * @param summary one line naming the checks and their outcome, kept in the trail
     */
    public static GateVerdict pass(String summary) {
        return new GateVerdict(true, summary);
    }

    /**
     * {@return a failed gate; the summary should name the failing checks}
     *
     * @param summary one line naming the checks and their outcome, kept in the trail
     */
    public static GateVerdict fail(String summary) {
        return new GateVerdict(false, summary);
    }
}
