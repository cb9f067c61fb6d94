package io.solvereign.engine;

import io.solvereign.api.Infeasibility;
import io.solvereign.api.RosterSolver;
import io.solvereign.api.SolveListener;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStats;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.cost.LexCost;
import io.solvereign.api.io.CanonicalForm;
import io.solvereign.api.io.ConfigHash;
import io.solvereign.api.io.OutputHash;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.assign.PlanVerifier;
import io.solvereign.engine.assign.RosterAssigner;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.block.BlockRules;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.block.UnplannableTours;
import io.solvereign.engine.bound.LowerBound;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.select.BlockSelector;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The staged solver behind {@link Solvers#create()}; see there for the stages. */
final class DefaultRosterSolver implements RosterSolver {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultRosterSolver.class);
    /** Pivot budget of the bound per tour line; Wien (277 lines) needs about 11 per line. */
    static final long BOUND_PIVOTS_PER_LINE = 60;

    DefaultRosterSolver() {
    }

    @Override
    public SolveResult solve(SolveRequest request) {
        Objects.requireNonNull(request, "request");
        RuleSet rules = request.ruleSet();
        SolveListener listener = request.listener();
        SafetyCap cap = new SafetyCap(request.safetyCap());
        TreeMap<String, Long> phaseWork = new TreeMap<>();

        listener.phaseStarted("blocks");
        List<Infeasibility> infeasible = UnplannableTours.find(request.forecast(), rules);
        WeekTours week = WeekTours.of(request.forecast(), UnplannableTours.excludedIds(infeasible));
        BlockCatalog catalog = BlockCatalog.generate(week, new BlockRules(rules));
        LOG.info("solve: {} tours on {} lines, {} legal blocks, {} unplannable lines, seed {}",
                week.size(), week.lineCount(), catalog.size(), infeasible.size(), request.seed());

        listener.phaseStarted("bound");
        LowerBound.Result lb = LowerBound.compute(week, catalog, rules,
                BOUND_PIVOTS_PER_LINE * Math.max(1, week.lineCount()), cap, listener::boundImproved);
        phaseWork.put("bound", lb.pivots());
        LOG.info("bound: {} drivers after {} pivots (LP solved: {})", lb.certificate().drivers(), lb.pivots(),
                lb.lpSolved());

        listener.phaseStarted("select");
        BlockSelector.Selection sel = new BlockSelector(week, rules).select(Math.max(1, lb.certificate().drivers()),
                request.workBudget(), request.seed(), cap,
                levels -> listener.betterPlanFound(selectionCost(rules, levels)));
        phaseWork.put("select", sel.work());
        logDays(sel.days());
        LOG.info("select: blocks for {} drivers after {} moves", sel.drivers(), sel.work());

        listener.phaseStarted("assign");
        RosterAssigner.Rosters rosters = new RosterAssigner(rules).assign(sel.days(), sel.drivers(),
                Math.max(1, request.workBudget() / 2));
        phaseWork.put("repair", rosters.repairWork());
        LOG.info("assign: {} drivers work (pool {} for blocks selected for {})", rosters.rosters().size(),
                rosters.poolSize(), sel.drivers());

        if (rosters.rosters().size() > lb.certificate().drivers() && lb.capMayHelp()) {
            // Only worth the slower network when the plan is above the bound.
            listener.phaseStarted("bound-cap");
            lb = LowerBound.withCap(week, catalog, rules, lb, BOUND_PIVOTS_PER_LINE * week.lineCount(), cap,
                    listener::boundImproved);
            phaseWork.put("bound", lb.pivots());
            LOG.info("bound with weekly cap: {} drivers after {} pivots in all", lb.certificate().drivers(), lb.pivots());
        }
        LowerBoundCertificate bound = lb.certificate();

        listener.phaseStarted("verify");
        PlanVerifier.verify(week, rules, rosters.rosters());
        PlanAssembler asm = new PlanAssembler(week, rules);
        List<TourBlock[]> ordered = asm.order(rosters.rosters());
        List<Assignment> assignments = asm.assignments(ordered);
        Kpis kpis = asm.kpis(ordered, bound.drivers());
        LexCost cost = asm.cost(kpis);
        listener.betterPlanFound(cost);
        String configHash = ConfigHash.of(rules, request.seed(), request.workBudget(), Solvers.VERSION);
        Plan plan = new Plan(CanonicalForm.inputHash(request.forecast()), configHash,
                OutputHash.of(assignments, configHash, kpis), request.seed(), request.workBudget(), Solvers.VERSION,
                request.forecast().weekAnchor(), request.forecast().zone(), rules, assignments, kpis, bound);
        SolveStatus status = status(infeasible, kpis);
        long work = phaseWork.values().stream().mapToLong(Long::longValue).sum();
        LOG.info("solve done: {} drivers (bound {}), cost {}, status {}", kpis.drivers(), bound.drivers(), cost, status);
        return new SolveResult(plan, status, cost, infeasible,
                new SolveStats(work, request.workBudget(), cap.fired(), phaseWork));
    }

    private static SolveStatus status(List<Infeasibility> infeasible, Kpis kpis) {
        if (!infeasible.isEmpty()) {
            return SolveStatus.INFEASIBLE;
        }
        if (kpis.drivers() > kpis.lowerBound()) {
            return SolveStatus.FEASIBLE;
        }
        boolean laterZero = kpis.ptDrivers() == 0 && kpis.doublesSplit() == 0 && kpis.singles() == 0;
        return laterZero ? SolveStatus.OPTIMAL : SolveStatus.DRIVERS_OPTIMAL;
    }

    /** Selection progress as a cost; part-time is only known after assignment and reads 0 here. */
    private static LexCost selectionCost(RuleSet rules, long[] levels) {
        long[] out = new long[1 + rules.objectiveOrder().size()];
        out[0] = levels[0];
        int next = 1;
        for (int i = 0; i < rules.objectiveOrder().size(); i++) {
            out[i + 1] = switch (rules.objectiveOrder().get(i)) {
                case PART_TIME -> 0;
                default -> levels[next++];
            };
        }
        return LexCost.of(out);
    }

    private static void logDays(List<List<TourBlock>> days) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        for (int d = 0; d < days.size(); d++) {
            int[] mix = new int[4];
            for (TourBlock b : days.get(d)) {
                mix[b.type.ordinal()]++;
            }
            LOG.debug("day {}: {} blocks (1er {}, 2er-reg {}, 2er-split {}, 3er {})", d, days.get(d).size(),
                    mix[0], mix[1], mix[2], mix[3]);
        }
    }

    /** The wall-clock safety cap: polled by the search, remembers whether it fired. */
    private static final class SafetyCap implements BooleanSupplier {
        private final long deadline;
        private final boolean active;
        private boolean fired;

        SafetyCap(java.time.Duration cap) {
            active = !cap.isZero();
            deadline = active ? System.nanoTime() + cap.toNanos() : 0;
        }

        @Override
        public boolean getAsBoolean() {
            if (active && !fired && System.nanoTime() - deadline > 0) {
                fired = true;
            }
            return fired;
        }

        boolean fired() {
            return fired;
        }
    }
}
