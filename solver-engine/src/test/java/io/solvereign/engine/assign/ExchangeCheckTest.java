package io.solvereign.engine.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The checked assignment says "no gain" exactly when the current assignment is optimal, and else gives an optimum. */
class ExchangeCheckTest {
    private static final long FORBIDDEN = Long.MAX_VALUE / 16;

    @Property(tries = 300)
    void agreesWithTheExactAssignment(@ForAll @IntRange(min = 1, max = 12) int rows,
                                      @ForAll @IntRange(min = 0, max = 5) int extra,
                                      @ForAll @IntRange(min = 0, max = 90) int forbiddenPercent,
                                      @ForAll @IntRange(min = 0, max = 100000) int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int cols = rows + extra;
        // The current assignment: distinct random columns, always allowed.
        int[] perm = new int[cols];
        for (int c = 0; c < cols; c++) {
            perm[c] = c;
        }
        for (int c = cols - 1; c > 0; c--) {
            int x = r.nextInt(c + 1);
            int t = perm[c];
            perm[c] = perm[x];
            perm[x] = t;
        }
        int[] current = java.util.Arrays.copyOf(perm, rows);
        long[][] cost = new long[rows][cols];
        long now = 0;
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < cols; c++) {
                boolean ok = c == current[i] || r.nextInt(100) >= forbiddenPercent;
                cost[i][c] = ok ? (r.nextInt(7) - 3) * (1L << 40) : FORBIDDEN;
            }
            now += cost[i][current[i]];
        }
        int[][] adj = new int[rows][];
        long[][] adjCost = new long[rows][];
        for (int i = 0; i < rows; i++) {
            final int row = i;
            adj[i] = java.util.stream.IntStream.range(0, cols).filter(c -> cost[row][c] < FORBIDDEN).toArray();
            adjCost[i] = java.util.Arrays.stream(adj[i]).mapToLong(c -> cost[row][c]).toArray();
        }
        int[] best = Hungarian.solve(cost);
        long optimum = 0;
        for (int i = 0; i < rows; i++) {
            optimum += cost[i][best[i]];
        }
        // Enough passes for every shortest path (the check alone decides "no gain"), too few, and the
        // cycles applied one by one instead of the Hungarian (exact on rows of 0).
        for (int[] limits : new int[][] {{cols + 2, 100}, {1, 100}, {cols + 2, 0}}) {
            int[] got = ExchangeCheck.improve(cols, adj, adjCost, current, limits[0], limits[1], new long[1]);
            if (optimum == now) {
                assertNull(got, "the current assignment is optimal");
                continue;
            }
            assertNotNull(got, "a cheaper assignment exists");
            long total = 0;
            boolean[] used = new boolean[cols];
            for (int i = 0; i < rows; i++) {
                assertTrue(cost[i][got[i]] < FORBIDDEN, "row " + i + " on a forbidden cell");
                assertFalse(used[got[i]], "column " + got[i] + " twice");
                used[got[i]] = true;
                total += cost[i][got[i]];
            }
            assertEquals(optimum, total);
            if (limits[1] > 0) {
                assertEquals(java.util.Arrays.toString(best), java.util.Arrays.toString(got), "the Hungarian's own optimum");
            }
        }
    }
}
