package io.solvereign.api;

import java.util.List;
import java.util.Objects;

/**
 * Why some tour instances cannot be planned: no legal block or roster can hold them.
 *
 * @param rule        the rule that excludes them, e.g. {@code SPLIT_BREAK}, {@code SPAN_SPLIT} or
 *                    {@code WEEKLY_HOURS}
 * @param instanceIds the instances concerned, sorted
 * @param message     a sentence naming the measured value and the limit
 */
public record Infeasibility(String rule, List<String> instanceIds, String message) {

    /**
     * Creates the record, checking its components.
     *
     * @param rule the rule that excludes them, e.g. {@code SPLIT_BREAK}, {@code SPAN_SPLIT} or
     *             {@code WEEKLY_HOURS}
     * @param instanceIds the instances concerned, sorted
     * @param message a sentence naming the measured value and the limit
     */
    public Infeasibility {
        Objects.requireNonNull(rule, "rule");
        instanceIds = List.copyOf(instanceIds);
        Objects.requireNonNull(message, "message");
    }
}
