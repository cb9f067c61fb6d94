package io.solvereign.api.model;

/** The levels of the lexicographic objective (DOMAIN §7). DRIVERS always comes first. */
public enum ObjectiveLevel {
    /** Number of drivers with at least one tour. */
    DRIVERS,
    /** Number of drivers under the FTE threshold. */
    PART_TIME,
    /** Number of 2er-split blocks. */
    SPLITS,
    /** Number of 1er blocks. */
    SINGLES,
    /** Assignments changed against a baseline plan (only when a baseline is given). */
    CHURN
}
