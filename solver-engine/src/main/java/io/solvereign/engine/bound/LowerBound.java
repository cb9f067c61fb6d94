package io.solvereign.engine.bound;

import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.BlockCatalog;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Computes the certified lower bound by column generation: the master's duals price rosters
 * through a {@link RosterNetwork}; every iterate's duals {@code pi >= 0} give Farley's bound
 * {@code sum count * pi / M(pi)}. A run stops when the LP is solved, when no better integer bound
 * is possible ({@code ceil} of the bound meets {@code ceil} of the master's value), or at the
 * pivot budget. {@link #compute} ignores the weekly cap (fast); {@link #withCap} prices rosters
 * under the cap, for when the first LP solution leans on rosters over it. The best iterate is
 * scaled to integers and re-checked exactly.
 */
public final class LowerBound {
    private static final double SCALE = 1e9;

    private LowerBound() {
    }

    /**
     * The outcome.
     *
     * @param certificate the integer certificate (drivers = its bound)
     * @param pivots      simplex pivots (work units of this phase)
     * @param lpSolved    true when column generation reached LP optimality
     * @param capped      true when the certificate's network tracks the weekly cap
     * @param capMayHelp  true when the LP solution uses rosters over the weekly cap, so that
     *                    {@link #withCap} may find a higher bound
     */
    public record Result(LowerBoundCertificate certificate, long pivots, boolean lpSolved, boolean capped,
                         boolean capMayHelp) {
    }

    /**
     * Computes the bound on the network without the weekly cap (fast).
     *
     * @param week     the tours
     * @param catalog  the legal blocks
     * @param rules    the rules
     * @param budget   largest number of pivots
     * @param stop     wall-clock safety cap
     * @param improved called with each higher integer bound found
     */
    public static Result compute(WeekTours week, BlockCatalog catalog, RuleSet rules, long budget, BooleanSupplier stop,
                                 IntConsumer improved) {
        Objects.requireNonNull(week, "week");
        if (week.lineCount() == 0) {
            return new Result(LowerBoundCertificate.none(), 0, true, false, false);
        }
        Run first = run(week, new RosterNetwork(week, catalog, rules, false), budget, stop, improved, 0);
        LabourRules labour = LabourRules.of(rules);
        boolean overCap = false;
        for (int[] col : first.master.usedColumns()) {
            long minutes = 0;
            for (int t : col) {
                minutes += week.lineMinutes(t);
            }
            overCap |= !labour.withinWeeklyCap(minutes);
        }
        return new Result(first.certificate(week), first.pivots, first.solved, false, overCap);
    }

    /**
     * Tries to raise a bound by pricing rosters under the weekly cap (slower by the number of work
     * levels); returns the better of the two.
     *
     * @param known    the bound from {@link #compute}
     * @param budget   largest number of pivots
     */
    public static Result withCap(WeekTours week, BlockCatalog catalog, RuleSet rules, Result known, long budget,
                                 BooleanSupplier stop, IntConsumer improved) {
        Run second = run(week, new RosterNetwork(week, catalog, rules, true), budget, stop, improved,
                known.certificate().drivers());
        LowerBoundCertificate c = second.certificate(week);
        long pivots = known.pivots() + second.pivots;
        return c.drivers() > known.certificate().drivers()
                ? new Result(c, pivots, second.solved, true, false)
                : new Result(known.certificate(), pivots, known.lpSolved(), false, false);
    }

    /** One column-generation run. */
    private static Run run(WeekTours week, RosterNetwork network, long budget, BooleanSupplier stop,
                           IntConsumer improved, int known) {
        int m = week.lineCount();
        CoveringMaster master = new CoveringMaster(week.lineCount);
        Run r = new Run(master, network);
        int[] path = new int[m];
        double bestLb = -1;
        int bestInt = known;
        boolean refreshed = false;
        while (master.pivots() < budget && !stop.getAsBoolean()) {
            double[] pi = master.duals();
            int neg = -1;
            for (int t = 0; t < m; t++) {
                if (pi[t] < -1e-9 && (neg < 0 || pi[t] < pi[neg])) {
                    neg = t;
                }
            }
            if (neg >= 0) {
                master.enter(new int[] {-1 - neg});
                continue;
            }
            double[] w = new double[m];
            double cw = 0;
            for (int t = 0; t < m; t++) {
                w[t] = Math.max(0, pi[t]);
                cw += week.lineCount[t] * w[t];
            }
            double mw = network.maxWeight(w, path);
            double lb = mw > 0 ? cw / mw : 0;
            if (lb > bestLb) {
                bestLb = lb;
                r.bestPi = w;
                if ((int) Math.ceil(lb - 1e-6) > bestInt) {
                    int c = certificate(week, network, w).drivers();
                    if (c > bestInt) {
                        bestInt = c;
                        improved.accept(c);
                    }
                }
            }
            if (mw <= 1 + 1e-9) {
                if (refreshed) {
                    r.solved = true;
                    break;
                }
                // Confirm optimality with duals recomputed from a fresh inverse.
                master.refresh();
                refreshed = true;
                continue;
            }
            refreshed = false;
            if (Math.ceil(master.objective() - 1e-6) <= bestInt) {
                break;
            }
            if (!master.enter(columnOf(path))) {
                break;
            }
        }
        r.pivots = master.pivots();
        return r;
    }

    private static int[] columnOf(int[] path) {
        int k = 0;
        for (int v : path) {
            k += v;
        }
        int[] col = new int[k];
        k = 0;
        for (int t = 0; t < path.length; t++) {
            if (path[t] != 0) {
                col[k++] = t;
            }
        }
        return col;
    }

    /** Scales the weights to integers and re-checks the bound exactly. */
    static LowerBoundCertificate certificate(WeekTours week, RosterNetwork network, double[] w) {
        int m = week.lineCount();
        long[] wi = new long[m];
        long covered = 0;
        for (int t = 0; t < m; t++) {
            wi[t] = (long) Math.floor(Math.max(0, w[t]) * SCALE);
            covered = Math.addExact(covered, Math.multiplyExact(wi[t], (long) week.lineCount[t]));
        }
        long max = network.maxWeight(wi);
        int drivers = max <= 0 ? 0 : (int) ((covered + max - 1) / max);
        TreeMap<String, Long> weights = new TreeMap<>();
        for (int t = 0; t < m; t++) {
            weights.put(week.lines[t].idStem(), wi[t]);
        }
        return new LowerBoundCertificate(drivers, covered, max, weights);
    }

    /** State of one run. */
    private static final class Run {
        final CoveringMaster master;
        final RosterNetwork network;
        double[] bestPi;
        boolean solved;
        long pivots;

        Run(CoveringMaster master, RosterNetwork network) {
            this.master = master;
            this.network = network;
        }

        LowerBoundCertificate certificate(WeekTours week) {
            return bestPi == null ? LowerBoundCertificate.none() : LowerBound.certificate(week, network, bestPi);
        }
    }
}
