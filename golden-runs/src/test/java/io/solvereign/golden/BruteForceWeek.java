package io.solvereign.golden;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exhaustive optimum of a tiny week (at most {@value #MAX_TOURS} tours), by a method that shares nothing
 * with the engine or {@link RosterNetwork}: every subset of the tours is tested as one driver's week
 * directly against DOMAIN §5-6 on week minutes (one block a day of a legal type, 11 h rest between
 * blocks, no 3er on consecutive days, weekly cap), and a dynamic programme over subsets finds the
 * partition into legal weeks with fewest drivers, then fewest part-time drivers. O(3^n) for n tours.
 */
final class BruteForceWeek {
    static final int MAX_TOURS = 13;

    private final RuleSet rules;
    private final int n;
    private final int[] day;
    private final int[] start; // minutes from the week's start
    private final int[] end;
    /** Per subset: -1 illegal, else its work in minutes. */
    final int[] work;

    BruteForceWeek(Forecast forecast, RuleSet rules) {
        this.rules = rules;
        List<TourInstance> tours = forecast.instances().stream().sorted().toList();
        n = tours.size();
        if (n > MAX_TOURS) {
            throw new IllegalArgumentException("at most " + MAX_TOURS + " tours, was " + n);
        }
        day = new int[n];
        start = new int[n];
        end = new int[n];
        for (int i = 0; i < n; i++) {
            TourInstance t = tours.get(i);
            day[i] = t.day().number() - 1;
            start[i] = day[i] * TimeRange.DAY_MINUTES + t.time().startMinute();
            end[i] = day[i] * TimeRange.DAY_MINUTES + t.time().endMinute();
        }
        work = new int[1 << n];
        for (int s = 1; s < work.length; s++) {
            work[s] = legalWeek(s);
        }
    }

    /** {fewest drivers, fewest part-time drivers at that headcount}. */
    int[] optimum() {
        int full = (1 << n) - 1;
        long[] best = new long[1 << n]; // drivers * 2^16 + part-time, lexicographic as one number
        Arrays.fill(best, Long.MAX_VALUE);
        best[0] = 0;
        for (int s = 1; s <= full; s++) {
            int low = s & -s;
            int rest = s ^ low;
            // Every subset of s holding its lowest tour, as one driver's week.
            for (int sub = rest; ; sub = (sub - 1) & rest) {
                int week = sub | low;
                if (work[week] >= 0 && best[s ^ week] != Long.MAX_VALUE) {
                    long v = best[s ^ week] + (1L << 16) + (work[week] < rules.fteMinMinutes() ? 1 : 0);
                    best[s] = Math.min(best[s], v);
                }
                if (sub == 0) {
                    break;
                }
            }
        }
        return new int[] {(int) (best[full] >>> 16), (int) (best[full] & 0xFFFF)};
    }

    /** The most weight a legal week can collect, among full-time ({@code [0]}) and part-time ({@code [1]}) weeks. */
    long[] maxWeekWeight(long[] tourWeight) {
        long[] out = {Long.MIN_VALUE, Long.MIN_VALUE};
        for (int s = 1; s < work.length; s++) {
            if (work[s] < 0) {
                continue;
            }
            long w = 0;
            for (int i = 0; i < n; i++) {
                if ((s >> i & 1) == 1) {
                    w += tourWeight[i];
                }
            }
            int side = work[s] < rules.fteMinMinutes() ? 1 : 0;
            out[side] = Math.max(out[side], w);
        }
        return out;
    }

    private int legalWeek(int s) {
        List<List<Integer>> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            days.add(new ArrayList<>());
        }
        int minutes = 0;
        for (int i = 0; i < n; i++) {
            if ((s >> i & 1) == 1) {
                days.get(day[i]).add(i);
                minutes += end[i] - start[i];
            }
        }
        if (minutes > rules.maxWeeklyMinutes()) {
            return -1;
        }
        int lastEnd = Integer.MIN_VALUE;
        int lastDay = -2;
        boolean lastTriple = false;
        for (int d = 0; d < 7; d++) {
            List<Integer> b = days.get(d);
            if (b.isEmpty()) {
                continue;
            }
            b.sort((x, y) -> Integer.compare(start[x], start[y]));
            if (!legalBlock(b)) {
                return -1;
            }
            int first = start[b.get(0)];
            if (lastEnd != Integer.MIN_VALUE && first - lastEnd < rules.minRestMinutes()) {
                return -1;
            }
            boolean triple = b.size() == 3;
            if (triple && lastTriple && lastDay == d - 1 && rules.forbidConsecutiveTriples()) {
                return -1;
            }
            lastEnd = end[b.get(b.size() - 1)];
            lastDay = d;
            lastTriple = triple;
        }
        return minutes;
    }

    private boolean legalBlock(List<Integer> b) {
        if (b.size() > 3) {
            return false;
        }
        int span = end[b.get(b.size() - 1)] - start[b.get(0)];
        if (b.size() == 1) {
            return true;
        }
        int gap = start[b.get(1)] - end[b.get(0)];
        if (b.size() == 2) {
            boolean regular = gap >= rules.regularGapMin() && gap <= rules.regularGapMax() && span <= rules.maxSpanRegular();
            boolean split = gap >= rules.splitBreakMin() && gap <= rules.splitBreakMax() && span <= rules.maxSpanSplit();
            return regular || split;
        }
        int gap2 = start[b.get(2)] - end[b.get(1)];
        return gap >= rules.regularGapMin() && gap <= rules.regularGapMax() && gap2 >= rules.regularGapMin()
                && gap2 <= rules.regularGapMax() && span <= rules.maxSpanTriple();
    }
}
