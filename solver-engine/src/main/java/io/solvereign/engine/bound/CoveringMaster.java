package io.solvereign.engine.bound;

/**
 * Restricted master LP of the roster covering problem, {@code min sum y_r} subject to
 * {@code sum_r a(t,r) y_r >= count(t)} for every tour line t and {@code y >= 0}, solved by a
 * revised simplex with a dense basis inverse (lines x lines). It starts from the one-line rosters
 * (basis = identity, always feasible); columns come from the caller's pricing. The right-hand
 * side carries a tiny deterministic perturbation against degenerate cycling, and the inverse is
 * rebuilt from scratch every {@value #REFACTOR} pivots and on request. Duals of the rows are the bound's weights.
 */
final class CoveringMaster {
    private static final int REFACTOR = 2000;
    private static final double EPS = 1e-11;

    private final int m;
    private final double[] rhs;
    private final double[][] binv;
    private final double[] x;
    /** Basis columns: lines covered (sorted), or {@code {-1 - t}} for the surplus of row t. */
    private final int[][] basis;
    private final double[] pi;
    private int pivots;

    CoveringMaster(int[] counts) {
        m = counts.length;
        rhs = new double[m];
        binv = new double[m][m];
        x = new double[m];
        basis = new int[m][];
        pi = new double[m];
        for (int t = 0; t < m; t++) {
            rhs[t] = counts[t] + 1e-7 * (1 + (t * 7919L % 997) / 997.0);
            binv[t][t] = 1;
            x[t] = rhs[t];
            basis[t] = new int[] {t};
            pi[t] = 1;
        }
    }

    /** Row duals {@code pi = c_B B^-1} (roster columns cost 1, surplus 0); a copy. */
    double[] duals() {
        return pi.clone();
    }

    private void recomputeDuals() {
        java.util.Arrays.fill(pi, 0);
        for (int i = 0; i < m; i++) {
            if (basis[i][0] >= 0) {
                double[] row = binv[i];
                for (int j = 0; j < m; j++) {
                    pi[j] += row[j];
                }
            }
        }
    }

    /** Objective value (rosters used, fractional). */
    double objective() {
        double z = 0;
        for (int i = 0; i < m; i++) {
            if (basis[i][0] >= 0) {
                z += x[i];
            }
        }
        return z;
    }

    /** Roster columns of the basis with a positive value (the current LP solution's rosters). */
    java.util.List<int[]> usedColumns() {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (basis[i][0] >= 0 && x[i] > 1e-9) {
                out.add(basis[i]);
            }
        }
        return out;
    }

    /** Pivots done so far. */
    int pivots() {
        return pivots;
    }

    /**
     * Brings a column into the basis.
     *
     * @param column sorted covered lines, or {@code {-1 - t}} for the surplus of row t
     * @return false when the column cannot enter (no positive direction)
     */
    boolean enter(int[] column) {
        double[] dir = new double[m];
        if (column[0] < 0) {
            int t = -1 - column[0];
            for (int i = 0; i < m; i++) {
                dir[i] = -binv[i][t];
            }
        } else {
            for (int i = 0; i < m; i++) {
                double[] row = binv[i];
                double s = 0;
                for (int t : column) {
                    s += row[t];
                }
                dir[i] = s;
            }
        }
        int r = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            if (dir[i] > 1e-9) {
                double ratio = x[i] / dir[i];
                if (ratio < best - EPS) {
                    best = ratio;
                    r = i;
                }
            }
        }
        if (r < 0) {
            return false;
        }
        // Reduced cost of the entering column, for the dual update pi += d * (new row r of B^-1).
        double reduced;
        if (column[0] < 0) {
            reduced = pi[-1 - column[0]];
        } else {
            reduced = 1;
            for (int t : column) {
                reduced -= pi[t];
            }
        }
        double theta = x[r] / dir[r];
        for (int i = 0; i < m; i++) {
            x[i] -= theta * dir[i];
        }
        x[r] = theta;
        double[] pr = binv[r];
        double inv = 1.0 / dir[r];
        for (int j = 0; j < m; j++) {
            pr[j] *= inv;
        }
        for (int i = 0; i < m; i++) {
            double f = dir[i];
            if (i != r && f != 0) {
                double[] row = binv[i];
                for (int j = 0; j < m; j++) {
                    row[j] -= f * pr[j];
                }
            }
        }
        for (int j = 0; j < m; j++) {
            pi[j] += reduced * pr[j];
        }
        basis[r] = column.clone();
        if (++pivots % REFACTOR == 0) {
            refresh();
        }
        return true;
    }

    /** Rebuilds inverse, basic values and duals from the basis columns, shedding rounding drift. */
    void refresh() {
        refactor();
        recomputeDuals();
    }

    /** Rebuilds the inverse and the basic values from the basis columns (Gauss-Jordan, partial pivoting). */
    private void refactor() {
        double[][] a = new double[m][2 * m];
        for (int i = 0; i < m; i++) {
            int[] col = basis[i];
            if (col[0] < 0) {
                a[-1 - col[0]][i] = -1;
            } else {
                for (int t : col) {
                    a[t][i] = 1;
                }
            }
            a[i][m + i] = 1;
        }
        for (int c = 0; c < m; c++) {
            int p = c;
            for (int i = c + 1; i < m; i++) {
                if (Math.abs(a[i][c]) > Math.abs(a[p][c])) {
                    p = i;
                }
            }
            double[] tmp = a[c];
            a[c] = a[p];
            a[p] = tmp;
            double inv = 1.0 / a[c][c];
            for (int j = 0; j < 2 * m; j++) {
                a[c][j] *= inv;
            }
            for (int i = 0; i < m; i++) {
                double f = a[i][c];
                if (i != c && f != 0) {
                    for (int j = 0; j < 2 * m; j++) {
                        a[i][j] -= f * a[c][j];
                    }
                }
            }
        }
        for (int i = 0; i < m; i++) {
            System.arraycopy(a[i], m, binv[i], 0, m);
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += binv[i][j] * rhs[j];
            }
            x[i] = Math.max(0, s);
        }
    }
}
