package io.solvereign.engine.assign;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.Arrays;

/**
 * Re-shapes blocks and rosters together to lift part-timers over the FTE threshold: for a day and
 * a cut time, every block of that day is cut into the tours starting before the cut (they stay with
 * their driver) and the tours from the cut on (the tail; in the week-tail variant the driver's later
 * days belong to it too; in the middle variant the tours between two cuts move and the tours around
 * them stay); the tails are then re-assigned to drivers by one exact min-cost assignment
 * (Hungarian, tails x drivers) whose cost is (drivers, part-time drivers, minus the squared minutes
 * of part-timers) of the resulting weeks. A tail may join a driver only when his kept tours and the
 * tail form a legal block ({@link LabourRules}) and the joined week is legal ({@link LabourRules}).
 * So two singles can become a split, a 2er and a single a 3er, a 3er can hand its last tour to a
 * driver who needs it, all drivers at once; the current assignment is always allowed, so a cut never
 * makes the plan worse. Both parts of a split line stay together. Deterministic: days and cut times
 * in ascending order, ties broken by index; work is counted in matrix cells (pieces x drivers, plus
 * the sub-problem's exact assignment at rows^2 x columns / 64, charged even where the
 * {@link ExchangeCheck} shows it cannot gain and skips it).
 */
final class DayCutRematch {
    /** Passes of the exchange check before the exact assignment decides. */
    private static final int CHECK_PASSES = 40;
    /** Weight of a part-time driver: above any change of the squared-minutes term of a whole plan. */
    private static final long PART_TIME = 1L << 36;
    /** Weight of a working driver: above any change of the part-time count. */
    private static final long DRIVER = 1L << 47;
    /** No tours. */
    private static final int[] NONE = new int[0];

    private final WeekTours w;
    private final LabourRules rules;
    private final int fte;
    /** True when the later days move with the moved. */
    private final boolean weekTail;
    /** True when the tours before the cut move and the rest stays. */
    private final boolean movesHead;
    /** True when the tours between two cuts move and the tours around them stay. */
    private final boolean middle;
    private final int cutsPerDay;
    private final int[] s = new int[3];
    private final int[] e = new int[3];
    private final int[] tours = new int[3];
    /** The block of a driver's kept tours and a piece, under test from cell to cell. */
    private final Scratch scratch = new Scratch();
    /** The piece under test as a block of its own (for the drivers who keep nothing on the day). */
    private final Scratch alone = new Scratch();
    /** The (day, cut time) re-matchings that gained nothing, and on which plan. */
    private final SettledMoves settled = new SettledMoves();
    /** Per driver: his days before and after the re-matched day ({@link LabourRules#before}), reused. */
    private LabourRules.Side[] before = new LabourRules.Side[0];
    private LabourRules.Side[] after = new LabourRules.Side[0];

    /** The part of a driver's week that is re-assigned at a cut on day d. */
    enum Piece {
        /** The tours of day d from the cut on. */
        DAY_TAIL,
        /** The tours of day d before the cut (the driver keeps the later ones). */
        DAY_HEAD,
        /** The tours of day d from the cut on and all later days. */
        WEEK_TAIL,
        /** The tours of day d from one cut to a later one (the driver keeps the tours before and after). */
        DAY_MIDDLE
    }

    /**
     * @param piece      what moves at a cut
     * @param cutsPerDay cut times tried per day
     */
    DayCutRematch(WeekTours week, RuleSet ruleSet, Piece piece, int cutsPerDay) {
        this.weekTail = piece == Piece.WEEK_TAIL;
        this.movesHead = piece == Piece.DAY_HEAD;
        this.middle = piece == Piece.DAY_MIDDLE;
        this.cutsPerDay = cutsPerDay;
        this.w = week;
        this.rules = LabourRules.of(ruleSet);
        this.fte = ruleSet.fteMinMinutes();
    }

    /**
     * Improves the plan in place, pass after pass over every day and cut time until a pass gains
     * nothing or the budget is spent.
     *
     * @param plan     rosters[driver][day]
     * @param budget   matrix cells allowed
     * @param progress called with (drivers working, part-time drivers) after each gain
     * @return matrix cells spent
     */
    long improve(TourBlock[][] plan, long budget, RosterAssigner.Progress progress) {
        if (plan.length < 2 || fte <= 0) {
            return 0;
        }
        long work = 0;
        boolean improved = true;
        while (improved && work < budget) {
            improved = false;
            for (int d = 0; d < WeekTours.DAYS && work < budget; d++) {
                int[] cuts = cutTimes(plan, d);
                for (int c = 0; c < cuts.length && work < budget; c++) {
                    for (int c2 = middle ? c + 1 : cuts.length; c2 <= cuts.length && work < budget; c2++) {
                        long[] spent = {0};
                        // Day, first cut time and second cut (its index; the day's end is cuts.length).
                        long key = ((long) d << 56) ^ ((long) (cuts[c] & 0xffffff) << 24) ^ c2;
                        long charged = settled.lookUp(plan, key);
                        if (charged >= 0) {
                            // The same plan, day and cuts as a re-matching that gained nothing: it would again.
                            spent[0] = charged;
                        } else if (rematch(plan, d, cuts[c], c2 < cuts.length ? cuts[c2] : Integer.MAX_VALUE, spent)) {
                            improved = true;
                            progress.accept(TourBlock.workingDrivers(plan), TourBlock.partTimeDrivers(plan, fte));
                        } else {
                            settled.noGain(key, spent[0]);
                        }
                        work += spent[0];
                    }
                }
            }
        }
        return work;
    }

    /**
     * At most {@link #cutsPerDay} cut times of the day, evenly spread over the distinct start times
     * of its tours (ascending): every cut separates the tours differently, and neighbouring cuts
     * mostly find the same exchanges.
     */
    private int[] cutTimes(TourBlock[][] plan, int d) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (TourBlock[] r : plan) {
            TourBlock b = r[d];
            if (b != null) {
                for (int k = 0; k < b.size(); k++) {
                    out.add(w.start[b.tour(k)]);
                }
            }
        }
        int[] all = out.stream().mapToInt(Integer::intValue).toArray();
        if (all.length <= cutsPerDay) {
            return all;
        }
        int[] some = new int[cutsPerDay];
        for (int i = 0; i < cutsPerDay; i++) {
            some[i] = all[(int) ((long) i * all.length / cutsPerDay)];
        }
        return some;
    }

    /**
     * One exact re-assignment of the pieces that move at {@code cut} (up to {@code cut2} for middles)
     * on day {@code d}; true when the plan got better.
     */
    private boolean rematch(TourBlock[][] plan, int d, int cut, int cut2, long[] spent) {
        int n = plan.length;
        int[] owner = new int[n];
        int[][] moved = new int[n][];
        int[] movedMinutes = new int[n];
        int[][] kept = new int[n][];
        int[] frameMinutes = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            TourBlock b = plan[i][d];
            int split = b == null ? 0 : firstAtOrAfter(b, cut);
            int from = movesHead ? split : 0;
            int to = movesHead ? (b == null ? 0 : b.size()) : split;
            kept[i] = b == null ? new int[0] : tourArray(b, from, to);
            int[] part = b == null ? new int[0] : movesHead ? tourArray(b, 0, split) : tourArray(b, split, b.size());
            if (middle && b != null) {
                int split2 = firstAtOrAfter(b, cut2);
                int[] before = tourArray(b, 0, split);
                int[] after = tourArray(b, split2, b.size());
                kept[i] = Arrays.copyOf(before, before.length + after.length);
                System.arraycopy(after, 0, kept[i], before.length, after.length);
                part = tourArray(b, split, split2);
            }
            int later = 0;
            int earlier = 0;
            for (int x = 0; x < WeekTours.DAYS; x++) {
                if (plan[i][x] != null && x != d) {
                    if (x > d) {
                        later += plan[i][x].minutes;
                    } else {
                        earlier += plan[i][x].minutes;
                    }
                }
            }
            int movedMin = minutes(part) + (weekTail ? later : 0);
            frameMinutes[i] = earlier + minutes(kept[i]) + (weekTail ? 0 : later);
            if (movedMin > 0) {
                owner[k] = i;
                movedMinutes[k] = movedMin;
                moved[k++] = part;
            }
            if (kept[i].length > 0 && part.length > 0 && w.partner[kept[i][0]] < 0
                    && block(kept[i], kept[i].length, d) == null) {
                return false;  // a kept part that is no block of its own
            }
        }
        if (k == 0) {
            return false;
        }
        // Per piece the drivers it may join (its owner always among them) and the costs, ascending by driver.
        int[][] adj = new int[k][];
        long[][] adjCost = new long[k][];
        int[] buf = new int[n];
        long[] cbuf = new long[n];
        TourBlock[] week = new TourBlock[WeekTours.DAYS];
        boolean[] splitLine = new boolean[n];
        if (before.length < n) {
            before = new LabourRules.Side[n];
            after = new LabourRules.Side[n];
            Arrays.setAll(before, x -> new LabourRules.Side());
            Arrays.setAll(after, x -> new LabourRules.Side());
        }
        for (int i = 0; i < n; i++) {
            for (int t : kept[i]) {
                splitLine[i] |= w.partner[t] >= 0;
            }
            rules.before(plan[i], d, before[i]);
            rules.after(plan[i], d, after[i]);
        }
        for (int j = 0; j < k; j++) {
            int deg = joins(plan, d, j, owner, kept, moved, frameMinutes, movedMinutes[j], splitLine, week, buf, cbuf);
            adj[j] = Arrays.copyOf(buf, deg);
            adjCost[j] = Arrays.copyOf(cbuf, deg);
        }
        int[] to = assign(adj, adjCost, owner, k, n, spent);
        if (to == null) {
            return false;
        }
        TourBlock[][] next = new TourBlock[n][];
        for (int i = 0; i < n; i++) {
            next[i] = plan[i].clone();
            next[i][d] = kept[i].length == 0 ? null : block(kept[i], kept[i].length, d);
            if (weekTail) {
                java.util.Arrays.fill(next[i], d + 1, WeekTours.DAYS, null);
            }
        }
        for (int j = 0; j < k; j++) {
            int i = to[j];
            if (i == owner[j]) {
                next[i] = plan[i].clone();
            } else if (!joinWeek(plan, i, owner[j], kept[i], moved[j], d, next[i])) {
                throw new IllegalStateException("a chosen pair no longer joins");
            }
        }
        for (int i = 0; i < n; i++) {
            plan[i] = next[i];
        }
        return true;
    }

    /**
     * Fills {@code buf} and {@code cbuf} with the drivers piece j may join (its owner always among them)
     * and the costs, ascending by driver; returns their count. The hot loop of a re-matching, a method of
     * its own so that the JIT compiles it apart from the rest.
     */
    private int joins(TourBlock[][] plan, int d, int j, int[] owner, int[][] kept, int[][] moved, int[] frameMinutes,
                      int movedMin, boolean[] splitLine, TourBlock[] week, int[] buf, long[] cbuf) {
        int n = plan.length;
        boolean pinned = cutsSplitLine(kept[owner[j]], moved[j]);
        boolean movedSplit = false;
        for (int t : moved[j]) {
            movedSplit |= w.partner[t] >= 0;
        }
        // The piece as a block of its own: what it forms with every driver who keeps nothing on day d.
        boolean aloneOk = moved[j].length > 0 && candidate(NONE, moved[j], alone);
        int deg = 0;
        for (int i = 0; i < n; i++) {
            boolean ok;
            if (i == owner[j]) {
                ok = true;
            } else if (pinned || kept[i].length + moved[j].length > 3) {
                ok = false;  // a split line stays whole; no block has more than 3 tours
            } else if (moved[j].length == 0 || kept[i].length > 0 && (splitLine[i] || movedSplit)) {
                ok = moved[j].length == 0 && joinWeek(plan, i, owner[j], kept[i], moved[j], d, week)
                        && rules.legal(week);  // a split line's parts are a block of their own
            } else {
                Scratch b = joined(kept[i], moved[j], aloneOk);
                // i's days before d, the joined block, and the later days of the owner (weekTail) or of
                // i: checked from the sides kept before, no week built per cell.
                ok = b != null && rules.legal(before[i], d, b.start, b.end, b.minutes, b.triple,
                        after[weekTail ? owner[j] : i]);
            }
            if (ok) {
                buf[deg] = i;
                cbuf[deg++] = cost(frameMinutes[i] + movedMin) - cost(frameMinutes[i]);
            }
        }
        return deg;
    }

    /**
     * The best assignment of the k pieces to drivers, or null when it is no better than the current
     * one. Exact on a smaller problem: a piece no other driver can take stays with its owner (row and
     * owner's column leave), and a driver no remaining piece can join leaves; warm-started from the
     * current assignment ({@link ExchangeCheck}).
     */
    private static int[] assign(int[][] adj, long[][] adjCost, int[] owner, int k, int n, long[] spent) {
        boolean[] free = new boolean[k];
        boolean[] taken = new boolean[n];
        int rows = 0;
        for (int j = 0; j < k; j++) {
            free[j] = adj[j].length > 1;
            if (free[j]) {
                rows++;
            } else {
                taken[owner[j]] = true;
            }
        }
        spent[0] = (long) k * n;
        if (rows == 0) {
            return null;
        }
        int[] colOf = new int[n];
        Arrays.fill(colOf, -1);
        for (int j = 0; j < k; j++) {
            if (free[j]) {
                for (int i : adj[j]) {
                    if (!taken[i]) {
                        colOf[i] = 0;
                    }
                }
            }
        }
        int cols = 0;
        int[] colDriver = new int[n];
        for (int i = 0; i < n; i++) {
            if (colOf[i] == 0) {
                colOf[i] = cols;
                colDriver[cols++] = i;
            }
        }
        int[][] subAdj = new int[rows][];
        long[][] subCost = new long[rows][];
        int[] rowPiece = new int[rows];
        int[] current = new int[rows];
        int r = 0;
        for (int j = 0; j < k; j++) {
            if (free[j]) {
                rowPiece[r] = j;
                int deg = 0;
                for (int i : adj[j]) {
                    deg += taken[i] ? 0 : 1;
                }
                subAdj[r] = new int[deg];
                subCost[r] = new long[deg];
                int e = 0;
                for (int x = 0; x < adj[j].length; x++) {
                    int i = adj[j][x];
                    if (!taken[i]) {
                        subAdj[r][e] = colOf[i];
                        subCost[r][e++] = adjCost[j][x];
                    }
                }
                current[r] = colOf[owner[j]];
                r++;
            }
        }
        // Charged as the exact assignment of the whole sub-problem, whether or not the check lets it run:
        // the budget buys the same cuts as before the check existed, so plans stay the same.
        spent[0] += (long) rows * rows * cols / 64;
        int[] subTo = ExchangeCheck.improve(cols, subAdj, subCost, current, CHECK_PASSES, ExchangeCheck.EXACT_ROWS,
                new long[1]);
        if (subTo == null) {
            return null;  // the pieces' owners are already a best assignment
        }
        int[] to = new int[k];
        for (int j = 0; j < k; j++) {
            to[j] = owner[j];
        }
        for (r = 0; r < rows; r++) {
            to[rowPiece[r]] = colDriver[subTo[r]];
        }
        return to;
    }

    /**
     * Writes into {@code week} driver i's days before d, day d as his kept tours plus the moved, and
     * the later days of i (or of the moved piece's owner when {@link #weekTail}); false when day d is no
     * legal block.
     */
    private boolean joinWeek(TourBlock[][] plan, int i, int owner, int[] kept, int[] moved, int d, TourBlock[] week) {
        for (int x = 0; x < WeekTours.DAYS; x++) {
            week[x] = weekTail && x > d ? plan[owner][x] : plan[i][x];
        }
        if (moved.length == 0) {
            week[d] = kept.length == 0 ? null : block(kept, kept.length, d);
            return true;
        }
        week[d] = join(kept, moved, d);
        return week[d] != null;
    }

    /** True when the cut separates the two parts of a split line (then the moved piece stays with its driver). */
    private boolean cutsSplitLine(int[] kept, int[] moved) {
        for (int t : kept) {
            int p = w.partner[t];
            if (p >= 0) {
                for (int u : moved) {
                    if (u == p) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The block of {@code kept} and {@code moved} on day d (the moved tours first when heads move), or
     * null when they form none: {@link #alone} when nothing is kept ({@code aloneOk} says whether the
     * moved tours are a block), else {@link #scratch}, after a first look at the two tours a tail or
     * head join puts next to each other. Split lines are excluded by the caller; the same answer as {@link #join}
     * without allocating.
     */
    private Scratch joined(int[] kept, int[] moved, boolean aloneOk) {
        if (kept.length == 0) {
            return aloneOk ? alone : null;
        }
        if (!middle) {
            // Tails follow the kept tours and heads precede them; a middle goes between them, so only the full check decides.
            int[] first = movesHead ? moved : kept;
            int[] second = movesHead ? kept : moved;
            if (!rules.mayFollowInBlock(w.end[first[first.length - 1]], w.start[second[0]])) {
                return null;
            }
        }
        return candidate(kept, moved, scratch) ? scratch : null;
    }

    /**
     * Sets {@code into} to the block of {@code kept} and {@code moved} on day d (the moved tours first
     * when heads move); false when they form no legal block.
     */
    private boolean candidate(int[] kept, int[] moved, Scratch into) {
        int n = order(kept, moved);
        BlockType type = classify(tours, n);
        if (type == null) {
            return false;
        }
        into.set(s[0], e[n - 1], minutes(n), type == BlockType.TRIPLE);
        return true;
    }

    /** A block under test (times, work, 3er?), reused from cell to cell. */
    private static final class Scratch {
        private int start;
        private int end;
        private int minutes;
        private boolean triple;

        void set(int start, int end, int minutes, boolean triple) {
            this.start = start;
            this.end = end;
            this.minutes = minutes;
            this.triple = triple;
        }
    }

    /** Index of the first tour of the block starting at or after {@code cut}. */
    private int firstAtOrAfter(TourBlock b, int cut) {
        int k = 0;
        while (k < b.size() && w.start[b.tour(k)] < cut) {
            k++;
        }
        return k;
    }

    private static int[] tourArray(TourBlock b, int from, int to) {
        int[] out = new int[to - from];
        for (int k = from; k < to; k++) {
            out[k - from] = b.tour(k);
        }
        return out;
    }

    private int minutes(int[] ts) {
        int m = 0;
        for (int t : ts) {
            m += w.end[t] - w.start[t];
        }
        return m;
    }

    /**
     * The block of the kept tours {@code kept} and the moved ones {@code moved} in time order (the moved
     * ones first when heads move), or null when that is no legal block.
     */
    private TourBlock join(int[] kept, int[] moved, int d) {
        int n = kept.length + moved.length;
        if (n > 3) {
            return null;
        }
        for (int t : kept) {
            if (w.partner[t] >= 0) {
                return null;  // a split line's parts are a block of their own
            }
        }
        for (int t : moved) {
            if (w.partner[t] >= 0 && kept.length > 0) {
                return null;
            }
        }
        return block(tours, order(kept, moved), d);
    }

    /** Copies {@code kept} and {@code moved} into {@link #tours} in block order (moved first when heads move); their count. */
    private int order(int[] kept, int[] moved) {
        if (middle) {
            // Merged by start time: the moved tours go between the kept ones.
            int a = 0;
            int b = 0;
            int n = 0;
            while (a < kept.length || b < moved.length) {
                tours[n++] = b >= moved.length || a < kept.length && w.start[kept[a]] < w.start[moved[b]]
                        ? kept[a++] : moved[b++];
            }
            return n;
        }
        int[] first = movesHead ? moved : kept;
        int[] second = movesHead ? kept : moved;
        System.arraycopy(first, 0, tours, 0, first.length);
        System.arraycopy(second, 0, tours, first.length, second.length);
        return first.length + second.length;
    }

    /** Fills {@link #s} and {@link #e} with the first n tours of ts; their block type, or null when they form none. */
    private BlockType classify(int[] ts, int n) {
        for (int k = 0; k < n; k++) {
            s[k] = w.start[ts[k]];
            e[k] = w.end[ts[k]];
        }
        return rules.classify(s, e, n);
    }

    /** Work minutes of the n tours {@link #classify} filled in. */
    private int minutes(int n) {
        int m = 0;
        for (int k = 0; k < n; k++) {
            m += e[k] - s[k];
        }
        return m;
    }

    private TourBlock block(int[] ts, int n, int d) {
        BlockType type = classify(ts, n);
        return type == null ? null : new TourBlock(d, type, Arrays.copyOf(ts, n), s[0], e[n - 1], minutes(n));
    }

    private long cost(int minutes) {
        if (minutes == 0) {
            return 0;
        }
        return minutes >= fte ? DRIVER : DRIVER + PART_TIME - (long) minutes * minutes;
    }
}
