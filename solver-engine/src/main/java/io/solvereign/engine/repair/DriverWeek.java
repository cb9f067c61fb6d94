package io.solvereign.engine.repair;

import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;

/** One driver's week during a repair: a block (or null) per day, his work and the days he is absent. */
final class DriverWeek {
    /** Driver id, e.g. {@code D017}. */
    final String id;
    /** Position in the repair's driver list (creation order: baseline drivers by id, then added ones). */
    final int index;
    /** True when the repair added this driver. */
    final boolean added;
    /** Per day: true when the driver must not get new work that day. */
    final boolean[] absent;
    /** Per day: his block, null on a day off. */
    final TourBlock[] days = new TourBlock[WeekTours.DAYS];
    /** Sum of the blocks' work minutes. */
    int minutes;

    DriverWeek(String id, int index, boolean added, boolean[] absent) {
        this.id = id;
        this.index = index;
        this.added = added;
        this.absent = absent.clone();
    }

    /** The tours of a day (instance indices in time order), empty on a day off. */
    int[] tours(int day) {
        TourBlock b = days[day];
        if (b == null) {
            return new int[0];
        }
        int[] t = new int[b.size()];
        for (int k = 0; k < t.length; k++) {
            t[k] = b.tour(k);
        }
        return t;
    }

    /** True when the driver has no block at all. */
    boolean idle() {
        for (TourBlock b : days) {
            if (b != null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return id + "(" + minutes + " min)";
    }
}
