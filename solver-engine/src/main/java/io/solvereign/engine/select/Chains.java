package io.solvereign.engine.select;

import io.solvereign.api.model.BlockType;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The tours of the week linked into chains, one chain per block: {@code next}/{@code prev}
 * instance pointers (-1 at the ends). Chains hold at most three tours and are always legal blocks.
 * Split-line pairs are fixed chains that the search never touches.
 */
final class Chains {
    final WeekTours w;
    final LabourRules rules;
    final int[] next;
    final int[] prev;
    final boolean[] fixed;
    /** Blocks per type, indexed by {@link BlockType#ordinal()}. */
    final int[] typeCount = new int[BlockType.values().length];
    private final int[] s = new int[3];
    private final int[] e = new int[3];

    Chains(WeekTours w, LabourRules rules) {
        this.w = w;
        this.rules = rules;
        int n = w.size();
        next = new int[n];
        prev = new int[n];
        fixed = new boolean[n];
        java.util.Arrays.fill(next, -1);
        java.util.Arrays.fill(prev, -1);
        for (int i = 0; i < n; i++) {
            int p = w.partner[i];
            if (p >= 0) {
                fixed[i] = true;
                if (w.start[i] < w.start[p] || (w.start[i] == w.start[p] && i < p)) {
                    next[i] = p;
                    prev[p] = i;
                }
            }
        }
    }

    /** First tour of the chain containing i. */
    int head(int i) {
        while (prev[i] >= 0) {
            i = prev[i];
        }
        return i;
    }

    /** Last tour of the chain containing i. */
    int tail(int i) {
        while (next[i] >= 0) {
            i = next[i];
        }
        return i;
    }

    /** Number of links from {@code from} forward to {@code to} (same chain, {@code to} not before {@code from}). */
    int distance(int from, int to) {
        int n = 0;
        while (from != to) {
            from = next[from];
            n++;
        }
        return n;
    }

    /** The tour {@code k} links before {@code i}. */
    int back(int i, int k) {
        while (k-- > 0) {
            i = prev[i];
        }
        return i;
    }

    /** The tour {@code k} links after {@code i}. */
    int forward(int i, int k) {
        while (k-- > 0) {
            i = next[i];
        }
        return i;
    }

    /** Type of the chain running from {@code from} to {@code to} (inclusive), or null when illegal. */
    BlockType typeOf(int from, int to) {
        int n = 0;
        for (int i = from; ; i = next[i]) {
            if (n == 3) {
                return null;
            }
            s[n] = w.start[i];
            e[n++] = w.end[i];
            if (i == to) {
                break;
            }
        }
        return rules.classify(s, e, n);
    }

    /** Type of the chain {@code a1..a2} followed by {@code b1..b2}, or null when illegal or too long. */
    BlockType typeOfJoin(int a1, int a2, int b1, int b2) {
        int n = 0;
        for (int i = a1; ; i = next[i]) {
            s[n] = w.start[i];
            e[n++] = w.end[i];
            if (i == a2) {
                break;
            }
        }
        for (int i = b1; ; i = next[i]) {
            if (n == 3) {
                return null;
            }
            s[n] = w.start[i];
            e[n++] = w.end[i];
            if (i == b2) {
                break;
            }
        }
        return rules.classify(s, e, n);
    }

    /** Recounts block types from the pointers and registers every chain with the loads. */
    void register(PairLoads loads) {
        java.util.Arrays.fill(typeCount, 0);
        for (int i = 0; i < w.size(); i++) {
            if (prev[i] < 0) {
                int t = tail(i);
                BlockType type = typeOf(i, t);
                typeCount[type.ordinal()]++;
                loads.update(w.day[i], i, t, type == BlockType.TRIPLE, +1);
            }
        }
        loads.setDrivers(loads.drivers());
    }

    /**
     * Greedy start: tours in start order join the open chain whose last tour ended latest within
     * the regular gap window, preferring to complete blocks; otherwise they open a new chain.
     */
    void greedy() {
        for (int i = 0; i < w.size(); i++) {
            if (fixed[i]) {
                continue;
            }
            int best = -1;
            for (int j = i - 1; j >= 0 && w.start[j] > w.start[i] - 24 * 60; j--) {
                if (fixed[j] || next[j] >= 0 || w.day[j] != w.day[i] || !rules.regularGap(w.start[i] - w.end[j])) {
                    continue;
                }
                int h = head(j);
                BlockType t = typeOfJoin(h, j, i, i);
                if (t != null && (best < 0 || w.end[j] > w.end[best])) {
                    best = j;
                }
            }
            if (best >= 0) {
                next[best] = i;
                prev[i] = best;
            }
        }
    }

    /** The chains as blocks, sorted per day by (start, end, tours). */
    List<List<TourBlock>> blocks() {
        List<List<TourBlock>> days = new ArrayList<>();
        for (int d = 0; d < WeekTours.DAYS; d++) {
            days.add(new ArrayList<>());
        }
        for (int i = 0; i < w.size(); i++) {
            if (prev[i] >= 0) {
                continue;
            }
            int t = tail(i);
            int n = 0;
            int[] tours = new int[3];
            int minutes = 0;
            int end = 0;
            for (int k = i; ; k = next[k]) {
                tours[n++] = k;
                minutes += w.minutesOf(k);
                end = Math.max(end, w.end[k]);
                if (k == t) {
                    break;
                }
            }
            days.get(w.day[i]).add(new TourBlock(w.day[i], typeOf(i, t), java.util.Arrays.copyOf(tours, n),
                    w.start[i], end, minutes));
        }
        for (List<TourBlock> d : days) {
            d.sort(TourBlock::compare);
        }
        return days;
    }
}
