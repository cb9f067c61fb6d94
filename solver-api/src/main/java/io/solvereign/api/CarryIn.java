package io.solvereign.api;

import io.solvereign.api.model.BlockType;
import java.time.Instant;
import java.util.Objects;

/**
 * The last block a driver worked in the previous week, so that rest and fatigue across the week
 * boundary can be checked (DOMAIN §6). Accepted by {@link SolveRequest.Builder#carryIn} but not
 * yet used by the engine.
 *
 * @param driverId  the driver
 * @param blockEnd  absolute end of that block
 * @param blockType its type (a 3er on Sunday forbids a 3er on Monday)
 * @param dayBeforeWeek true when the block was on the day right before the week's Monday
 */
public record CarryIn(String driverId, Instant blockEnd, BlockType blockType, boolean dayBeforeWeek) {

    public CarryIn {
        Objects.requireNonNull(driverId, "driverId");
        Objects.requireNonNull(blockEnd, "blockEnd");
        Objects.requireNonNull(blockType, "blockType");
    }
}
