package io.solvereign.api.drift;

/** How serious a drift score is (DOMAIN §13). */
public enum DriftLevel {
    /** Score below 10, or no baseline yet. */
    OK,
    /** Score below 25. */
    WARNING,
    /** Score below 50. */
    ALERT,
    /** Score of 50 or more. */
    INCIDENT;

    /**
     * {@return the level of a score}
     *
     * @param score the drift score
     */
    public static DriftLevel of(double score) {
        if (score < 10) {
            return OK;
        }
        if (score < 25) {
            return WARNING;
        }
        return score < 50 ? ALERT : INCIDENT;
    }
}
