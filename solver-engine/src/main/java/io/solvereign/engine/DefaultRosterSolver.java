package io.solvereign.engine;

import io.solvereign.api.Infeasibility;
import io.solvereign.api.RosterSolver;
import io.solvereign.api.SolveListener;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStats;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.cost.LexCost;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ConfigHash;
import io.solvereign.api.internal.io.OutputHash;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.assign.PlanVerifier;
import io.solvereign.engine.assign.RosterAssigner;
import io.solvereign.engine.assign.TourTransfer;
import io.solvereign.api.model.BlockType;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.block.UnplannableTours;
import io.solvereign.engine.bound.LowerBound;
import io.solvereign.engine.bound.PartTimeBound;
import io.solvereign.engine.bound.WeekBound;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import io.solvereign.engine.select.BlockSelector;
import java.util.ArrayList;
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
    static final long BOUND_PIVOTS_PER_LINE = WeekBound.PIVOTS_PER_LINE;
    /** Repair evaluations per squared driver (see {@link #repairBudget}). */
    static final long REPAIR_PER_DRIVER_SQUARED = 2;

    DefaultRosterSolver() {
    }

    @Override
    public SolveResult solve(SolveRequest request) {
        Objects.requireNonNull(request, "request");
        RuleSet rules = request.ruleSet();
        BestSoFarListener listener = new BestSoFarListener(request.listener());
        SafetyCap cap = new SafetyCap(request.safetyCap());
        TreeMap<String, Long> phaseWork = new TreeMap<>();

        listener.phaseStarted("blocks");
        List<Infeasibility> infeasible = UnplannableTours.find(request.forecast(), rules);
        WeekTours week = WeekTours.of(request.forecast(), UnplannableTours.excludedIds(infeasible));
        BlockCatalog catalog = BlockCatalog.generate(week, LabourRules.of(rules));
        LOG.info("solve: {} tours on {} lines, {} legal blocks, {} unplannable lines, seed {}",
                week.size(), week.lineCount(), catalog.size(), infeasible.size(), request.seed());

        listener.phaseStarted("bound");
        LowerBound.Result lb = LowerBound.compute(week, catalog, rules,
                BOUND_PIVOTS_PER_LINE * Math.max(1, week.lineCount()), cap, listener::boundImproved);
        phaseWork.put("bound", lb.pivots());
        LOG.info("bound: {} drivers after {} pivots (LP solved: {})", lb.certificate().drivers(), lb.pivots(),
                lb.lpSolved());

        int target = Math.max(1, lb.certificate().drivers());
        PlanAssembler asm = new PlanAssembler(week, rules);
        BlockType[] order = BlockSelector.levelTypes(rules);
        List<NamedSelector> more = partTimeRanksFirst(rules) ? partTimeSelectors(week, rules, order) : List.of();
        NamedSelector first = new NamedSelector("", new BlockSelector(week, rules, order));
        int threads = Runtime.getRuntime().availableProcessors();
        List<Attempt> attempts;
        int ptBound;
        int forced = more.isEmpty() ? 0 : PartTimeBound.byTotalWork(week, rules, target);
        if (forced > 0) {
            LOG.info("part-time: at least {} forced at {} drivers, {} attempts on {} threads", forced, target,
                    1 + more.size(), Math.min(threads, 1 + more.size()));
            // The tours' total work forces part-timers at the target headcount (a short week): the further
            // selections run whatever the first finds, so all start together; the first also computes the bound.
            List<AttemptRunner.Task<Attempt>> tasks = new ArrayList<>();
            tasks.add(l -> withPartTimeBound(attempt(week, rules, request, l, cap, target, first, asm), week, catalog,
                    rules));
            more.forEach(s -> tasks.add(l -> attempt(week, rules, request, l, cap, target, s, asm)));
            attempts = AttemptRunner.run(tasks, listener, threads);
            ptBound = attempts.get(0).ptBound();
        } else {
            attempts = new ArrayList<>(List.of(withPartTimeBound(
                    attempt(week, rules, request, listener, cap, target, first, asm), week, catalog, rules)));
            ptBound = attempts.get(0).ptBound();
            if (!more.isEmpty() && ptBound > 0 && attempts.get(0).partTime() > ptBound) {
                // The headcount forces part-timers and the plan is above that bound: the block shape
                // decides part-time, so select again in the further ways.
                List<AttemptRunner.Task<Attempt>> tasks = new ArrayList<>();
                more.forEach(s -> tasks.add(l -> attempt(week, rules, request, l, cap, target, s, asm)));
                attempts.addAll(AttemptRunner.run(tasks, listener, threads));
            }
        }
        // The lexicographically best plan; ties go to the earlier attempt.
        Attempt best = attempts.get(0);
        for (Attempt a : attempts) {
            phaseWork.put("select" + a.suffix(), a.selectWork());
            phaseWork.put("repair" + a.suffix(), a.rosters().repairWork());
            if (a != attempts.get(0)) {
                LOG.info("part-time: best {}, {} with selection{} (bound {})", best.cost(), a.cost(), a.suffix(), ptBound);
            }
            if (a.cost().compareTo(best.cost()) < 0) {
                best = a;
            }
        }
        if (best.drivers() != attempts.get(0).drivers()) {
            ptBound = PartTimeBound.compute(week, catalog, rules, best.drivers(), best.partTime());
        }
        RosterAssigner.Rosters rosters = best.rosters();

        if (rosters.rosters().size() > lb.certificate().drivers() && lb.capMayHelp()) {
            // Only worth the slower network when the plan is above the bound.
            listener.phaseStarted("bound-cap");
            lb = LowerBound.withCap(week, catalog, rules, lb, BOUND_PIVOTS_PER_LINE * week.lineCount(), cap,
                    listener::boundImproved);
            phaseWork.put("bound", lb.pivots());
            LOG.info("bound with weekly cap: {} drivers after {} pivots in all", lb.certificate().drivers(), lb.pivots());
        }
        LowerBoundCertificate bound = lb.certificate();

        List<TourBlock[]> ordered = asm.order(rosters.rosters());
        List<Assignment> assignments = asm.assignments(ordered);
        Kpis kpis = asm.kpis(ordered, bound.drivers(), ptBound);
        LexCost cost = asm.cost(kpis);
        // The final plan's cost, counted on its rosters, also before the last phase starts: a progress line
        // printed per phase then shows the plan returned (assignment lines carry the selection's block counts).
        listener.finalPlan(cost);
        listener.phaseStarted("verify");
        PlanVerifier.verify(week, rules, rosters.rosters());
        listener.finalPlan(cost);
        String configHash = ConfigHash.of(rules, request.seed(), request.workBudget(), Solvers.VERSION);
        Plan plan = new Plan(CanonicalForm.inputHash(request.forecast()), configHash,
                OutputHash.of(assignments, configHash, kpis), request.seed(), request.workBudget(), Solvers.VERSION,
                request.forecast().weekAnchor(), request.forecast().zone(), rules, assignments, kpis, bound);
        SolveStatus status = status(infeasible, kpis, rules);
        long work = phaseWork.values().stream().mapToLong(Long::longValue).sum();
        LOG.info("solve done: {} drivers (bound {}), {} part-time (bound {}), cost {}, status {}", kpis.drivers(),
                bound.drivers(), kpis.ptDrivers(), kpis.ptLowerBound(), cost, status);
        return new SolveResult(plan, status, cost, infeasible,
                new SolveStats(work, request.workBudget(), cap.fired(), phaseWork));
    }

    /**
     * One block selection by {@code named}'s selector, then the assignment with swaps, tour transfers
     * and re-matchings; its work is returned for {@code select} and {@code repair} plus the suffix.
     * Progress costs name the selector's own level order, so a selection with the levels swapped is
     * reported (and compared) under the right labels. Safe to run beside other attempts: it shares
     * only read-only inputs.
     */
    private static Attempt attempt(WeekTours week, RuleSet rules, SolveRequest request, SolveListener listener,
                                   SafetyCap cap, int target, NamedSelector named, PlanAssembler asm) {
        BlockSelector selector = named.selector();
        BlockType[] order = selector.order();
        listener.phaseStarted(BestSoFarListener.SELECT);
        BlockSelector.Selection sel = selector.select(target, request.workBudget(),
                request.seed(), cap, levels -> listener.betterPlanFound(selectionCost(rules, order, levels)));
        logDays(sel.days());
        LOG.info("select{}: blocks for {} drivers after {} moves", named.suffix(), sel.drivers(), sel.work());

        listener.phaseStarted("assign");
        long[] selected = sel.levels();
        BlockType[] levels = BlockSelector.levelTypes(rules);
        TourTransfer transfer = new TourTransfer(week, rules, levels[0], levels[1]);
        RosterAssigner.Rosters rosters = new RosterAssigner(rules, transfer).assign(sel.days(), sel.drivers(),
                repairBudget(request.workBudget(), target),
                (drivers, pt) -> listener.betterPlanFound(levelCost(rules, drivers, pt, order, selected)));
        LOG.info("assign{}: {} drivers work (pool {} for blocks selected for {})", named.suffix(),
                rosters.rosters().size(), rosters.poolSize(), sel.drivers());
        Kpis k = asm.kpis(rosters.rosters(), 0, 0);
        return new Attempt(named.suffix(), sel.work(), rosters, asm.cost(k), k.drivers(), k.ptDrivers(), -1);
    }

    /**
     * The attempt with the certified part-time bound at its headcount (0 without part-timers). The
     * bound's ascent aims at a known part-time count; the count before the re-matchings is the looser
     * target, and its longer steps end higher on the short weeks (any target gives a valid bound).
     */
    private static Attempt withPartTimeBound(Attempt a, WeekTours week, BlockCatalog catalog, RuleSet rules) {
        int bound = a.partTime() == 0 ? 0 : PartTimeBound.compute(week, catalog, rules, a.drivers(),
                Math.max(a.partTime(), a.rosters().partTimeBeforeRematch()));
        return new Attempt(a.suffix(), a.selectWork(), a.rosters(), a.cost(), a.drivers(), a.partTime(), bound);
    }

    /**
     * The further selections tried, in this order, when the headcount forces part-timers: together with
     * the first when the tours' total work already forces them, else after the first when its plan is
     * above the part-time bound. First with the block levels swapped (fewer singles first
     * leaves longer blocks), then one that raises the drivers who could reach the FTE threshold with
     * the selected blocks (the mix of block sizes per day and the rest between days decide that).
     */
    private static List<NamedSelector> partTimeSelectors(WeekTours week, RuleSet rules, BlockType[] order) {
        return List.of(new NamedSelector("-pt", new BlockSelector(week, rules, new BlockType[] {order[1], order[0]})),
                new NamedSelector("-ft", BlockSelector.fullTime(week, rules)));
    }

    /** A selector and the suffix its work is recorded under in the phase work. */
    private record NamedSelector(String suffix, BlockSelector selector) {
    }

    /**
     * Move evaluations for the part-time swaps and transfers: half the work budget, but at least
     * {@value #REPAIR_PER_DRIVER_SQUARED} x drivers^2, since one pass over a part-timer's partners
     * costs O(drivers) evaluations and a large pool would otherwise stop the repair half-way.
     */
    static long repairBudget(long workBudget, int drivers) {
        return Math.max(1, Math.max(workBudget / 2, REPAIR_PER_DRIVER_SQUARED * drivers * drivers));
    }

    /** True when part-time is ranked above both block levels (the default order). */
    private static boolean partTimeRanksFirst(RuleSet rules) {
        List<ObjectiveLevel> o = rules.objectiveOrder();
        int pt = o.indexOf(ObjectiveLevel.PART_TIME);
        return pt >= 0 && (o.indexOf(ObjectiveLevel.SPLITS) < 0 || pt < o.indexOf(ObjectiveLevel.SPLITS))
                && (o.indexOf(ObjectiveLevel.SINGLES) < 0 || pt < o.indexOf(ObjectiveLevel.SINGLES));
    }

    /**
     * A selected and assigned plan with its cost (drivers, then the rule set's order), the selection's
     * work and, for the first attempt, the part-time bound at its headcount (-1 when not computed).
     */
    private record Attempt(String suffix, long selectWork, RosterAssigner.Rosters rosters, LexCost cost, int drivers,
                           int partTime, int ptBound) {
    }

    /** The status word of the proven levels (see {@link SolveResult#provenLevels(Kpis, List)}). */
    static SolveStatus status(List<Infeasibility> infeasible, Kpis kpis, RuleSet rules) {
        if (!infeasible.isEmpty()) {
            return SolveStatus.INFEASIBLE;
        }
        List<ObjectiveLevel> proven = SolveResult.provenLevels(kpis, rules.objectiveOrder());
        if (proven.isEmpty()) {
            return SolveStatus.FEASIBLE;
        }
        if (proven.size() == 1 + rules.objectiveOrder().size()) {
            return SolveStatus.OPTIMAL;
        }
        return proven.contains(ObjectiveLevel.PART_TIME) ? SolveStatus.PART_TIME_OPTIMAL : SolveStatus.DRIVERS_OPTIMAL;
    }

    /** Selection progress as a cost; part-time is only known after assignment and reads 0 here. */
    private static LexCost selectionCost(RuleSet rules, BlockType[] order, long[] levels) {
        return levelCost(rules, levels[0], 0, order, levels);
    }

    /**
     * A cost in the rule set's order from drivers, part-time and a selection's
     * {@code {drivers, blocks of order[0], blocks of order[1]}}.
     */
    private static LexCost levelCost(RuleSet rules, long drivers, long pt, BlockType[] order, long[] selection) {
        long[] out = new long[1 + rules.objectiveOrder().size()];
        out[0] = drivers;
        for (int i = 0; i < rules.objectiveOrder().size(); i++) {
            BlockType type = switch (rules.objectiveOrder().get(i)) {
                case SPLITS -> BlockType.DOUBLE_SPLIT;
                case SINGLES -> BlockType.SINGLE;
                default -> null;
            };
            ObjectiveLevel l = rules.objectiveOrder().get(i);
            out[i + 1] = l == ObjectiveLevel.PART_TIME ? pt
                    : type == order[0] ? selection[1] : type == order[1] ? selection[2] : 0;
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

    /** The wall-clock safety cap: polled by the searches (of parallel attempts too), remembers whether it fired. */
    private static final class SafetyCap implements BooleanSupplier {
        private final long deadline;
        private final boolean active;
        private volatile boolean fired;

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
