package io.solvereign.engine.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class HungarianTest {
    @Property(tries = 100)
    void matchesBruteForce(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll @IntRange(min = 0, max = 10000) int seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        long[][] c = new long[n][n];
        for (long[] row : c) {
            for (int j = 0; j < n; j++) {
                row[j] = r.nextInt(50) - 10;
            }
        }
        int[] col = Hungarian.solve(c);
        long got = 0;
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            got += c[i][col[i]];
            used[col[i]] = true;
        }
        for (boolean u : used) {
            assertEquals(true, u);
        }
        assertEquals(best(c, 0, new boolean[n]), got);
    }

    @Property(tries = 100)
    void rectangularMatchesBruteForce(@ForAll @IntRange(min = 1, max = 5) int rows,
                                      @ForAll @IntRange(min = 0, max = 3) int extra,
                                      @ForAll @IntRange(min = 0, max = 10000) int seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        int cols = rows + extra;
        long[][] c = new long[rows][cols];
        for (long[] row : c) {
            for (int j = 0; j < cols; j++) {
                row[j] = r.nextInt(50) - 10;
            }
        }
        int[] col = Hungarian.solve(c);
        long got = 0;
        boolean[] used = new boolean[cols];
        for (int i = 0; i < rows; i++) {
            assertEquals(false, used[col[i]], "column " + col[i] + " taken twice");
            used[col[i]] = true;
            got += c[i][col[i]];
        }
        assertEquals(best(c, 0, new boolean[cols]), got);
    }

    @Property(tries = 20)
    void moreRowsThanColumnsIsRefused(@ForAll @IntRange(min = 2, max = 5) int rows) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Hungarian.solve(new long[rows][rows - 1]));
    }

    /**
     * The same assignment, tie for tie, as the textbook loop with a used flag per column (the ties decide
     * plans, so the faster scans must not change them): many equal costs and forbidden-like cells.
     */
    @Property(tries = 200)
    void sameAssignmentAsTheTextbookLoop(@ForAll @IntRange(min = 1, max = 30) int rows,
                                         @ForAll @IntRange(min = 0, max = 20) int extra,
                                         @ForAll @IntRange(min = 0, max = 100000) int seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        long[][] c = new long[rows][rows + extra];
        for (long[] row : c) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextInt(5) == 0 ? Long.MAX_VALUE / 16 : r.nextInt(4) - (r.nextBoolean() ? 1L << 40 : 0);
            }
        }
        assertEquals(java.util.Arrays.toString(textbook(c)), java.util.Arrays.toString(Hungarian.solve(c)));
    }

    /** The Hungarian method with potentials as usually written (e-maxx), scanning every column each step. */
    private static int[] textbook(long[][] cost) {
        int n = cost.length;
        int m = cost[0].length;
        long inf = Long.MAX_VALUE / 4;
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        long[] minv = new long[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            java.util.Arrays.fill(minv, inf);
            java.util.Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = inf;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        long cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
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

    private static long best(long[][] c, int row, boolean[] used) {
        if (row == c.length) {
            return 0;
        }
        long b = Long.MAX_VALUE;
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                b = Math.min(b, c[row][j] + best(c, row + 1, used));
                used[j] = false;
            }
        }
        return b;
    }
}
