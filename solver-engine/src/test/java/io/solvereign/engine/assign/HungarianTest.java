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
