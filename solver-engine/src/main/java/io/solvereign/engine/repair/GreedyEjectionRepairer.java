package io.solvereign.engine.repair;

import io.solvereign.api.Infeasibility;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Plan;
import io.solvereign.api.repair.ChurnReport;
import io.solvereign.api.repair.MovedTour;
import io.solvereign.api.repair.PlanRepairer;
import io.solvereign.api.repair.RepairRequest;
import io.solvereign.api.repair.RepairResult;
import io.solvereign.engine.block.UnplannableTours;
import io.solvereign.engine.internal.WeekTours;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link PlanRepairer}: load the baseline with its freeze pins ({@link BaselineLoader}),
 * place what must move most-constrained first with direct insertions and bounded ejection chains
 * ({@link Placer}), add drivers only when nothing else is legal, then verify and hash
 * ({@link RepairAssembler}). Deterministic: every choice is ranked by a total order on counts, minutes
 * and ids, and the chain search is cut by counted work, never by time.
 */
public final class GreedyEjectionRepairer implements PlanRepairer {
    private static final Logger LOG = LoggerFactory.getLogger(GreedyEjectionRepairer.class);

    private GreedyEjectionRepairer() {
    }

    /** A new repairer (stateless). */
    public static PlanRepairer create() {
        return new GreedyEjectionRepairer();
    }

    @Override
    public RepairResult repair(RepairRequest request) {
        Objects.requireNonNull(request, "request");
        List<Infeasibility> infeasible = UnplannableTours.find(request.forecast(), request.ruleSet());
        Set<String> excluded = UnplannableTours.excludedIds(infeasible);
        RosterState s = new RosterState(WeekTours.of(request.forecast(), excluded), request.ruleSet());
        Ledger led = BaselineLoader.load(request, s);
        int mustPlace = led.pending.size();
        TreeSet<String> existing = new TreeSet<>();
        s.drivers().forEach(d -> existing.add(d.id));
        request.baseline().assignments().stream().map(Assignment::driverId).forEach(existing::add);
        new Placer(s, led, new DriverIds(existing)).placeAll();

        Plan plan = RepairAssembler.plan(request, s, excluded);
        RepairReports reports = new RepairReports(request, plan, s, led);
        List<MovedTour> moves = reports.moves();
        ChurnReport churn = reports.churn();
        List<String> added = new ArrayList<>();
        RepairAssembler.active(s).stream().filter(d -> d.added).forEach(d -> added.add(d.id));
        LOG.info("repair: {} units to place, {} of {} assignments changed ({} %), {} drivers added, {} tests",
                mustPlace, churn.changedAssignments(), churn.totalAssignments(), churn.percent(), added.size(),
                s.work());
        return new RepairResult(plan, request.baseline().outputHash(), churn, moves, reports.freeze(), added,
                infeasible, s.work());
    }
}
