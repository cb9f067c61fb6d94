package io.solvereign.engine.assign;

/**
 * Minimum-cost assignment of every row of an n x m cost matrix (n <= m) to its own column by the
 * Hungarian method with potentials (shortest augmenting paths), O(n^2 m) time, O(n m) input. Ties
 * are broken by index order, so the result is deterministic. Public for the scenario package (driver relabelling); the
 * package is not exported.
 */
public final class Hungarian {
    private Hungarian() {
    }

    /**
     * Solves the assignment.
     *
     * @param cost matrix cost[row][col] with at least as many columns as rows; entries must stay far
     *             below {@code Long.MAX_VALUE / 4}
     * @return for each row the assigned column
     */
    public static int[] solve(long[][] cost) {
        int n = cost.length;
        int m = n == 0 ? 0 : cost[0].length;
        if (m < n) {
            throw new IllegalArgumentException("fewer columns (" + m + ") than rows (" + n + ")");
        }
        long inf = Long.MAX_VALUE / 4;
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        long[] minv = new long[m + 1];
        // The columns not yet reached in this row's search, ascending (so ties go to the lowest index),
        // and the ones reached: the scans touch each column once without testing a flag.
        int[] free = new int[m];
        int[] reached = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            java.util.Arrays.fill(minv, inf);
            for (int j = 1; j <= m; j++) {
                free[j - 1] = j;
            }
            int nFree = m;
            int nReached = 0;
            do {
                reached[nReached++] = j0;
                if (j0 != 0) {
                    int at = java.util.Arrays.binarySearch(free, 0, nFree, j0);
                    System.arraycopy(free, at + 1, free, at, nFree - at - 1);
                    nFree--;
                }
                int i0 = p[j0];
                long delta = inf;
                int j1 = 0;
                long[] row = cost[i0 - 1];
                long ui0 = u[i0];
                for (int f = 0; f < nFree; f++) {
                    int j = free[f];
                    long cur = row[j - 1] - ui0 - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int x = 0; x < nReached; x++) {
                    int j = reached[x];
                    u[p[j]] += delta;
                    v[j] -= delta;
                }
                for (int f = 0; f < nFree; f++) {
                    minv[free[f]] -= delta;
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowToCol = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                rowToCol[p[j] - 1] = j - 1;
            }
        }
        return rowToCol;
    }
}
