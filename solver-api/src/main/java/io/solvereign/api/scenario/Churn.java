package io.solvereign.api.scenario;

import java.util.Locale;

/**
 * How much a plan differs from a baseline plan after the best driver relabelling: driver ids are
 * matched old to new so that the most work stays with its matched driver (a maximum-weight
 * matching), and only then is a tour counted as changed. Renumbering is no churn: neither of drivers
 * nor of identical tours (instances of one tour line are interchangeable).
 *
 * <p>{@code totalAssignments} counts the tours of either plan (per tour line the larger count), and
 * {@code changedAssignments} those not kept by their matched driver, added or removed ones included,
 * so a demand change counts on both sides. Exact integers; the rate is derived.
 *
 * @param changedAssignments changed, added and removed instances
 * @param totalAssignments   instances of either plan
 * @param measured           false when there was no baseline to compare with (both counts 0)
 */
public record Churn(int changedAssignments, int totalAssignments, boolean measured) {

    /** The value for "no baseline given". */
    public static final Churn NOT_MEASURED = new Churn(0, 0, false);

    /**
     * Creates the record, checking its components.
     *
     * @param changedAssignments changed, added and removed instances
     * @param totalAssignments instances of either plan
     * @param measured false when there was no baseline to compare with (both counts 0)
     */
    public Churn {
        if (changedAssignments < 0 || totalAssignments < 0 || changedAssignments > totalAssignments) {
            throw new IllegalArgumentException("need 0 <= changed (" + changedAssignments + ") <= total ("
                    + totalAssignments + ")");
        }
        if (!measured && totalAssignments != 0) {
            throw new IllegalArgumentException("an unmeasured churn has no counts, total was " + totalAssignments);
        }
    }

    /**
     * {@return a measured churn}
     *
     * @param changedAssignments changed, added and removed instances
     * @param totalAssignments instances of either plan
     */
    public static Churn of(int changedAssignments, int totalAssignments) {
        return new Churn(changedAssignments, totalAssignments, true);
    }

    /** {@return churn in basis points (1/100 %), rounded half up; 0 for empty plans} */
    public int basisPoints() {
        if (totalAssignments == 0) {
            return 0;
        }
        return (int) ((changedAssignments * 20_000L + totalAssignments) / (2L * totalAssignments));
    }

    /** {@return churn as a percentage with two decimals, e.g. {@code 2.38}; {@code -} when not measured} */
    public String percent() {
        if (!measured) {
            return "-";
        }
        int bp = basisPoints();
        return String.format(Locale.ROOT, "%d.%02d", bp / 100, bp % 100);
    }

    /**
     * {@return true when the churn is strictly below the given percentage, compared exactly}
     *
     * @param percent a whole percentage
     */
    public boolean isBelowPercent(int percent) {
        return changedAssignments * 100L < (long) percent * totalAssignments;
    }

    /**
     * Compares two measured churn rates exactly (cross-multiplied, no rounding).
     *
     * @param o the other one
     * @return negative, zero or positive as this churn rate is below, equal to or above {@code o}'s
     * @throws IllegalStateException when either is not measured
     */
    public int compareRate(Churn o) {
        if (!measured || !o.measured) {
            throw new IllegalStateException("only measured churn rates compare");
        }
        return Long.compare(changedAssignments * (long) o.totalAssignments,
                o.changedAssignments * (long) totalAssignments);
    }
}
