package io.solvereign.api.repair;

import io.solvereign.api.model.FreezeOverride;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the freeze window (DOMAIN §9) held in place during a repair.
 *
 * @param now                    the moment of the decision
 * @param freezeMinutes          the window before a tour's start
 * @param frozenInstances        instances of the forecast that were frozen and assigned in the
 *                               baseline; all of them kept their baseline driver except those
 *                               named by an applied override
 * @param keptAtAbsentDrivers    sorted ids of frozen instances that stayed with an absent driver
 *                               (already underway or committed; a dispatcher must look at them)
 * @param appliedOverrides       the overrides honoured, with user and reason, sorted by instance id,
 *                               for the plan's audit trail
 * @param frozenRemoved          sorted ids of frozen baseline instances the forecast no longer has
 *                               (a conflict to report: the work was committed)
 */
public record FreezeReport(Instant now, int freezeMinutes, int frozenInstances, List<String> keptAtAbsentDrivers,
                           List<FreezeOverride> appliedOverrides, List<String> frozenRemoved) {

    /**
     * Creates the record, checking its components.
     *
     * @param now the moment of the decision
     * @param freezeMinutes the window before a tour's start
     * @param frozenInstances instances of the forecast that were frozen and assigned in the
     *                        baseline; all of them kept their baseline driver except those
     *                        named by an applied override
     * @param keptAtAbsentDrivers sorted ids of frozen instances that stayed with an absent driver
     *                            (already underway or committed; a dispatcher must look at them)
     * @param appliedOverrides the overrides honoured, with user and reason, sorted by instance id,
     *                         for the plan's audit trail
     * @param frozenRemoved sorted ids of frozen baseline instances the forecast no longer has
     *                      (a conflict to report: the work was committed)
     */
    public FreezeReport {
        Objects.requireNonNull(now, "now");
        if (freezeMinutes < 0 || frozenInstances < 0) {
            throw new IllegalArgumentException("freezeMinutes and frozenInstances must be >= 0");
        }
        keptAtAbsentDrivers = List.copyOf(keptAtAbsentDrivers);
        appliedOverrides = List.copyOf(appliedOverrides);
        frozenRemoved = List.copyOf(frozenRemoved);
    }
}
