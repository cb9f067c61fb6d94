package io.solvereign.engine.block;

import io.solvereign.engine.internal.SortedInts;
import io.solvereign.engine.rules.LabourRules;
import io.solvereign.api.model.BlockType;
import io.solvereign.engine.internal.WeekTours;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every legal block of every day at tour-line level (identical tours are interchangeable).
 *
 * <p>Per day the one-part lines are sorted by start; for each line the possible successors lie in a
 * start window behind its end, found by binary search, so generation costs
 * O(lines x successors^2) per day. Blocks of a day are sorted by (start, end, type, lines).
 */
public final class BlockCatalog {
    private static final Comparator<Block> ORDER = Comparator.<Block>comparingInt(b -> b.start)
            .thenComparingInt(b -> b.end)
            .thenComparing(b -> b.type)
            .thenComparing(b -> b.lines, java.util.Arrays::compare);

    private final Block[][] byDay;

    private BlockCatalog(Block[][] byDay) {
        this.byDay = byDay;
    }

    /** Generates all legal blocks of the week. */
    public static BlockCatalog generate(WeekTours week, LabourRules rules) {
        Block[][] byDay = new Block[WeekTours.DAYS][];
        for (int d = 0; d < WeekTours.DAYS; d++) {
            byDay[d] = generateDay(week, rules, d);
        }
        return new BlockCatalog(byDay);
    }

    private static Block[] generateDay(WeekTours w, LabourRules rules, int d) {
        List<Block> out = new ArrayList<>();
        List<Integer> plain = new ArrayList<>();
        for (int l = 0; l < w.lineCount(); l++) {
            if (w.lineDay[l] != d) {
                continue;
            }
            if (w.isSplitLine(l)) {
                out.add(new Block(d, BlockType.DOUBLE_SPLIT, new int[] {l}, w.lineStart[l],
                        Math.max(w.lineEnd[l], w.lineEnd2[l]), w.lineMinutes(l)));
            } else {
                plain.add(l);
            }
        }
        plain.sort(Comparator.<Integer>comparingInt(l -> w.lineStart[l]).thenComparingInt(l -> w.lineEnd[l])
                .thenComparingInt(l -> l));
        int n = plain.size();
        int[] ls = new int[n];
        int[] st = new int[n];
        for (int i = 0; i < n; i++) {
            ls[i] = plain.get(i);
            st[i] = w.lineStart[ls[i]];
        }
        for (int i = 0; i < n; i++) {
            int a = ls[i];
            out.add(new Block(d, BlockType.SINGLE, new int[] {a}, w.lineStart[a], w.lineEnd[a], w.lineMinutes(a)));
            for (int j = SortedInts.lowerBound(st, w.lineEnd[a] + rules.minGap()); j < n && st[j] <= w.lineEnd[a] + rules.maxGap(); j++) {
                int b = ls[j];
                BlockType t2 = rules.pair(w.lineStart[a], w.lineEnd[a], w.lineStart[b], w.lineEnd[b]);
                if (t2 == null) {
                    continue;
                }
                out.add(new Block(d, t2, new int[] {a, b}, w.lineStart[a], Math.max(w.lineEnd[a], w.lineEnd[b]),
                        w.lineMinutes(a) + w.lineMinutes(b)));
                if (t2 != BlockType.DOUBLE_REGULAR) {
                    continue;
                }
                for (int k = SortedInts.lowerBound(st, w.lineEnd[b] + rules.minGap());
                     k < n && st[k] <= w.lineEnd[b] + rules.maxRegularGap(); k++) {
                    int c = ls[k];
                    if (rules.triple(w.lineStart[a], w.lineEnd[a], w.lineStart[b], w.lineEnd[b],
                            w.lineStart[c], w.lineEnd[c]) != null) {
                        out.add(new Block(d, BlockType.TRIPLE, new int[] {a, b, c}, w.lineStart[a], w.lineEnd[c],
                                w.lineMinutes(a) + w.lineMinutes(b) + w.lineMinutes(c)));
                    }
                }
            }
        }
        out.sort(ORDER);
        return out.toArray(new Block[0]);
    }


    /** Blocks of day {@code d} (0..6), sorted; do not modify. */
    public Block[] day(int d) {
        return byDay[d];
    }

    /** Total number of blocks. */
    public int size() {
        int n = 0;
        for (Block[] bs : byDay) {
            n += bs.length;
        }
        return n;
    }

    /** Number of blocks of a type. */
    public int count(BlockType type) {
        int n = 0;
        for (Block[] bs : byDay) {
            for (Block b : bs) {
                n += b.type == type ? 1 : 0;
            }
        }
        return n;
    }
}
