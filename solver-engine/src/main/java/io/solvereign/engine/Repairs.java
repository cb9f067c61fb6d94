package io.solvereign.engine;

import io.solvereign.api.repair.PlanRepairer;
import io.solvereign.engine.repair.GreedyEjectionRepairer;

/**
 * Entry point of sick-call repair and freeze-pinned re-planning (DOMAIN §9, §11):
 * {@code Repairs.create().repair(RepairRequest.sickCall(forecast, lockedPlan, now, List.of("D007")))}.
 *
 * <p>The repairer keeps the baseline and moves only what must move: tours of absent drivers on
 * their absent days that are not frozen, tours of blocks that are no longer legal, and tours new to
 * the forecast. Frozen instances are pinned to their baseline driver (or an override's driver) and
 * are never candidates for moving. Each tour to place goes to the existing driver whose day it fits
 * legally with the fewest extra changes (direct insertion, then short ejection chains), ranked by
 * fewest weekly minutes and then id; only when no legal option exists is a driver added. The result
 * is verified by the engine's rule checker before it is returned.
 */
public final class Repairs {
    private Repairs() {
    }

    /**
     * A new repairer; instances are stateless and may be reused and shared.
     *
     * @return the engine's greedy ejection repairer
     */
    public static PlanRepairer create() {
        return GreedyEjectionRepairer.create();
    }
}
