package io.solvereign.api.repair;

import io.solvereign.api.model.Weekday;
import java.util.List;
import java.util.Objects;

/**
 * A tour instance whose driver differs from the baseline.
 *
 * @param instanceId   the tour instance
 * @param day          its day
 * @param fromDriverId its baseline driver; empty for a tour the baseline does not assign
 * @param toDriverId   its driver in the repaired plan
 * @param reason       why it moved
 * @param candidates   up to three candidates as ranked when it was placed (rank 1 first, its new
 *                     driver); for an override the override's driver alone
 */
public record MovedTour(String instanceId, Weekday day, String fromDriverId, String toDriverId, MoveReason reason,
                        List<RepairCandidate> candidates) {

    /**
     * Creates the record, checking its components.
     *
     * @param instanceId the tour instance
     * @param day its day
     * @param fromDriverId its baseline driver; empty for a tour the baseline does not assign
     * @param toDriverId its driver in the repaired plan
     * @param reason why it moved
     * @param candidates up to three candidates as ranked when it was placed (rank 1 first, its new
     *                   driver); for an override the override's driver alone
     */
    public MovedTour {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(fromDriverId, "fromDriverId");
        Objects.requireNonNull(toDriverId, "toDriverId");
        Objects.requireNonNull(reason, "reason");
        candidates = List.copyOf(candidates);
        if (candidates.size() > 3) {
            throw new IllegalArgumentException("at most 3 candidates, got " + candidates.size());
        }
    }
}
