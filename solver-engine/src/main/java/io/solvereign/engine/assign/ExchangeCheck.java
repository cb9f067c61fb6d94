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
 * runs out of passes; then the Hungarian solves the problem, so the answer is the optimum the Hungarian
 * alone would give. On very large problems the found cycles are applied instead (see {@link #improve}).
 * Deterministic; work is counted in cells scanned.
 */
final class ExchangeCheck {
    /** A cell that is not allowed, in the Hungarian's dense matrix. */
    private static final long FORBIDDEN = Long.MAX_VALUE / 16;
    /** Rows up to which the Hungarian gives the optimum; above, its cubic cost dominates a solve. */
    static final int EXACT_ROWS = 500;
    /** Negative cycles applied per call above the exact rows. */
    static final int MAX_CYCLES = 256;
    /** What {@link #search} returns when the assignment is optimal. */
    private static final int SETTLED = -2;

    private ExchangeCheck() {
    }

    /**
     * An assignment cheaper than {@code assigned}, or null when {@code assigned} is optimal (or, on
     * more than {@code exactRows} rows, when no cheaper one is found). Up to {@code exactRows} rows
     * it is the Hungarian's optimum; above, negative cycles are applied one by one (at most
     * {@value #MAX_CYCLES}), which ends at an optimum too unless a limit is hit, at a cost that grows
     * with the cells rather than with rows^2 x columns.
     *
     * @param cols      number of columns
     * @param adj       per row its allowed columns, ascending
     * @param adjCost   per row the costs of those columns (far below {@code Long.MAX_VALUE / 64})
     * @param assigned  the current column of each row (distinct, each among the row's allowed)
     * @param maxPasses Bellman-Ford passes per search
     * @param exactRows rows up to which the Hungarian runs (callers pass {@link #EXACT_ROWS})
     * @param work      work[0] grows by the cells scanned (and the Hungarian's rows^2 x columns / 64)
     * @return for each row its column, or null
     */
    static int[] improve(int cols, int[][] adj, long[][] adjCost, int[] assigned, int maxPasses, int exactRows,
                         long[] work) {
        int rows = adj.length;
        if (rows == 0) {
            return null;
        }
        int[] pred = new int[cols + 1];
        if (rows > exactRows) {
            return cancelCycles(cols, adj, adjCost, assigned, maxPasses, work, pred);
        }
        if (search(cols, adj, adjCost, assigned, maxPasses, work, pred) == SETTLED) {
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

    /** Applies negative cycles until none is found; the improved assignment, or null when none was. */
    private static int[] cancelCycles(int cols, int[][] adj, long[][] adjCost, int[] assigned, int maxPasses,
                                      long[] work, int[] pred) {
        int[] at = assigned.clone();
        int[] holder = new int[cols];
        int[] cycle = new int[cols + 1];
        boolean changed = false;
        for (int found = 0; found < MAX_CYCLES; found++) {
            int x = search(cols, adj, adjCost, at, maxPasses, work, pred);
            if (x < 0) {
                break;
            }
            java.util.Arrays.fill(holder, -1);
            for (int r = 0; r < at.length; r++) {
                holder[at[r]] = r;
            }
            // Along the predecessor links backwards each edge between two columns moves a row; the
            // edges through Z move none (a chain's first column gives its row away, its last one takes one).
            int len = 0;
            int y = x;
            do {
                cycle[len++] = y;
                y = pred[y];
            } while (y != x);
            int[] moveRow = new int[len];
            int[] moveTo = new int[len];
            int moves = 0;
            for (int i = 0; i < len; i++) {
                int to = cycle[i];
                int from = pred[to];
                if (to != cols && from != cols) {
                    moveRow[moves] = holder[from];
                    moveTo[moves++] = to;
                }
            }
            for (int i = 0; i < moves; i++) {
                at[moveRow[i]] = moveTo[i];
            }
            changed = true;
        }
        return changed ? at : null;
    }

    /**
     * Bellman-Ford on the exchange graph of {@code assigned}: {@link #SETTLED} when it settles (the
     * assignment is optimal), a node on a (negative) cycle of the predecessor links {@code pred}, or
     * -1 when the passes run out.
     */
    private static int search(int cols, int[][] adj, long[][] adjCost, int[] assigned, int maxPasses, long[] work,
                              int[] pred) {
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
                return SETTLED;
            }
            int x = cycleNode(pred, seen, 2 * pass + 1);
            if (x >= 0) {
                return x;
            }
        }
        return -1;
    }

    /** A node on a cycle of the predecessor links, or -1 (stamps {@code stamp}, {@code stamp + 1} mark walks). */
    private static int cycleNode(int[] pred, int[] seen, int stamp) {
        // seen[] == stamp: on the current walk; == stamp + 1: finished without a cycle.
        int n = pred.length;
        for (int s = 0; s < n; s++) {
            int x = s;
            while (x >= 0 && seen[x] != stamp && seen[x] != stamp + 1) {
                seen[x] = stamp;
                x = pred[x];
            }
            if (x >= 0 && seen[x] == stamp) {
                return x;  // met the current walk again
            }
            for (x = s; x >= 0 && seen[x] == stamp; x = pred[x]) {
                seen[x] = stamp + 1;
            }
        }
        return -1;
    }
}
