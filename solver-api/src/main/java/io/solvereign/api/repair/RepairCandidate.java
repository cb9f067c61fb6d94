package io.solvereign.api.repair;

import java.util.Objects;

/**
 * One driver who could take a moved tour, as ranked when the tour was placed. The ranking is
 * deterministic: fewest added changes, then fewest weekly minutes, then driver id. Opening a fresh
 * driver is the last resort: it is the (only) candidate when no driver of the plan, including
 * drivers added earlier in the same repair, can take the tour legally.
 *
 * @param rank          1 for the best candidate; the tour went to rank 1
 * @param driverId      the candidate driver
 * @param addedChurn    further assignments that would change on top of the tour itself
 *                      (0 when the tour fits the driver's day as it is, k when k tours are displaced)
 * @param weeklyMinutes the candidate's weekly work before taking the tour
 * @param newDriver     true when the candidate is a driver added by this repair
 * @param reason        a short text, e.g. {@code Di 1er -> 2er-reg} or
 *                      {@code Di 2er-reg -> 2er-reg, displaces Di-0600-1030-02 to D017}
 */
public record RepairCandidate(int rank, String driverId, int addedChurn, long weeklyMinutes, boolean newDriver,
                              String reason) {

    /**
     * Creates the record, checking its components.
     *
     * @param rank 1 for the best candidate; the tour went to rank 1
     * @param driverId the candidate driver
     * @param addedChurn further assignments that would change on top of the tour itself
     *                   (0 when the tour fits the driver's day as it is, k when k tours are displaced)
     * @param weeklyMinutes the candidate's weekly work before taking the tour
     * @param newDriver true when the candidate is a driver added by this repair
     * @param reason a short text, e.g. {@code Di 1er -> 2er-reg} or
     *               {@code Di 2er-reg -> 2er-reg, displaces Di-0600-1030-02 to D017}
     */
    public RepairCandidate {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be >= 1, was " + rank);
        }
        Objects.requireNonNull(driverId, "driverId");
        if (addedChurn < 0 || weeklyMinutes < 0) {
            throw new IllegalArgumentException("addedChurn and weeklyMinutes must be >= 0");
        }
        Objects.requireNonNull(reason, "reason");
    }
}
