package io.solvereign.engine.assign;

/**
 * Decides cheaply whether a min-cost assignment can beat a given one, so the re-matchings run the
 * cubic {@link Hungarian} only where it can gain. The given assignment is optimal exactly when its
 * exchange graph has no negative cycle: one node per column and one extra node Z; the row held by
 * column {@code a} may move to an allowed column {@code c} (edge a to c, weight cost[r][c] - cost[r][a]),
 * a free column may end a chain (edge to Z, 0) and Z may start one at any held column (edge Z to a,
 * 0: that column gives its row away and stays empty). Bellman-Ford from all nodes at distance 0
 * settles within a few passes when there is no negative cycle; after {@code maxPasses} the answer is
 * "maybe" (the caller then solves exactly). Deterministic; work is counted in cells scanned.
 */
final class ExchangeCheck {
    private ExchangeCheck() {
    }

    /**
     * True when an assignment cheaper than {@code assigned} may exist; false only when none does.
     *
     * @param cost      cost[row][col], cells at or above {@code forbidden} are not allowed
     * @param assigned  the current column of each row (distinct, allowed)
     * @param forbidden the cost from which a cell is not allowed
     * @param maxPasses Bellman-Ford passes before answering "maybe"
     * @param work      work[0] grows by the cells scanned
     */
    static boolean mayImprove(long[][] cost, int[] assigned, long forbidden, int maxPasses, long[] work) {
        int rows = cost.length;
        if (rows == 0) {
            return false;
        }
        int cols = cost[0].length;
        boolean[] held = new boolean[cols];
        for (int a : assigned) {
            held[a] = true;
        }
        long[] dist = new long[cols + 1];
        int z = cols;
        for (int pass = 0; pass < maxPasses; pass++) {
            boolean changed = false;
            for (int r = 0; r < rows; r++) {
                int a = assigned[r];
                long[] row = cost[r];
                long base = dist[a] - row[a];
                for (int c = 0; c < cols; c++) {
                    long x = row[c];
                    if (x < forbidden && base + x < dist[c]) {
                        dist[c] = base + x;
                        changed = true;
                    }
                }
            }
            work[0] += (long) rows * cols;
            for (int c = 0; c < cols; c++) {
                if (!held[c] && dist[c] < dist[z]) {
                    dist[z] = dist[c];
                    changed = true;
                }
            }
            for (int c = 0; c < cols; c++) {
                if (held[c] && dist[z] < dist[c]) {
                    dist[c] = dist[z];
                    changed = true;
                }
            }
            if (!changed) {
                return false;
            }
        }
        return true;
    }
}
