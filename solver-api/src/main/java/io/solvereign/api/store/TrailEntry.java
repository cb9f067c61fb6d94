package io.solvereign.api.store;

import io.solvereign.api.internal.store.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entry of the append-only audit trail: who did what to which subject, when and why.
 *
 * @param sequence  1-based position in the trail, assigned by the store
 * @param at        when, from the lifecycle's clock
 * @param actor     who (user or system name)
 * @param action    what
 * @param subjectId the plan or forecast version id concerned, or {@code kill-switch}
 * @param reason    why, as given by the actor
 * @param details   further facts (error code, verdict summary, instance id ...), sorted by key
 */
public record TrailEntry(long sequence, Instant at, String actor, TrailAction action, String subjectId,
                         String reason, SortedMap<String, String> details) {

    public TrailEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1, was " + sequence);
        }
        Objects.requireNonNull(at, "at");
        Checks.requireText("actor", actor);
        Objects.requireNonNull(action, "action");
        Checks.requireText("subjectId", subjectId);
        Checks.requireText("reason", reason);
        details = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(details, "details")));
    }

    /** Builds an entry from any map of details (copied and sorted). */
    public static TrailEntry of(long sequence, Instant at, String actor, TrailAction action, String subjectId,
                                String reason, Map<String, String> details) {
        return new TrailEntry(sequence, at, actor, action, subjectId, reason, new TreeMap<>(details));
    }
}
