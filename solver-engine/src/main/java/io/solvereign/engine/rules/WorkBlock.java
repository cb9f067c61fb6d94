package io.solvereign.engine.rules;

/**
 * What the week rules see of one driver's block on one day. Times are absolute minutes from the
 * start of the week, so rest across midnight and across days is a plain difference.
 */
public interface WorkBlock {
    /** Day index 0 (Monday) .. 6 (Sunday). */
    int day();

    /** Start of the first tour. */
    int start();

    /** End of the last tour. */
    int end();

    /** Sum of the tours' durations. */
    int minutes();

    /** True for a 3er (the fatigue rule's concern). */
    boolean isTriple();
}
