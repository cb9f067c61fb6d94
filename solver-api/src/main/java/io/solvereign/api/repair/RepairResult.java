package io.solvereign.api.repair;

import io.solvereign.api.Infeasibility;
import io.solvereign.api.model.Plan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link PlanRepairer#repair(RepairRequest)}.
 *
 * <p>The plan's hashes are formed like the solver's: {@code solver_config_hash} by
 * {@link io.solvereign.api.internal.io.ConfigHash} over the request's rule set and seed and the engine
 * version, {@code output_hash} by {@link io.solvereign.api.internal.io.OutputHash}. Driver ids of the
 * baseline are kept; added drivers continue after the highest baseline id. Drivers left without
 * any tour (e.g. absent all week) do not appear in the plan.
 *
 * @param plan               the repaired plan; every plannable instance covered, every hard rule held
 * @param baselineOutputHash {@code output_hash} of the baseline it was made from
 * @param churn              changed assignments against the baseline
 * @param moves              every instance whose driver changed, sorted by instance id
 * @param freeze             what the freeze window held in place and which overrides were applied
 * @param addedDrivers       sorted ids of drivers the repair had to add (empty when existing drivers sufficed)
 * @param infeasibilities    instances no legal block can hold (left out, as in the solver); empty normally
 * @param work               legality checks made (deterministic work units; never hashed)
 */
public record RepairResult(Plan plan, String baselineOutputHash, ChurnReport churn, List<MovedTour> moves,
                           FreezeReport freeze, List<String> addedDrivers, List<Infeasibility> infeasibilities,
                           long work) {

    public RepairResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(baselineOutputHash, "baselineOutputHash");
        Objects.requireNonNull(churn, "churn");
        moves = List.copyOf(moves);
        Objects.requireNonNull(freeze, "freeze");
        addedDrivers = List.copyOf(addedDrivers);
        infeasibilities = List.copyOf(infeasibilities);
    }

    /** True when the repair had to add drivers. */
    public boolean driversAdded() {
        return !addedDrivers.isEmpty();
    }

    /** True when every instance of the forecast is covered (no infeasibilities). */
    public boolean fullyCovered() {
        return infeasibilities.isEmpty();
    }

    /** The move of the given instance, empty when it kept its baseline driver. */
    public Optional<MovedTour> move(String instanceId) {
        Objects.requireNonNull(instanceId, "instanceId");
        return moves.stream().filter(m -> m.instanceId().equals(instanceId)).findFirst();
    }
}
