package io.solvereign.api.scenario;

/** How a plan reacts to a perturbation, by its churn against the base plan (DOMAIN §13). */
public enum StabilityClass {
    /** Churn below 5 %. */
    VERY_STABLE,
    /** Churn below 10 %. */
    STABLE,
    /** Churn below 20 %. */
    SENSITIVE,
    /** Churn of 20 % or more. */
    FRAGILE;

    /**
     * {@return the class of a measured churn; thresholds compared exactly on the integer counts}
     *
     * @param churn the measured churn
     * @throws IllegalArgumentException when the churn was not measured
     */
    public static StabilityClass of(Churn churn) {
        if (!churn.measured()) {
            throw new IllegalArgumentException("a stability class needs a measured churn");
        }
        if (churn.isBelowPercent(5)) {
            return VERY_STABLE;
        }
        if (churn.isBelowPercent(10)) {
            return STABLE;
        }
        return churn.isBelowPercent(20) ? SENSITIVE : FRAGILE;
    }
}
