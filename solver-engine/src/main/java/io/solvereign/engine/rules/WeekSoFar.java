package io.solvereign.engine.rules;

/**
 * One driver's week while it is built day after day (blocks added in day order): the facts the
 * week rules decide the next block on. Ask {@link LabourRules#allows(WeekSoFar, WorkBlock)} before
 * {@link #add(WorkBlock)}.
 */
public final class WeekSoFar {
    private WorkBlock last;
    private int minutes;
    private int days;

    /** Adds the driver's block of a day after every day added so far. */
    public void add(WorkBlock b) {
        if (last != null && b.day() <= last.day()) {
            throw new IllegalArgumentException("block of day " + b.day() + " after day " + last.day());
        }
        last = b;
        minutes += b.minutes();
        days++;
    }

    /** The latest block, or null before the first. */
    public WorkBlock last() {
        return last;
    }

    /** Work minutes so far. */
    public int minutes() {
        return minutes;
    }

    /** Days with a block so far. */
    public int days() {
        return days;
    }
}
