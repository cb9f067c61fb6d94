package io.solvereign.api.store;

import io.solvereign.api.internal.store.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A recorded approval of a draft plan (DOMAIN §10): who approved, why, and which conditions held then.
 *
 * @param sequence      the store's sequence number, 1, 2, 3 ... in insertion order
 * @param planId        the approved plan version
 * @param actor         who approved
 * @param reason        why
 * @param conditionsMet condition name (e.g. {@code audits_pass}, {@code coverage_100}, {@code within_window}) to
 *                      whether it held; keys sorted
 * @param at            when, from the lifecycle's clock
 */
public record Approval(long sequence, String planId, String actor, String reason,
                       SortedMap<String, Boolean> conditionsMet, Instant at) {

    public Approval {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1, was " + sequence);
        }
        Checks.requireText("planId", planId);
        Checks.requireText("actor", actor);
        Checks.requireText("reason", reason);
        conditionsMet = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(conditionsMet,
                "conditionsMet")));
        Objects.requireNonNull(at, "at");
    }

    /** True when every recorded condition held. */
    public boolean allConditionsMet() {
        return conditionsMet.values().stream().allMatch(Boolean::booleanValue);
    }
}
