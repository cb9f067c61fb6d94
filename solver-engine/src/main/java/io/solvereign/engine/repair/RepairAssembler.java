package io.solvereign.engine.repair;

import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ConfigHash;
import io.solvereign.api.internal.io.OutputHash;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeWindow;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.repair.RepairRequest;
import io.solvereign.engine.assign.PlanVerifier;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.bound.WeekBound;
import io.solvereign.engine.internal.SolverVersion;
import io.solvereign.engine.internal.WeekTours;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns the repaired rosters into a plan: verified by the engine's {@link PlanVerifier} and
 * against the freeze window, drivers keep their ids (idle ones drop out), assignments and KPIs
 * as the solver forms them, hashes by {@link ConfigHash} and {@link OutputHash}. The lower bound
 * is the baseline's when forecast and rules are unchanged, else it is computed anew.
 */
final class RepairAssembler {
    private RepairAssembler() {
    }

    /** Drivers with work, by id. */
    static List<DriverWeek> active(RosterState s) {
        List<DriverWeek> out = new ArrayList<>();
        for (DriverWeek dw : s.drivers()) {
            if (!dw.idle()) {
                out.add(dw);
            }
        }
        out.sort(Comparator.comparing(dw -> dw.id));
        return out;
    }

    /**
     * The verified plan.
     *
     * @param excluded ids of unplannable instances (left out, as the solver does)
     * @throws IllegalStateException when a rule or the freeze window is broken (a repair bug)
     */
    static Plan plan(RepairRequest req, RosterState s, Set<String> excluded) {
        RuleSet rules = req.ruleSet();
        WeekTours w = s.w;
        List<DriverWeek> active = active(s);
        List<TourBlock[]> rosters = new ArrayList<>();
        active.forEach(dw -> rosters.add(dw.days.clone()));
        PlanVerifier.verify(w, rules, rosters);
        List<Assignment> assignments = new ArrayList<>();
        for (DriverWeek dw : active) {
            for (TourBlock b : dw.days) {
                for (int k = 0; b != null && k < b.size(); k++) {
                    TourInstance t = w.instances[b.tour(k)];
                    assignments.add(new Assignment(dw.id, t.id(), t.day(), dw.id + "-" + t.day().abbreviation(),
                            b.type, t.time().startMinute(), t.time().endMinute(), t.time().crossesMidnight()));
                }
            }
        }
        assignments.sort(null);
        List<String> moved = FreezeWindow.at(req.now(), rules).violations(req.forecast(),
                req.baseline().assignments(), req.overrides(), assignments);
        if (moved.stream().anyMatch(id -> !excluded.contains(id))) {
            throw new IllegalStateException("repair moved frozen instances " + moved);
        }
        LowerBoundCertificate bound = bound(req);
        Kpis kpis = kpis(active, rules, bound.drivers(), ptBound(req, active.size()));
        String configHash = ConfigHash.of(rules, req.seed(), req.baseline().workBudget(), SolverVersion.VERSION);
        Forecast f = req.forecast();
        return new Plan(CanonicalForm.inputHash(f), configHash, OutputHash.of(assignments, configHash, kpis),
                req.seed(), req.baseline().workBudget(), SolverVersion.VERSION, f.weekAnchor(), f.zone(), rules, assignments, kpis, bound);
    }

    private static LowerBoundCertificate bound(RepairRequest req) {
        Plan base = req.baseline();
        if (base.inputHash().equals(CanonicalForm.inputHash(req.forecast())) && base.ruleSet().equals(req.ruleSet())) {
            return base.lowerBound();
        }
        return WeekBound.of(req.forecast(), req.ruleSet());
    }

    /**
     * The baseline's part-time bound moved to {@code drivers}: a positive bound is
     * {@code N - F} for the most full-time rosters F any plan of the same week can hold, so it
     * becomes {@code drivers - F}; otherwise (or for another week or rule set) 0, which always holds.
     */
    private static int ptBound(RepairRequest req, int drivers) {
        Plan base = req.baseline();
        Kpis k = base.kpis();
        boolean sameWeek = base.inputHash().equals(CanonicalForm.inputHash(req.forecast()))
                && base.ruleSet().equals(req.ruleSet());
        if (!sameWeek || k.ptLowerBound() <= 0) {
            return 0;
        }
        int fullTime = k.drivers() - k.ptLowerBound();
        return Math.max(0, drivers - fullTime);
    }

    private static Kpis kpis(List<DriverWeek> active, RuleSet rules, int lowerBound, int ptLowerBound) {
        int[] mix = new int[BlockType.values().length];
        int fte = 0;
        int tours = 0;
        long total = 0;
        long min = active.isEmpty() ? 0 : Long.MAX_VALUE;
        long max = 0;
        for (DriverWeek dw : active) {
            for (TourBlock b : dw.days) {
                if (b != null) {
                    mix[b.type.ordinal()]++;
                    tours += b.size();
                }
            }
            fte += dw.minutes >= rules.fteMinMinutes() ? 1 : 0;
            total += dw.minutes;
            min = Math.min(min, dw.minutes);
            max = Math.max(max, dw.minutes);
        }
        return new Kpis(active.size(), fte, active.size() - fte, tours, mix[BlockType.SINGLE.ordinal()],
                mix[BlockType.DOUBLE_REGULAR.ordinal()], mix[BlockType.DOUBLE_SPLIT.ordinal()],
                mix[BlockType.TRIPLE.ordinal()], total, min, max, lowerBound, ptLowerBound);
    }
}
