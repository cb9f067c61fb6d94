package io.solvereign.golden;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import io.solvereign.api.model.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact model behind the short weeks' recorded optima: the arc-flow integer programme over
 * {@link RosterNetwork} solved with SCIP (bundled with OR-Tools), each level fixed before
 * at once as one weighted objective that is exactly lexicographic (DOMAIN §7): 1. fewest drivers (flow
 * into the sink); 2. at that headcount, fewest part-time drivers (flow into the sink from end states below
 * the FTE minimum). Coverage rows hold every template
 * exactly {@code count} times. The same model as an LP (GLOP) gives the dual prices of the coverage rows;
 * scaled to integers they are the bound certificates that the tests re-check in {@code long}
 * ({@link ShortWeekCertificate}), so a recorded optimum does not rest on trusting a solver.
 *
 * <p>Test code only (OR-Tools is a test dependency); run through {@link ExactOptimaRecompute}.
 */
final class ExactOptima {
    /** Scale of the integer weights made from LP duals. */
    static final long SCALE = 1L << 24;

    /** A solved week: both optima, SCIP's status, the optimal rosters (template indexes) and certificates. */
    record Solution(int drivers, int partTime, String status, double driversLp,
                    double partTimeLp, List<List<Integer>> rosters, long[] driverWeights, long[] partTimeWeights,
                    double seconds) {
    }

    private final RosterNetwork net;
    private final long timeLimitMillis;

    ExactOptima(RosterNetwork net, long timeLimitMillis) {
        this.net = net;
        this.timeLimitMillis = timeLimitMillis;
        Loader.loadNativeLibraries();
    }

    Solution solve() {
        long t0 = System.nanoTime();
        // Both levels in one search: drivers weigh more than all part-timers together can, so the optimum of
        // (weight x drivers + part-time) is the lexicographic optimum; the MIP gap is 0, so SCIP proves it.
        Model mip = new Model("SCIP", true);
        long weight = net.templates.stream().mapToLong(RosterNetwork.Template::count).sum() + 1;
        mip.objective(weight, 1);
        MPSolverParameters exact = new MPSolverParameters();
        exact.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        MPSolver.ResultStatus status = mip.solver.solve(exact);
        long value = Math.round(mip.solver.objective().value());
        int drivers = (int) (value / weight);
        int pt = (int) (value % weight);
        String st = status + " (objective " + value + "; SCIP bound " + Math.round(mip.solver.objective().bestBound()) + ")";
        List<List<Integer>> rosters = mip.paths();
        // The LPs of each level give the certificates.
        Model lp1 = new Model("GLOP", false);
        lp1.objective(1, 0);
        lp1.solver.solve();
        double lpDrivers = lp1.solver.objective().value();
        long[] w1 = lp1.coverageWeights();
        Model lp2 = new Model("GLOP", false);
        lp2.fixDrivers(drivers);
        lp2.objective(0, 1);
        lp2.solver.solve();
        double lpPt = lp2.solver.objective().value();
        long[] w2 = lp2.coverageWeights();
        return new Solution(drivers, pt, st, lpDrivers, lpPt, rosters, w1, w2, (System.nanoTime() - t0) / 1e9);
    }

    /** The arc-flow programme on one OR-Tools solver. */
    private final class Model {
        final MPSolver solver;
        final MPVariable[] x;
        final MPConstraint[] coverage;

        Model(String engine, boolean integer) {
            solver = MPSolver.createSolver(engine);
            if (solver == null) {
                throw new IllegalStateException("OR-Tools has no solver " + engine);
            }
            solver.setTimeLimit(timeLimitMillis);
            int n = net.arcs.size();
            x = new MPVariable[n];
            MPConstraint[] flow = new MPConstraint[net.nodes()];
            coverage = new MPConstraint[net.templates.size()];
            for (int t = 0; t < coverage.length; t++) {
                int c = net.templates.get(t).count();
                coverage[t] = solver.makeConstraint(c, c);
            }
            for (int i = 0; i < n; i++) {
                int[] a = net.arcs.get(i);
                x[i] = integer ? solver.makeIntVar(0, MPSolver.infinity(), "") : solver.makeNumVar(0, MPSolver.infinity(), "");
                // Conservation at every node but the source (free supply) and the sink (free demand).
                for (int side = 0; side < 2; side++) {
                    int v = a[side];
                    if (v == net.source || v == net.sink) {
                        continue;
                    }
                    if (flow[v] == null) {
                        flow[v] = solver.makeConstraint(0, 0);
                    }
                    flow[v].setCoefficient(x[i], side == 0 ? -1 : 1);
                }
                if (a[2] >= 0) {
                    for (int t : net.blocks.get(a[2]).templates()) {
                        coverage[t].setCoefficient(x[i], 1);
                    }
                }
            }
        }

        /** Minimise {@code perDriver} per driver plus {@code perPartTime} more per driver whose week ends below the FTE minimum. */
        void objective(long perDriver, long perPartTime) {
            MPObjective o = solver.objective();
            o.clear();
            for (int i = 0; i < x.length; i++) {
                int[] a = net.arcs.get(i);
                if (a[1] == net.sink) {
                    o.setCoefficient(x[i], perDriver + (net.partTime(net.unitsOfEndNode(a[0])) ? perPartTime : 0));
                }
            }
            o.setMinimization();
        }

        void fixDrivers(int drivers) {
            MPConstraint c = solver.makeConstraint(drivers, drivers);
            for (int i = 0; i < x.length; i++) {
                if (net.arcs.get(i)[1] == net.sink) {
                    c.setCoefficient(x[i], 1);
                }
            }
        }

        /** Coverage-row duals scaled to integers (the certificate's template weights). */
        long[] coverageWeights() {
            long[] w = new long[coverage.length];
            for (int t = 0; t < w.length; t++) {
                w[t] = Math.round(coverage[t].dualValue() * SCALE);
            }
            return w;
        }

        /** Splits the integer flow into source-to-sink paths, each a driver's week as template indexes. */
        List<List<Integer>> paths() {
            int n = x.length;
            long[] rest = new long[n];
            List<List<Integer>> out = new ArrayList<>();
            List<List<Integer>> outArcs = new ArrayList<>();
            for (int v = 0; v < net.nodes(); v++) {
                outArcs.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                rest[i] = Math.round(x[i].solutionValue());
                outArcs.get(net.arcs.get(i)[0]).add(i);
            }
            while (true) {
                int v = net.source;
                List<Integer> week = new ArrayList<>();
                boolean any = false;
                while (v != net.sink) {
                    int next = -1;
                    for (int i : outArcs.get(v)) {
                        if (rest[i] > 0) {
                            next = i;
                            break;
                        }
                    }
                    if (next < 0) {
                        if (v == net.source) {
                            return out;
                        }
                        throw new IllegalStateException("flow is not conserved at node " + v);
                    }
                    any = true;
                    rest[next]--;
                    int[] a = net.arcs.get(next);
                    if (a[2] >= 0) {
                        for (int t : net.blocks.get(a[2]).templates()) {
                            week.add(t);
                        }
                    }
                    v = a[1];
                }
                if (any) {
                    out.add(week);
                }
            }
        }
    }

    static RuleSet rules() {
        return RuleSet.defaults();
    }
}
