package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Where the engine loses part-time on the short weeks (issue 10): selection of the day blocks or their
 * assignment to drivers. Per week it solves the engine (golden settings) and, exactly with SCIP on the
 * {@link RosterNetwork} arc-flow model (lexicographic: drivers, then part-time):
 * <ul>
 *   <li>{@code c}: the best assignment of exactly the engine's day blocks (each (day, tours) block used as often
 *       as the engine used it): engine minus this is the loss in the assignment, this minus the optimum the
 *       loss in the selection;</li>
 *   <li>{@code t}: selection free, but each day's count of each block type fixed to the engine's;</li>
 *   <li>{@code h}: selection free, but each day's number of blocks (drivers working) fixed to the engine's.</li>
 * </ul>
 * It prints both plans' block mix per day and asserts that the yardstick is consistent: the engine is never
 * better than the best assignment of its own blocks, and no restricted optimum beats the recorded optimum.
 * Not part of the build (the name matches neither Surefire nor Failsafe); run from the repository root:
 *
 * <pre>{@code
 * mvn -B -q -pl golden-runs -am test -Dtest=PartTimeLossDiagnosis -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Ddiag.modes=cth] [-Ddiag.limit=240] [-Dshortweeks.only=holiday-mo-240,four-day-270]
 * }</pre>
 * Mode {@code c} takes seconds per week; {@code t} and {@code h} up to the limit (seconds) each.
 */
class PartTimeLossDiagnosis {
    @Test
    void diagnose() {
        Loader.loadNativeLibraries();
        String only = System.getProperty("shortweeks.only", "");
        String modes = System.getProperty("diag.modes", "c");
        long limit = Long.getLong("diag.limit", 240L) * 1000;
        for (ShortWeekRecord r : ShortWeekRecord.all()) {
            if (!only.isEmpty() && !Arrays.asList(only.split(",")).contains(r.shape().id())) {
                continue;
            }
            Forecast f = r.generate().forecast();
            long t0 = System.nanoTime();
            SolveResult res = GoldenSolves.solve(f);
            double solveS = (System.nanoTime() - t0) / 1e9;
            Kpis k = res.plan().kpis();
            RosterNetwork net = new RosterNetwork(f, ExactOptima.rules());
            Map<String, Integer> blockIndex = new HashMap<>();
            for (int i = 0; i < net.blocks.size(); i++) {
                RosterNetwork.Block b = net.blocks.get(i);
                blockIndex.put(b.day() + ":" + Arrays.toString(b.templates()), i);
            }
            Map<String, Integer> templateIndex = new HashMap<>();
            for (int t = 0; t < net.templates.size(); t++) {
                RosterNetwork.Template tp = net.templates.get(t);
                templateIndex.put(tp.day() + ":" + tp.start() + "-" + tp.end(), t);
            }
            // Engine blocks: per (driver, day) the template indexes in start order.
            Map<String, List<int[]>> byDriverDay = new TreeMap<>();
            for (Assignment a : res.plan().assignments()) {
                byDriverDay.computeIfAbsent(a.driverId() + "|" + a.day().number(), x -> new ArrayList<>())
                        .add(new int[] {a.startMinute(), a.endMinute(), a.day().number() - 1});
            }
            int[] selected = new int[net.blocks.size()];
            for (List<int[]> tours : byDriverDay.values()) {
                tours.sort((x, y) -> Integer.compare(x[0], y[0]));
                int[] ts = tours.stream().mapToInt(x -> templateIndex.get(x[2] + ":" + x[0] + "-" + x[1])).toArray();
                Integer bi = blockIndex.get(tours.get(0)[2] + ":" + Arrays.toString(ts));
                if (bi == null) {
                    throw new IllegalStateException(r.week() + ": engine block not in the network " + Arrays.toString(ts));
                }
                selected[bi]++;
            }
            int[][] engineProfile = profile(net, selected);
            int[][] optimumProfile = profile(net, optimumSelection(net, r, blockIndex));
            System.out.printf(Locale.ROOT, "DIAG %s: engine drivers %d pt %d (optimum %d/%d, bound %d) cost %s %.1f s%n",
                    r.week(), k.drivers(), k.ptDrivers(), r.drivers(), r.partTime(), k.ptLowerBound(), res.cost(), solveS);
            System.out.println("DIAG " + r.week() + " engine  blocks per day [1er,2reg,2split,3er]: " + show(engineProfile));
            System.out.println("DIAG " + r.week() + " optimum blocks per day [1er,2reg,2split,3er]: " + show(optimumProfile));
            if (modes.contains("c")) {
                Result c = solve(net, bi -> selected[bi] > 0, selected, null, null, limit);
                System.out.println("DIAG " + r.week() + " (c) engine blocks, free assignment: " + c);
                assertTrue(c.solved() && c.drivers() <= k.drivers(), r.week() + ": engine blocks need " + c);
                if (c.drivers() == k.drivers()) {
                    assertTrue(c.proven() <= k.ptDrivers(), r.week() + ": engine part-time " + k.ptDrivers()
                            + " below the proven minimum for its own blocks " + c);
                    assertTrue(c.partTime() >= r.partTime(), r.week() + ": " + c + " beats the recorded optimum");
                }
            }
            if (modes.contains("t")) {
                Result t = solve(net, bi -> true, null, engineProfile, null, limit);
                System.out.println("DIAG " + r.week() + " (d1) free selection, engine per-day block-type counts: " + t);
                assertAtLeastTheOptimum(r, t);
            }
            if (modes.contains("h")) {
                int[] perDay = new int[RosterNetwork.DAYS];
                for (int d = 0; d < perDay.length; d++) {
                    perDay[d] = Arrays.stream(engineProfile[d]).sum();
                }
                Result h = solve(net, bi -> true, null, null, perDay, limit);
                System.out.println("DIAG " + r.week() + " (d2) free selection, engine per-day headcount: " + h);
                assertAtLeastTheOptimum(r, h);
            }
        }
    }

    /** A restricted optimum is never better than the recorded, unrestricted one. */
    private static void assertAtLeastTheOptimum(ShortWeekRecord r, Result x) {
        if (x.solved()) {
            assertTrue(x.drivers() > r.drivers() || x.drivers() == r.drivers() && x.partTime() >= r.partTime(),
                    r.week() + ": " + x + " beats the recorded optimum " + r.drivers() + "/" + r.partTime());
        }
    }

    /**
     * A restricted optimum: status, drivers and part-time of the best plan found, and the part-time SCIP
     * proved at that headcount (equal to {@code partTime} when OPTIMAL).
     */
    record Result(String status, boolean solved, long drivers, long partTime, long proven, int vars, double seconds) {
        @Override
        public String toString() {
            return solved ? String.format(Locale.ROOT, "%s drivers %d pt %d (proven pt >= %d at that headcount; %d vars, %.1f s)",
                    status, drivers, partTime, proven, vars, seconds)
                    : String.format(Locale.ROOT, "%s (%d vars, %.1f s)", status, vars, seconds);
        }
    }

    /** Blocks of the recorded optimal rosters, counted per network block. */
    private static int[] optimumSelection(RosterNetwork net, ShortWeekRecord r, Map<String, Integer> blockIndex) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int t = 0; t < net.templates.size(); t++) {
            byKey.put(net.templates.get(t).key(), t);
        }
        int[] sel = new int[net.blocks.size()];
        for (List<String> roster : r.rosters()) {
            Map<Integer, List<Integer>> days = new TreeMap<>();
            for (String line : roster) {
                int t = byKey.get(line);
                days.computeIfAbsent(net.templates.get(t).day(), x -> new ArrayList<>()).add(t);
            }
            days.forEach((d, ts) -> {
                ts.sort((x, y) -> Integer.compare(net.templates.get(x).start(), net.templates.get(y).start()));
                sel[blockIndex.get(d + ":" + ts)]++;
            });
        }
        return sel;
    }

    private static int[][] profile(RosterNetwork net, int[] sel) {
        int[][] p = new int[RosterNetwork.DAYS][4];
        for (int i = 0; i < sel.length; i++) {
            RosterNetwork.Block b = net.blocks.get(i);
            p[b.day()][typeIndex(b.type())] += sel[i];
        }
        return p;
    }

    private static int typeIndex(BlockType t) {
        return switch (t) {
            case SINGLE -> 0;
            case DOUBLE_REGULAR -> 1;
            case DOUBLE_SPLIT -> 2;
            case TRIPLE -> 3;
        };
    }

    private static String show(int[][] p) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < p.length; d++) {
            int n = Arrays.stream(p[d]).sum();
            if (n > 0) {
                sb.append(" d").append(d + 1).append('=').append(n).append(Arrays.toString(p[d]));
            }
        }
        return sb.toString();
    }

    /**
     * Lexicographic min drivers then part-time over the arc-flow model restricted to the allowed blocks;
     * with {@code blockCounts} each block is used exactly that often, else templates are covered exactly;
     * {@code typeCounts} / {@code dayCounts} fix block-type counts per day / blocks per day.
     */
    private static Result solve(RosterNetwork net, IntPredicate allowed, int[] blockCounts,
                                int[][] typeCounts, int[] dayCounts, long limit) {
        long t0 = System.nanoTime();
        MPSolver s = MPSolver.createSolver("SCIP");
        s.setTimeLimit(limit);
        List<MPVariable> xs = new ArrayList<>();
        List<int[]> arcs = new ArrayList<>();
        for (int[] a : net.arcs) {
            if (a[2] < 0 || allowed.test(a[2])) {
                xs.add(s.makeIntVar(0, MPSolver.infinity(), ""));
                arcs.add(a);
            }
        }
        MPConstraint[] flow = new MPConstraint[net.nodes()];
        Map<Integer, MPConstraint> cover = new HashMap<>();
        MPConstraint[][] type = new MPConstraint[RosterNetwork.DAYS][4];
        MPConstraint[] day = new MPConstraint[RosterNetwork.DAYS];
        long weight = net.templates.stream().mapToLong(RosterNetwork.Template::count).sum() + 1;
        MPObjective o = s.objective();
        for (int i = 0; i < xs.size(); i++) {
            int[] a = arcs.get(i);
            MPVariable x = xs.get(i);
            for (int side = 0; side < 2; side++) {
                int v = a[side];
                if (v == net.source || v == net.sink) {
                    continue;
                }
                if (flow[v] == null) {
                    flow[v] = s.makeConstraint(0, 0);
                }
                flow[v].setCoefficient(x, side == 0 ? -1 : 1);
            }
            if (a[1] == net.sink) {
                o.setCoefficient(x, weight + (net.partTime(net.unitsOfEndNode(a[0])) ? 1 : 0));
            }
            if (a[2] < 0) {
                continue;
            }
            RosterNetwork.Block b = net.blocks.get(a[2]);
            if (blockCounts != null) {
                cover.computeIfAbsent(a[2], k -> s.makeConstraint(blockCounts[k], blockCounts[k])).setCoefficient(x, 1);
            } else {
                for (int t : b.templates()) {
                    int c = net.templates.get(t).count();
                    cover.computeIfAbsent(t, k -> s.makeConstraint(c, c)).setCoefficient(x, 1);
                }
            }
            if (typeCounts != null) {
                int ti = typeIndex(b.type());
                int c = typeCounts[b.day()][ti];
                if (type[b.day()][ti] == null) {
                    type[b.day()][ti] = s.makeConstraint(c, c);
                }
                type[b.day()][ti].setCoefficient(x, 1);
            }
            if (dayCounts != null) {
                if (day[b.day()] == null) {
                    day[b.day()] = s.makeConstraint(dayCounts[b.day()], dayCounts[b.day()]);
                }
                day[b.day()].setCoefficient(x, 1);
            }
        }
        o.setMinimization();
        MPSolverParameters p = new MPSolverParameters();
        p.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        MPSolver.ResultStatus st = s.solve(p);
        double secs = (System.nanoTime() - t0) / 1e9;
        if (st != MPSolver.ResultStatus.OPTIMAL && st != MPSolver.ResultStatus.FEASIBLE) {
            return new Result(st.toString(), false, 0, 0, 0, xs.size(), secs);
        }
        long v = Math.round(o.value());
        long bound = (long) Math.ceil(o.bestBound() - 1e-6);
        return new Result(st.toString(), true, v / weight, v % weight, bound / weight == v / weight ? bound % weight : 0,
                xs.size(), secs);
    }
}
