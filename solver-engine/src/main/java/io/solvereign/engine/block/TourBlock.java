package io.solvereign.engine.block;

import io.solvereign.api.model.BlockType;
import io.solvereign.engine.rules.WorkBlock;
import java.util.Arrays;

/**
 * A block bound to tour instances: the tours (instance indices of
 * {@link io.solvereign.engine.internal.WeekTours}) one driver works on one day, in time order.
 */
public final class TourBlock implements WorkBlock {
    /** Day index 0..6. */
    public final int day;
    /** The block's type. */
    public final BlockType type;
    private final int[] tours;
    /** Absolute start of the first tour. */
    public final int start;
    /** Absolute end of the last tour. */
    public final int end;
    /** Sum of tour durations. */
    public final int minutes;

    /**
     * @param day     day index
     * @param type    type (checked by the caller)
     * @param tours   instance indices in time order (copied)
     * @param start   absolute start
     * @param end     absolute end
     * @param minutes work minutes
     */
    public TourBlock(int day, BlockType type, int[] tours, int start, int end, int minutes) {
        this.day = day;
        this.type = type;
        this.tours = tours.clone();
        this.start = start;
        this.end = end;
        this.minutes = minutes;
    }

    /** Number of tours. */
    public int size() {
        return tours.length;
    }

    /** The i-th tour (instance index). */
    public int tour(int i) {
        return tours[i];
    }

    @Override
    public int day() {
        return day;
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int end() {
        return end;
    }

    @Override
    public int minutes() {
        return minutes;
    }

    /** True for a 3er. */
    @Override
    public boolean isTriple() {
        return type == BlockType.TRIPLE;
    }

    /** Minutes worked in a roster (one block or null per day). */
    public static int weekMinutes(TourBlock[] week) {
        int m = 0;
        for (TourBlock b : week) {
            if (b != null) {
                m += b.minutes;
            }
        }
        return m;
    }

    /** Orders by (start, end, first tour): the canonical block order within a day. */
    public static int compare(TourBlock a, TourBlock b) {
        int c = Integer.compare(a.start, b.start);
        if (c == 0) {
            c = Integer.compare(a.end, b.end);
        }
        return c != 0 ? c : Arrays.compare(a.tours, b.tours);
    }

    @Override
    public String toString() {
        return type.label() + "@" + day + Arrays.toString(tours);
    }

    /**
     * Drivers of the plan who work at all, the headcount of the first objective level.
     *
     * @param plan one week (a block or null per day) per driver
     * @return how many of the weeks hold a block
     */
    public static int workingDrivers(TourBlock[][] plan) {
        int c = 0;
        for (TourBlock[] week : plan) {
            c += weekMinutes(week) > 0 ? 1 : 0;
        }
        return c;
    }

    /**
     * Drivers of the plan who work but stay under the full-time threshold (the part-time level).
     *
     * @param plan one week (a block or null per day) per driver
     * @param fte  the full-time threshold in minutes
     * @return how many working weeks have fewer than {@code fte} minutes
     */
    public static int partTimeDrivers(TourBlock[][] plan, int fte) {
        int c = 0;
        for (TourBlock[] week : plan) {
            int m = weekMinutes(week);
            c += m > 0 && m < fte ? 1 : 0;
        }
        return c;
    }
}
