package io.solvereign.engine.select;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.List;

/**
 * How many drivers could reach the FTE threshold with the selected blocks, counted from the blocks
 * per day and size alone (clock times ignored): the LP over full-time day patterns (tours per day,
 * legal under {@link LabourRules#countsLegal}) that maximises full-time drivers, with each (day, size)
 * used at most as often as selected and, per day, the blocks left to the other drivers at most their
 * number ({@code sum of patterns off that day <= N - blocks of the day}). Part-time is decided by the
 * mix of block sizes on each day (a 4-day week of 4 h tours needs two 3er and two 2er per full-time
 * driver), which the block levels alone do not see.
 *
 * <p>The LP is kept optimal in a dense tableau while the search changes the counts by one block at a
 * time: {@link #evaluate} prices a change with the current duals (exact while the basis stays
 * feasible, an upper bound otherwise), {@link #apply} commits it and restores optimality with dual
 * simplex pivots. Only for weeks whose tours all have one length (the size of a block is then its
 * tour count); everything is plain double arithmetic in a fixed order, so it is deterministic.
 */
final class FullTimePotential {
    private static final double EPS = 1e-9;
    /**
     * Patterns beyond this make pivots too slow for a per-move price; the potential is then not offered.
     * Weeks of up to five working days stay far below it (4-day weeks 3-13, 5-day weeks about 100-300);
     * six working days have about 1,000.
     */
    private static final int MAX_PATTERNS = 600;
    /** Dual pivots after which the tableau is rebuilt from scratch (bounds rounding drift). */
    private static final int REBUILD_PIVOTS = 20_000;
    private static final int SIZES = 3;

    /** Per calendar day: its index among the working days, or -1. */
    private final int[] work;
    private final int days;
    private final int rows;
    private final int patterns;
    private final int cols;
    private final int[][] pattern;
    private final double[][] t;
    private final double[] rhs;
    private final double[] rc;
    private final int[] basis;
    private double z;
    /** Selected blocks per working day and size (index size - 1). */
    private final int[][] count;
    private final int[] total;
    private int drivers;
    private int pivots;
    // The change last evaluated: rhs deltas per row, the rows touched, the count deltas.
    private final double[] delta;
    private final int[] touchedRows;
    private final boolean[] isTouched;
    private int touched;
    private final int[][] countDelta;
    private double pendingDz;

    private final RestMatchings rest;
    /** The blocks changed since {@link #begin}: day, head, tail, tours, sign. */
    private final int[][] changed = new int[16][5];
    private int changes;

    private FullTimePotential(int[] work, int days, List<int[]> pats, RestMatchings rest) {
        this.work = work;
        this.days = days;
        this.rest = rest;
        this.rows = days * (SIZES + 1) + (rest == null ? 0 : rest.pairs * RestMatchings.COMBOS);
        this.patterns = pats.size();
        this.cols = patterns + rows;
        this.pattern = pats.toArray(new int[0][]);
        t = new double[rows][cols];
        rhs = new double[rows];
        rc = new double[cols];
        basis = new int[rows];
        count = new int[days][SIZES];
        total = new int[days];
        delta = new double[rows];
        touchedRows = new int[rows];
        isTouched = new boolean[rows];
        countDelta = new int[days][SIZES];
    }

    /**
     * The potential for the week, or null when its tours differ in length, the rules leave no
     * full-time pattern or there are too many patterns.
     */
    static FullTimePotential of(WeekTours w, RuleSet rules) {
        if (!w.oneTourLength() || rules.fteMinMinutes() <= 0) {
            return null;
        }
        int len = w.minutesOf(0);
        boolean[] hasTours = new boolean[WeekTours.DAYS];
        for (int i = 0; i < w.size(); i++) {
            hasTours[w.day[i]] = true;
        }
        int[] work = new int[WeekTours.DAYS];
        int days = 0;
        for (int d = 0; d < WeekTours.DAYS; d++) {
            work[d] = hasTours[d] ? days++ : -1;
        }
        List<int[]> pats = new ArrayList<>();
        int[] tours = new int[WeekTours.DAYS];
        if (!enumerate(0, tours, hasTours, LabourRules.of(rules), len, rules.fteMinMinutes(), pats)) {
            return null;
        }
        if (pats.isEmpty()) {
            return null;
        }
        List<int[]> compact = new ArrayList<>();
        for (int[] p : pats) {
            int[] c = new int[days];
            for (int d = 0; d < WeekTours.DAYS; d++) {
                if (work[d] >= 0) {
                    c[work[d]] = p[d];
                }
            }
            compact.add(c);
        }
        return new FullTimePotential(work, days, compact, new RestMatchings(w, LabourRules.of(rules), hasTours));
    }

    /** Adds every legal full-time pattern; false when there are more than {@link #MAX_PATTERNS}. */
    private static boolean enumerate(int d, int[] tours, boolean[] hasTours, LabourRules labour, int len, int fte,
                                     List<int[]> out) {
        if (d == WeekTours.DAYS) {
            long minutes = 0;
            for (int v : tours) {
                minutes += (long) v * len;
            }
            if (minutes >= fte && labour.countsLegal(tours, len)) {
                out.add(tours.clone());
            }
            return out.size() <= MAX_PATTERNS;
        }
        for (int v = 0; v <= (hasTours[d] ? SIZES : 0); v++) {
            tours[d] = v;
            if (!enumerate(d + 1, tours, hasTours, labour, len, fte, out)) {
                return false;
            }
        }
        tours[d] = 0;
        return true;
    }

    /** Full-time drivers the LP allows for the current counts. */
    double value() {
        return z;
    }

    /** Recounts the blocks from the chains and solves the LP for {@code n} drivers from scratch. */
    void reset(Chains c, int n) {
        for (int[] row : count) {
            java.util.Arrays.fill(row, 0);
        }
        java.util.Arrays.fill(total, 0);
        if (rest != null) {
            rest.clear();
        }
        for (int i = 0; i < c.w.size(); i++) {
            if (c.prev[i] < 0) {
                int wd = work[c.w.day[i]];
                int tail = c.tail(i);
                int tours = size(c.typeOf(i, tail));
                count[wd][tours - 1]++;
                total[wd]++;
                if (rest != null) {
                    rest.update(c.w.day[i], i, tail, tours, +1);
                }
            }
        }
        if (rest != null) {
            rest.refresh();
        }
        changes = 0;
        drivers = n;
        rebuild();
    }

    /** Solves the LP for the current counts and headcount from the all-slack basis. */
    private void rebuild() {
        for (double[] row : t) {
            java.util.Arrays.fill(row, 0);
        }
        for (int j = 0; j < patterns; j++) {
            for (int wd = 0; wd < days; wd++) {
                int v = pattern[j][wd];
                t[v == 0 ? offRow(wd) : sizeRow(wd, v)][j] = 1;
            }
        }
        for (int r = 0; r < rows; r++) {
            t[r][patterns + r] = 1;
            basis[r] = patterns + r;
        }
        for (int wd = 0; wd < days; wd++) {
            for (int s = 1; s <= SIZES; s++) {
                rhs[sizeRow(wd, s)] = count[wd][s - 1];
            }
            rhs[offRow(wd)] = Math.max(0, drivers - total[wd]);
        }
        if (rest != null) {
            for (int q = 0; q < rest.pairs; q++) {
                int k0 = work[rest.pairDay[q]];
                int k1 = work[rest.pairDay[q] + 1];
                for (int a = 0; a < RestMatchings.CLASSES.length; a++) {
                    for (int b = 0; b < RestMatchings.CLASSES.length; b++) {
                        int combo = a * RestMatchings.CLASSES.length + b;
                        int row = pairRow(q, combo);
                        rhs[row] = rest.matched(q, combo);
                        for (int j = 0; j < patterns; j++) {
                            if (RestMatchings.inClass(a, pattern[j][k0]) && RestMatchings.inClass(b, pattern[j][k1])) {
                                t[row][j] = 1;
                            }
                        }
                    }
                }
            }
        }
        java.util.Arrays.fill(rc, 0);
        java.util.Arrays.fill(rc, 0, patterns, -1);
        z = 0;
        pivots = 0;
        primal();
    }

    private int sizeRow(int wd, int size) {
        return wd * SIZES + size - 1;
    }

    private int offRow(int wd) {
        return days * SIZES + wd;
    }

    private int pairRow(int q, int combo) {
        return days * (SIZES + 1) + q * RestMatchings.COMBOS + combo;
    }

    private static int size(BlockType type) {
        return type.tours();
    }

    /** Primal simplex (Dantzig's rule, lowest index on ties) from a feasible basis. */
    private void primal() {
        int limit = 50 * (rows + patterns);
        while (limit-- > 0) {
            int j = -1;
            double best = -EPS;
            for (int k = 0; k < cols; k++) {
                if (rc[k] < best) {
                    best = rc[k];
                    j = k;
                }
            }
            if (j < 0) {
                return;
            }
            int r = -1;
            double ratio = Double.MAX_VALUE;
            for (int i = 0; i < rows; i++) {
                if (t[i][j] > EPS) {
                    double q = rhs[i] / t[i][j];
                    if (q < ratio - EPS || (q < ratio + EPS && r >= 0 && basis[i] < basis[r])) {
                        ratio = q;
                        r = i;
                    }
                }
            }
            if (r < 0) {
                return; // unbounded cannot happen: every pattern uses capped rows
            }
            pivot(r, j);
        }
    }

    /** Dual simplex from a dual-feasible basis until every basic value is non-negative. */
    private void dual() {
        int limit = 50 * (rows + patterns);
        while (limit-- > 0) {
            int r = -1;
            double worst = -EPS;
            for (int i = 0; i < rows; i++) {
                if (rhs[i] < worst) {
                    worst = rhs[i];
                    r = i;
                }
            }
            if (r < 0) {
                return;
            }
            int j = -1;
            double ratio = Double.MAX_VALUE;
            for (int k = 0; k < cols; k++) {
                if (t[r][k] < -EPS) {
                    double q = rc[k] / -t[r][k];
                    if (q < ratio - EPS) {
                        ratio = q;
                        j = k;
                    }
                }
            }
            if (j < 0) {
                rebuild(); // infeasible row: cannot happen with b >= 0, but recover anyway
                return;
            }
            pivot(r, j);
            if (++pivots > REBUILD_PIVOTS) {
                rebuild();
                return;
            }
        }
    }

    private void pivot(int r, int j) {
        double[] pr = t[r];
        double inv = 1 / pr[j];
        for (int k = 0; k < cols; k++) {
            pr[k] *= inv;
        }
        pr[j] = 1;
        rhs[r] *= inv;
        for (int i = 0; i < rows; i++) {
            double f = t[i][j];
            if (i != r && f != 0) {
                double[] ti = t[i];
                for (int k = 0; k < cols; k++) {
                    ti[k] -= f * pr[k];
                }
                ti[j] = 0;
                rhs[i] -= f * rhs[r];
            }
        }
        double f = rc[j];
        if (f != 0) {
            for (int k = 0; k < cols; k++) {
                rc[k] -= f * pr[k];
            }
            rc[j] = 0;
            z -= f * rhs[r];
        }
        basis[r] = j;
    }

    /** Starts a change of the counts (then {@link #add} per block, then {@link #evaluate}). */
    void begin() {
        for (int k = 0; k < touched; k++) {
            delta[touchedRows[k]] = 0;
            isTouched[touchedRows[k]] = false;
        }
        touched = 0;
        for (int[] row : countDelta) {
            java.util.Arrays.fill(row, 0);
        }
        changes = 0;
    }

    /** Records the block of {@code type} on {@code day} from {@code head} to {@code tail} added (+1) or removed (-1). */
    void add(int day, int head, int tail, BlockType type, int sign) {
        int wd = work[day];
        int tours = size(type);
        countDelta[wd][tours - 1] += sign;
        if (rest != null) {
            rest.update(day, head, tail, tours, sign);
            int[] ch = changed[changes++];
            ch[0] = day;
            ch[1] = head;
            ch[2] = tail;
            ch[3] = tours;
            ch[4] = sign;
        }
    }

    /** Drops the change last evaluated. */
    void reject() {
        if (rest != null) {
            for (int k = changes - 1; k >= 0; k--) {
                int[] ch = changed[k];
                rest.update(ch[0], ch[1], ch[2], ch[3], -ch[4]);
            }
            rest.rollback();
        }
        begin();
    }

    /** The change of full-time drivers the recorded change makes (an upper bound when the basis changes). */
    double evaluate() {
        double dz = 0;
        for (int wd = 0; wd < days; wd++) {
            int dTotal = 0;
            for (int s = 1; s <= SIZES; s++) {
                int dc = countDelta[wd][s - 1];
                if (dc != 0) {
                    touch(sizeRow(wd, s), dc);
                    dTotal += dc;
                }
            }
            if (dTotal != 0) {
                int before = Math.max(0, drivers - total[wd]);
                int after = Math.max(0, drivers - total[wd] - dTotal);
                if (after != before) {
                    touch(offRow(wd), after - before);
                }
            }
        }
        if (rest != null) {
            rest.recompute();
            for (int q = 0; q < rest.pairs; q++) {
                if (rest.dirty(q)) {
                    for (int combo = 0; combo < RestMatchings.COMBOS; combo++) {
                        int dm = rest.pending(q, combo) - rest.matched(q, combo);
                        if (dm != 0) {
                            touch(pairRow(q, combo), dm);
                        }
                    }
                }
            }
        }
        for (int k = 0; k < touched; k++) {
            int r = touchedRows[k];
            dz += rc[patterns + r] * delta[r];
        }
        pendingDz = dz;
        return dz;
    }

    private void touch(int row, double d) {
        if (!isTouched[row]) {
            isTouched[row] = true;
            touchedRows[touched++] = row;
        }
        delta[row] += d;
    }

    /** Commits the change last evaluated and restores the optimum. */
    void apply() {
        boolean infeasible = false;
        for (int i = 0; i < rows; i++) {
            double v = rhs[i];
            double[] ti = t[i];
            for (int k = 0; k < touched; k++) {
                int r = touchedRows[k];
                v += ti[patterns + r] * delta[r];
            }
            rhs[i] = v;
            infeasible |= v < -EPS;
        }
        z += pendingDz;
        if (rest != null) {
            rest.commit();
        }
        for (int wd = 0; wd < days; wd++) {
            for (int s = 0; s < SIZES; s++) {
                count[wd][s] += countDelta[wd][s];
                total[wd] += countDelta[wd][s];
            }
        }
        begin();
        if (infeasible) {
            dual();
        }
    }
}
