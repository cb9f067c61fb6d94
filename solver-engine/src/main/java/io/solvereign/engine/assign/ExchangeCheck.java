package io.solvereign.engine.assign;

/**
 * The exact assignment for the re-matchings, run only where it can gain: the given assignment
 * (every piece with its owner) is nearly always optimal already, and proving that is far cheaper
 * than the cubic {@link Hungarian}. The assignment is optimal exactly when its exchange graph has no
 * negative cycle: one node per column and one extra node Z; the row held by column {@code a} may move
 * to an allowed column {@code c} (edge a to c, weight cost[r][c] - cost[r][a]), a free column may end
 * a chain (edge to Z, 0) and Z may start one at any held column (edge Z to a, 0: that column gives its
 * row away and stays empty). Bellman-Ford from all nodes at distance 0 over the allowed cells either
 * settles (optimal: no gain) or shows a cycle among its predecessor links (always a negative one) or
 * runs out of passes; then the Hungarian solves the problem, so the answer is always an optimum and
 * the same one the Hungarian alone would give. Deterministic; work is counted in cells scanned.
 */
final class ExchangeCheck {
    /** A cell that is not allowed, in the Hungarian's dense matrix. */
    private static final long FORBIDDEN = Long.MAX_VALUE / 16;

    private ExchangeCheck() {
    }

    /**
     * An optimal assignment cheaper than {@code assigned}, or null when {@code assigned} is optimal.
     *
     * @param cols      number of columns
     * @param adj       per row its allowed columns, ascending
     * @param adjCost   per row the costs of those columns (far below {@code Long.MAX_VALUE / 64})
     * @param assigned  the current column of each row (distinct, each among the row's allowed)
     * @param maxPasses Bellman-Ford passes before the Hungarian decides
     * @param work      work[0] grows by the cells scanned (and the Hungarian's cells / 64)
     * @return for each row its column in the Hungarian's optimal assignment, or null
     */
    static int[] improve(int cols, int[][] adj, long[][] adjCost, int[] assigned, int maxPasses, long[] work) {
        int rows = adj.length;
        if (rows == 0) {
            return null;
        }
        if (settles(cols, adj, adjCost, assigned, maxPasses, work)) {
            return null;
        }
        long[][] dense = new long[rows][cols];
        for (int r = 0; r < rows; r++) {
            java.util.Arrays.fill(dense[r], FORBIDDEN);
            for (int e = 0; e < adj[r].length; e++) {
                dense[r][adj[r][e]] = adjCost[r][e];
            }
        }
        work[0] += (long) rows * rows * cols / 64;
        int[] exact = Hungarian.solve(dense);
        long before = 0;
        long after = 0;
        for (int r = 0; r < rows; r++) {
            before += dense[r][assigned[r]];
            after += dense[r][exact[r]];
        }
        return after < before ? exact : null;
    }

    /** True when Bellman-Ford settles on the exchange graph: {@code assigned} is optimal. */
    private static boolean settles(int cols, int[][] adj, long[][] adjCost, int[] assigned, int maxPasses,
                                   long[] work) {
        int rows = adj.length;
        int z = cols;
        long[] atCost = new long[rows];
        long edges = 0;
        boolean[] held = new boolean[cols];
        for (int r = 0; r < rows; r++) {
            int e = java.util.Arrays.binarySearch(adj[r], assigned[r]);
            if (e < 0) {
                throw new IllegalArgumentException("row " + r + " holds a column it may not take");
            }
            atCost[r] = adjCost[r][e];
            edges += adj[r].length;
            held[assigned[r]] = true;
        }
        long[] dist = new long[cols + 1];
        int[] pred = new int[cols + 1];
        java.util.Arrays.fill(pred, -1);
        int[] seen = new int[cols + 1];
        for (int pass = 0; pass < maxPasses; pass++) {
            boolean changed = false;
            for (int r = 0; r < rows; r++) {
                int a = assigned[r];
                int[] rc = adj[r];
                long[] rw = adjCost[r];
                long base = dist[a] - atCost[r];
                for (int e = 0; e < rc.length; e++) {
                    int c = rc[e];
                    if (base + rw[e] < dist[c]) {
                        dist[c] = base + rw[e];
                        pred[c] = a;
                        changed = true;
                    }
                }
            }
            work[0] += edges + 2L * cols;
            for (int c = 0; c < cols; c++) {
                if (!held[c] && dist[c] < dist[z]) {
                    dist[z] = dist[c];
                    pred[z] = c;
                    changed = true;
                }
            }
            for (int c = 0; c < cols; c++) {
                if (held[c] && dist[z] < dist[c]) {
                    dist[c] = dist[z];
                    pred[c] = z;
                    changed = true;
                }
            }
            if (!changed) {
                return true;
            }
            if (hasCycle(pred, seen, 2 * pass + 1)) {
                return false;
            }
        }
        return false;
    }

    /** True when the predecessor links close a cycle (stamps {@code stamp}, {@code stamp + 1} mark walks). */
    private static boolean hasCycle(int[] pred, int[] seen, int stamp) {
        // seen[] == stamp: on the current walk; == stamp + 1: finished without a cycle.
        int n = pred.length;
        for (int s = 0; s < n; s++) {
            int x = s;
            while (x >= 0 && seen[x] != stamp && seen[x] != stamp + 1) {
                seen[x] = stamp;
                x = pred[x];
            }
            if (x >= 0 && seen[x] == stamp) {
                return true;  // met the current walk again
            }
            for (x = s; x >= 0 && seen[x] == stamp; x = pred[x]) {
                seen[x] = stamp + 1;
            }
        }
        return false;
    }
}
