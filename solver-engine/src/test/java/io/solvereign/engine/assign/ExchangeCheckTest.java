package io.solvereign.engine.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The exchange check says "no gain" exactly when the exact assignment cannot beat the current one. */
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
        int[] best = Hungarian.solve(cost);
        long optimum = 0;
        for (int i = 0; i < rows; i++) {
            optimum += cost[i][best[i]];
        }
        // Enough passes for any shortest path on cols + 1 nodes: the check is exact.
        assertEquals(optimum < now, ExchangeCheck.mayImprove(cost, current, FORBIDDEN, cols + 2, new long[1]));
    }
}
