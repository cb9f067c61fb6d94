package io.solvereign.golden;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The network model of ../shared/SOLVER-NOTES.md with a work dimension, written for the tests and
 * independent of the engine: a node is a driver's state before day {@code d} (work so far in units of
 * the gcd of the tour lengths, "worked a 3er yesterday", earliest start allowed that day); arcs are a
 * legal block of the day (DOMAIN §5), a day off, or waiting for a later start. A source-to-sink path is
 * exactly a legal week (rest 11 h, no 3er on consecutive days, weekly cap); end states below the FTE
 * minimum are part-time. Used by the exact model ({@link ExactOptima}) as its arc set, and by the tests
 * to re-check bound certificates with a longest-path programme in {@code long}.
 *
 * <p>Rest is real time (DOMAIN §4): on the night of a clock change the wall-clock rest needed before the next day
 * moves by the jump ({@link #clockShift}); a tour whose own duration the change alters is not modelled.
 *
 * <p>Size: per day, states x blocks; for a 1,900-tour week of 4 h tours about 40 templates a day, some
 * 1,000 blocks and 14 work levels, so some 10^5 arcs. Split-shift lines ({@code +}) are not modelled.
 */
final class RosterNetwork {
    static final int DAYS = 7;

    /** One forecast line: day 0..6, wall-clock minutes of that day, count, canonical line as its key. */
    record Template(int day, int start, int end, int count, String key) {
    }

    /** A legal block of one day: template indexes in start order, its type, first start and last end. */
    record Block(int day, int[] templates, BlockType type, int start, int end, int units) {
    }

    final RuleSet rules;
    final List<Template> templates = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    /** Minutes per work unit (gcd of the tour lengths). */
    final int unit;
    /** Largest work in units a week may hold (the weekly cap). */
    final int maxUnits;
    /** Minutes the wall clock jumps forward from day d to day d + 1 in the site's zone (60 in spring, -60 in autumn). */
    final int[] clockShift = new int[DAYS];
    /** Earliest-start values per day 0..7 (ascending; day 7 only holds 0). */
    final int[][] taus = new int[DAYS + 1][];
    private final int[] nodeOffset = new int[DAYS + 2];

    // Arcs, in an order that is topological in their tail node.
    final List<int[]> arcs = new ArrayList<>(); // {from, to, block index or -1}
    final int source;
    final int sink;

    RosterNetwork(Forecast forecast, RuleSet rules) {
        this.rules = rules;
        for (int d = 0; d < DAYS; d++) {
            clockShift[d] = offsetMinutes(forecast, d + 1) - offsetMinutes(forecast, d);
        }
        int g = 0;
        for (TourTemplate t : forecast.templates()) {
            if (t.isSplit()) {
                throw new IllegalArgumentException("split-shift line " + t.fingerprint().canonicalLine() + " is not modelled");
            }
            TimeRange r = t.fingerprint().parts().get(0);
            int d0 = t.day().number() - 1;
            if (r.endMinute() > TimeRange.DAY_MINUTES && clockShift[d0] != 0
                    || offsetMinutes(forecast, d0, r.startMinute()) != offsetMinutes(forecast, d0, Math.min(r.endMinute(), TimeRange.DAY_MINUTES - 1))) {
                throw new IllegalArgumentException("tour " + t.fingerprint().canonicalLine() + " spans a clock change; not modelled");
            }
            templates.add(new Template(t.day().number() - 1, r.startMinute(), r.endMinute(), t.count(),
                    t.fingerprint().canonicalLine()));
            g = gcd(g, r.durationMinutes());
        }
        templates.sort((a, b) -> a.day != b.day ? Integer.compare(a.day, b.day)
                : a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
        unit = g;
        maxUnits = rules.maxWeeklyMinutes() / unit;
        for (int d = 0; d < DAYS; d++) {
            addBlocks(d);
        }
        // Earliest starts: 0, what each block of the day before leaves, and what a day off carries over.
        taus[0] = new int[] {0};
        for (int d = 1; d <= DAYS; d++) {
            TreeSet<Integer> set = new TreeSet<>(List.of(0));
            if (d < DAYS) {
                for (Block b : blocks) {
                    if (b.day == d - 1) {
                        set.add(carry(b.end + rules.minRestMinutes() + clockShift[d - 1]));
                    }
                }
                for (int t : taus[d - 1]) {
                    set.add(carry(t + clockShift[d - 1]));
                }
            }
            taus[d] = set.stream().mapToInt(Integer::intValue).toArray();
        }
        for (int d = 0; d <= DAYS; d++) {
            nodeOffset[d + 1] = nodeOffset[d] + (maxUnits + 1) * 2 * taus[d].length;
        }
        source = node(0, 0, 0, 0);
        sink = nodeOffset[DAYS + 1];
        buildArcs();
    }

    /** Number of nodes, the sink included. */
    int nodes() {
        return sink + 1;
    }

    int node(int day, int units, int triple, int tauIndex) {
        return nodeOffset[day] + ((units * 2 + triple) * taus[day].length) + tauIndex;
    }

    /** Work units of a node on day 7 (a week's end state). */
    int unitsOfEndNode(int node) {
        return (node - nodeOffset[DAYS]) / (2 * taus[DAYS].length);
    }

    /** True when a week ending with this much work is part-time (below the FTE minimum). */
    boolean partTime(int units) {
        return (long) units * unit < rules.fteMinMinutes();
    }

    /** UTC offset in minutes at noon of day {@code d} (0 = the anchor Monday; 7 = the Monday after). */
    private static int offsetMinutes(Forecast f, int d) {
        return offsetMinutes(f, d, 12 * 60);
    }

    private static int offsetMinutes(Forecast f, int d, int minuteOfDay) {
        return f.weekAnchor().plusDays(d).atStartOfDay().plusMinutes(minuteOfDay).atZone(f.zone()).getOffset()
                .getTotalSeconds() / 60;
    }

    private static int carry(int minute) {
        return Math.max(0, minute - TimeRange.DAY_MINUTES);
    }

    private void addBlocks(int d) {
        List<Integer> day = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).day == d) {
                day.add(i);
            }
        }
        for (int a : day) {
            blocks.add(block(d, BlockType.SINGLE, a));
        }
        for (int a : day) {
            for (int b : day) {
                int gap = templates.get(b).start - templates.get(a).end;
                int span = templates.get(b).end - templates.get(a).start;
                if (regularGap(gap) && span <= rules.maxSpanRegular()) {
                    blocks.add(block(d, BlockType.DOUBLE_REGULAR, a, b));
                } else if (gap >= rules.splitBreakMin() && gap <= rules.splitBreakMax() && span <= rules.maxSpanSplit()) {
                    blocks.add(block(d, BlockType.DOUBLE_SPLIT, a, b));
                }
                if (regularGap(gap)) {
                    for (int c : day) {
                        int gap2 = templates.get(c).start - templates.get(b).end;
                        if (regularGap(gap2) && templates.get(c).end - templates.get(a).start <= rules.maxSpanTriple()) {
                            blocks.add(block(d, BlockType.TRIPLE, a, b, c));
                        }
                    }
                }
            }
        }
    }

    private boolean regularGap(int gap) {
        return gap >= rules.regularGapMin() && gap <= rules.regularGapMax();
    }

    private Block block(int d, BlockType type, int... ts) {
        int minutes = 0;
        for (int t : ts) {
            minutes += templates.get(t).end - templates.get(t).start;
        }
        return new Block(d, ts, type, templates.get(ts[0]).start, templates.get(ts[ts.length - 1]).end, minutes / unit);
    }

    private void buildArcs() {
        boolean[] reached = new boolean[nodes()];
        reached[source] = true;
        List<List<Integer>> byDay = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            byDay.add(new ArrayList<>());
        }
        for (int i = 0; i < blocks.size(); i++) {
            byDay.get(blocks.get(i).day).add(i);
        }
        for (int d = 0; d < DAYS; d++) {
            int[] ts = taus[d];
            // For each block: the last earliest-start value that still allows it (states wait up to it).
            Map<Integer, List<Integer>> blocksAtTau = new TreeMap<>();
            for (int bi : byDay.get(d)) {
                int k = Arrays.binarySearch(ts, blocks.get(bi).start);
                k = k >= 0 ? k : -k - 2;
                if (k >= 0) {
                    blocksAtTau.computeIfAbsent(k, x -> new ArrayList<>()).add(bi);
                }
            }
            for (int w = 0; w <= maxUnits; w++) {
                for (int f = 0; f < 2; f++) {
                    for (int k = 0; k < ts.length; k++) {
                        int from = node(d, w, f, k);
                        if (!reached[from]) {
                            continue;
                        }
                        for (int bi : blocksAtTau.getOrDefault(k, List.of())) {
                            Block b = blocks.get(bi);
                            boolean triple = b.type == BlockType.TRIPLE;
                            if (w + b.units > maxUnits || triple && f == 1 && rules.forbidConsecutiveTriples()) {
                                continue;
                            }
                            arc(reached, from, next(d, w + b.units, triple ? 1 : 0,
                                    carry(b.end + rules.minRestMinutes() + clockShift[d])), bi);
                        }
                        // A day off; waiting first costs nothing, so only the last start of each carry value needs one.
                        if (k + 1 == ts.length || carry(ts[k + 1] + clockShift[d]) != carry(ts[k] + clockShift[d])) {
                            arc(reached, from, next(d, w, 0, carry(ts[k] + clockShift[d])), -1);
                        }
                        if (k + 1 < ts.length) {
                            arc(reached, from, node(d, w, f, k + 1), -1);
                        }
                    }
                }
            }
        }
        for (int w = 1; w <= maxUnits; w++) {
            int end = node(DAYS, w, 0, 0);
            if (reached[end]) {
                arcs.add(new int[] {end, sink, -1});
            }
        }
    }

    private int next(int d, int units, int triple, int tau) {
        if (d + 1 == DAYS) {
            return node(DAYS, units, 0, 0);
        }
        return node(d + 1, units, triple, Arrays.binarySearch(taus[d + 1], tau));
    }

    private void arc(boolean[] reached, int from, int to, int block) {
        reached[to] = true;
        arcs.add(new int[] {from, to, block});
    }

    /**
     * Longest-path values over the network for integer template weights: the largest weight a legal
     * non-empty week can collect, among full-time weeks ({@code [0]}) and part-time weeks ({@code [1]});
     * {@link Long#MIN_VALUE} when no such week exists.
     */
    long[] maxWeekWeight(long[] templateWeight) {
        long[] best = new long[nodes()];
        Arrays.fill(best, Long.MIN_VALUE);
        best[source] = 0;
        long[] out = {Long.MIN_VALUE, Long.MIN_VALUE};
        for (int[] a : arcs) {
            if (best[a[0]] == Long.MIN_VALUE) {
                continue;
            }
            if (a[1] == sink) {
                int side = partTime(unitsOfEndNode(a[0])) ? 1 : 0;
                out[side] = Math.max(out[side], best[a[0]]);
                continue;
            }
            long v = best[a[0]];
            if (a[2] >= 0) {
                for (int t : blocks.get(a[2]).templates) {
                    v = Math.addExact(v, templateWeight[t]);
                }
            }
            best[a[1]] = Math.max(best[a[1]], v);
        }
        return out;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
