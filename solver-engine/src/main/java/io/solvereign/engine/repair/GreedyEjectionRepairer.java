package io.solvereign.engine.repair;

import io.solvereign.api.repair.PlanRepairer;
import io.solvereign.api.repair.RepairRequest;
import io.solvereign.api.repair.RepairResult;
import java.util.Objects;

/** The engine's {@link PlanRepairer}: greedy most-constrained-first insertion with bounded ejection chains. */
public final class GreedyEjectionRepairer implements PlanRepairer {

    private GreedyEjectionRepairer() {
    }

    /** A new repairer (stateless). */
    public static PlanRepairer create() {
        return new GreedyEjectionRepairer();
    }

    @Override
    public RepairResult repair(RepairRequest request) {
        Objects.requireNonNull(request, "request");
        throw new UnsupportedOperationException("repair is being implemented");
    }
}
