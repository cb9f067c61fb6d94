package io.solvereign.api.repair;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.Plan;
import java.time.Instant;
import java.util.List;

/**
 * Repairs a locked plan after sick calls, or re-plans it against a changed forecast, keeping
 * frozen work where it is (DOMAIN §9, §11). Obtain the engine's implementation from
 * {@code io.solvereign.engine.Repairs.create()}.
 *
 * <p>Contract of every implementation:
 * <ul>
 *   <li>every assignment of an absent driver on an absent day that is not frozen moves; frozen
 *       assignments keep their baseline driver even when he is absent, unless an override names
 *       another driver;</li>
 *   <li>everything else stays unless moving it is needed to place a tour that must move
 *       (churn is minimised greedily, see {@link RepairResult#churn()});</li>
 *   <li>the plan covers every plannable instance and breaks no hard rule; it is checked by the
 *       engine's verifier before it is returned, and an illegal plan is never returned;</li>
 *   <li>the same request gives the same result (same {@code output_hash}) on any JVM and run.</li>
 * </ul>
 */
public interface PlanRepairer {

    /**
     * Repairs the request's baseline.
     *
     * @param request the validated request
     * @return the new plan (naming its baseline), churn, moves with candidates and freeze report
     * @throws NullPointerException when {@code request} is null
     * @throws io.solvereign.api.SolvereignException with {@code ILLEGAL_OVERRIDE} when an override
     *         cannot be honoured without breaking a hard rule on frozen work, or
     *         {@code FREEZE_CONFLICT} when frozen assignments alone break a hard rule (e.g. the
     *         rule set changed, or a removed tour leaves an illegal frozen block); both messages
     *         name the driver and instances concerned
     */
    RepairResult repair(RepairRequest request);

    /**
     * Re-plans a baseline against a (possibly changed) forecast with nobody absent: tours removed
     * from the forecast drop out, added tours are placed like tours that must move, frozen
     * instances stay pinned to their baseline driver.
     *
     * @param forecast  the forecast to plan, same week and zone as the baseline
     * @param baseline  the plan to stay close to
     * @param now       the moment of the decision (freeze window)
     * @param overrides explicit changes of frozen assignments
     * @return as {@link #repair(RepairRequest)}
     */
    default RepairResult replan(Forecast forecast, Plan baseline, Instant now, List<FreezeOverride> overrides) {
        return repair(RepairRequest.replan(forecast, baseline, now, overrides));
    }
}
