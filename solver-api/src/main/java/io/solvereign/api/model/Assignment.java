package io.solvereign.api.model;

import java.util.Objects;

/**
 * One tour instance given to one driver, with the block it belongs to (DOMAIN §3 output_hash fields).
 *
 * @param driverId         e.g. {@code D001}
 * @param tourInstanceId   id of the instance
 * @param day              the instance's day
 * @param blockId          id of the driver's block on that day, e.g. {@code D001-Mo}
 * @param blockType        the block's type as labelled by the solver (audits re-derive it)
 * @param startMinute      wall-clock start minute of the tour
 * @param endMinute        wall-clock end minute (>= 1440 when crossing midnight)
 * @param crossesMidnight  whether the tour ends on the next day
 */
public record Assignment(String driverId, String tourInstanceId, Weekday day, String blockId,
                         BlockType blockType, int startMinute, int endMinute, boolean crossesMidnight)
        implements Comparable<Assignment> {

    /**
     * Creates the record, checking its components.
     *
     * @param driverId e.g. {@code D001}
     * @param tourInstanceId id of the instance
     * @param day the instance's day
     * @param blockId id of the driver's block on that day, e.g. {@code D001-Mo}
     * @param blockType the block's type as labelled by the solver (audits re-derive it)
     * @param startMinute wall-clock start minute of the tour
     * @param endMinute wall-clock end minute (>= 1440 when crossing midnight)
     * @param crossesMidnight whether the tour ends on the next day
     */
    public Assignment {
        Objects.requireNonNull(driverId, "driverId");
        Objects.requireNonNull(tourInstanceId, "tourInstanceId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(blockId, "blockId");
        Objects.requireNonNull(blockType, "blockType");
    }

    /** The output_hash order: (driver_id, day, tour_instance_id). */
    @Override
    public int compareTo(Assignment o) {
        int c = driverId.compareTo(o.driverId);
        if (c == 0) {
            c = day.compareTo(o.day);
        }
        return c != 0 ? c : tourInstanceId.compareTo(o.tourInstanceId);
    }
}
