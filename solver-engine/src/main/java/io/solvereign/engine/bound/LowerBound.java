package io.solvereign.engine.bound;

import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.engine.internal.WeekTours;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Computes the certified lower bound by column generation: the master's duals price rosters
 * through {@link RosterNetwork}; every iterate's duals {@code pi >= 0} give Farley's bound
 * {@code sum count * pi / M(pi)}. It stops when the LP is solved, when no better integer bound is
 * possible ({@code ceil} of the bound meets {@code ceil} of the master's value), or at the pivot
 * budget. The best iterate is scaled to integers and re-checked exactly.
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
     */
    public record Result(LowerBoundCertificate certificate, long pivots, boolean lpSolved) {
    }

    /**
     * Computes the bound.
     *
     * @param week     the tours
     * @param network  the driver-state network
     * @param budget   largest number of pivots
     * @param stop     wall-clock safety cap
     * @param improved called with each higher integer bound found
     */
    public static Result compute(WeekTours week, RosterNetwork network, long budget, BooleanSupplier stop,
                                 IntConsumer improved) {
        Objects.requireNonNull(week, "week");
        int m = week.lineCount();
        if (m == 0) {
            return new Result(LowerBoundCertificate.none(), 0, true);
        }
        CoveringMaster master = new CoveringMaster(week.lineCount);
        int[] path = new int[m];
        double bestLb = -1;
        double[] bestPi = null;
        int bestInt = 0;
        boolean solved = false;
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
                bestPi = w;
                int asInt = (int) Math.ceil(lb - 1e-6);
                if (asInt > bestInt) {
                    LowerBoundCertificate c = certificate(week, network, w);
                    if (c.drivers() > bestInt) {
                        bestInt = c.drivers();
                        improved.accept(bestInt);
                    }
                }
            }
            double z = master.objective();
            if (mw <= 1 + 1e-9) {
                if (refreshed) {
                    solved = true;
                    break;
                }
                // Confirm optimality with duals recomputed from a fresh inverse.
                master.refresh();
                refreshed = true;
                continue;
            }
            refreshed = false;
            if (Math.ceil(z - 1e-6) <= bestInt) {
                break;
            }
            int k = 0;
            for (int t = 0; t < m; t++) {
                k += path[t];
            }
            int[] col = new int[k];
            k = 0;
            for (int t = 0; t < m; t++) {
                if (path[t] != 0) {
                    col[k++] = t;
                }
            }
            if (!master.enter(col)) {
                break;
            }
        }
        LowerBoundCertificate cert = bestPi == null ? LowerBoundCertificate.none() : certificate(week, network, bestPi);
        return new Result(cert, master.pivots(), solved);
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
}
