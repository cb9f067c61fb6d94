package io.solvereign.api.repair;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How much a repair changed against its baseline (DOMAIN §11: churn = changed assignments / all).
 * Exact integers only; the rate is derived, never stored as a double.
 *
 * @param changedAssignments instances of the new plan whose driver differs from the baseline,
 *                           counting instances the baseline does not assign (new tours)
 * @param totalAssignments   assignments of the new plan
 * @param affectedDrivers    sorted ids of drivers who lost or gained a tour (absent drivers
 *                           included when they lost one, added drivers included)
 * @param movedInstanceIds   sorted ids of the changed instances ({@code changedAssignments} of them)
 * @param removedInstanceIds sorted ids of baseline instances the forecast no longer has
 */
public record ChurnReport(int changedAssignments, int totalAssignments, List<String> affectedDrivers,
                          List<String> movedInstanceIds, List<String> removedInstanceIds) {

    /**
     * Creates the record, checking its components.
     *
     * @param changedAssignments instances of the new plan whose driver differs from the baseline,
     *                           counting instances the baseline does not assign (new tours)
     * @param totalAssignments assignments of the new plan
     * @param affectedDrivers sorted ids of drivers who lost or gained a tour (absent drivers
     *                        included when they lost one, added drivers included)
     * @param movedInstanceIds sorted ids of the changed instances ({@code changedAssignments} of them)
     * @param removedInstanceIds sorted ids of baseline instances the forecast no longer has
     */
    public ChurnReport {
        if (changedAssignments < 0 || totalAssignments < 0 || changedAssignments > totalAssignments) {
            throw new IllegalArgumentException("need 0 <= changed (" + changedAssignments + ") <= total ("
                    + totalAssignments + ")");
        }
        affectedDrivers = List.copyOf(affectedDrivers);
        movedInstanceIds = List.copyOf(movedInstanceIds);
        removedInstanceIds = List.copyOf(removedInstanceIds);
        if (movedInstanceIds.size() != changedAssignments) {
            throw new IllegalArgumentException("movedInstanceIds has " + movedInstanceIds.size() + " ids, changed is "
                    + changedAssignments);
        }
    }

    /** {@return churn in basis points (1/100 %), rounded half up; 0 for an empty plan} */
    public int basisPoints() {
        if (totalAssignments == 0) {
            return 0;
        }
        return (int) ((changedAssignments * 20_000L + totalAssignments) / (2L * totalAssignments));
    }

    /** {@return churn as a percentage with two decimals, e.g. {@code 2.38}} */
    public String percent() {
        int bp = basisPoints();
        return String.format(Locale.ROOT, "%d.%02d", bp / 100, bp % 100);
    }

    /**
     * {@return stability as a percentage with two decimals: assignments that kept their driver over all
     * assignments, the {@code stability_percent} of a plan diff ({@link io.solvereign.api.version.PlanDiff})}
     */
    public String stabilityPercent() {
        int bp = totalAssignments == 0 ? 10_000 : (int) (((long) (totalAssignments - changedAssignments) * 20_000L
                + totalAssignments) / (2L * totalAssignments));
        return String.format(Locale.ROOT, "%d.%02d", bp / 100, bp % 100);
    }

    /**
     * {@return true when churn is strictly below the given percentage, compared exactly (no rounding)}
     *
     * @param percent a whole percentage
     */
    public boolean isBelowPercent(int percent) {
        return changedAssignments * 100L < (long) percent * totalAssignments;
    }
}
