package io.solvereign.engine.select;

import io.solvereign.engine.internal.SortedInts;
import io.solvereign.api.model.BlockType;
import io.solvereign.engine.internal.WeekTours;
import java.util.SplittableRandom;

/**
 * Simulated annealing over the chains. Moves: <i>link</i> a tour to a later tour of its day (the
 * prefix of one chain up to it joins the suffix of another from the later tour, trimmed to three
 * tours when longer; the cut-off pieces stay as chains or, 2-opt* style, join each other) and
 * <i>cut</i> a chain after a tour. Every move keeps all chains legal.
 * The energy is {@code excess * wExcess + levelA * wA + levelB * wB} for guidance only; callers
 * compare results lexicographically.
 */
final class ChainSearch {
    private final Chains c;
    private final PairLoads loads;
    private final SplittableRandom rnd;
    private final int[] movable;
    private final int[] regFrom;
    private final int[] regTo;
    private final int[] splitFrom;
    private final int[] splitTo;
    private final BlockType levelA;
    private final BlockType levelB;
    long wExcess = 64;
    long wA = 8;
    long wB = 1;
    /** Full-time potential priced into the energy, or null (then the energy is the one above). */
    FullTimePotential fullTime;
    /** Energy of one full-time driver more or less. */
    double wFullTime;
    private final int[] changeHead = new int[8];
    private final int[] changeTail = new int[8];
    private final int[] changeSign = new int[8];
    private final BlockType[] changeType = new BlockType[8];
    private int changes;

    ChainSearch(Chains c, PairLoads loads, SplittableRandom rnd, BlockType levelA, BlockType levelB) {
        this.c = c;
        this.loads = loads;
        this.rnd = rnd;
        this.levelA = levelA;
        this.levelB = levelB;
        WeekTours w = c.w;
        int n = 0;
        int[] mov = new int[w.size()];
        regFrom = new int[w.size()];
        regTo = new int[w.size()];
        splitFrom = new int[w.size()];
        splitTo = new int[w.size()];
        for (int i = 0; i < w.size(); i++) {
            if (!c.fixed[i]) {
                mov[n++] = i;
            }
            // Successor candidates: tours starting in the regular gap window or the split break window.
            regFrom[i] = SortedInts.lowerBound(w.start, w.end[i] + c.rules.minGap());
            regTo[i] = SortedInts.lowerBound(w.start, w.end[i] + c.rules.maxRegularGap() + 1);
            splitFrom[i] = Math.max(regTo[i], SortedInts.lowerBound(w.start, w.end[i] + c.rules.minSplitGap()));
            splitTo[i] = SortedInts.lowerBound(w.start, w.end[i] + c.rules.maxGap() + 1);
        }
        movable = java.util.Arrays.copyOf(mov, n);
    }


    /** Levels A and B of the current chains. */
    long levelA() {
        return c.typeCount[levelA.ordinal()];
    }

    long levelB() {
        return c.typeCount[levelB.ordinal()];
    }

    long energy() {
        return loads.excess() * wExcess + levelA() * wA + levelB() * wB;
    }

    /**
     * One move at temperature {@code temp} (energy units); returns true when it was applied.
     */
    boolean step(double temp) {
        if (movable.length == 0) {
            return false;
        }
        int i = movable[rnd.nextInt(movable.length)];
        if (rnd.nextInt(8) == 0) {
            return cut(i, temp);
        }
        int reg = regTo[i] - regFrom[i];
        int span = reg + splitTo[i] - splitFrom[i];
        if (span <= 0) {
            return false;
        }
        int k = rnd.nextInt(span);
        int j = k < reg ? regFrom[i] + k : splitFrom[i] + k - reg;
        if (c.fixed[j] || c.w.day[j] != c.w.day[i] || c.next[i] == j) {
            return false;
        }
        return link(i, j, temp);
    }

    private boolean cut(int i, double temp) {
        int k = c.next[i];
        if (k < 0) {
            return false;
        }
        int h = c.head(i);
        int t = c.tail(k);
        BlockType p = c.typeOf(h, i);
        BlockType r = c.typeOf(k, t);
        if (p == null || r == null) {
            return false;
        }
        changes = 0;
        change(h, t, -1, c.typeOf(h, t));
        change(h, i, +1, p);
        change(k, t, +1, r);
        if (!accept(temp)) {
            return false;
        }
        c.next[i] = -1;
        c.prev[k] = -1;
        return true;
    }

    private boolean link(int i, int j, double temp) {
        int hA = c.head(i);
        int tA = c.tail(i);
        int hB = c.head(j);
        int tB = c.tail(j);
        int ni = c.next[i];
        int pj = c.prev[j];
        changes = 0;
        if (hA == hB) {
            // j lies behind i in the same chain: the middle piece drops out.
            BlockType joined = c.typeOfJoin(hA, i, j, tB);
            BlockType mid = c.typeOf(ni, pj);
            if (joined == null || mid == null) {
                return false;
            }
            change(hA, tA, -1, c.typeOf(hA, tA));
            change(hA, tB, +1, joined);
            change(ni, pj, +1, mid);
            if (!accept(temp)) {
                return false;
            }
            c.next[pj] = -1;
            c.prev[ni] = -1;
            c.next[i] = j;
            c.prev[j] = i;
            return true;
        }
        // Too long a join keeps only the last p tours up to i and the first q from j (p + q = 3).
        int lenP = c.distance(hA, i) + 1;
        int lenQ = c.distance(j, tB) + 1;
        int p = lenP;
        int q = lenQ;
        if (p + q > 3) {
            int lo = Math.max(1, 3 - lenQ);
            int hi = Math.min(lenP, 2);
            p = lo + rnd.nextInt(hi - lo + 1);
            q = 3 - p;
        }
        int from = c.back(i, p - 1);
        int to = c.forward(j, q - 1);
        BlockType joined = c.typeOfJoin(from, i, j, to);
        if (joined == null) {
            return false;
        }
        change(hA, tA, -1, c.typeOf(hA, tA));
        change(hB, tB, -1, c.typeOf(hB, tB));
        change(from, to, +1, joined);
        int pf = c.prev[from];
        int nt = c.next[to];
        if (pf >= 0 && !piece(hA, pf)) {
            return false;
        }
        if (nt >= 0 && !piece(nt, tB)) {
            return false;
        }
        boolean crossed = false;
        if (ni >= 0 && pj >= 0 && rnd.nextBoolean()) {
            BlockType cross = c.typeOfJoin(hB, pj, ni, tA);
            if (cross != null) {
                crossed = true;
                change(hB, tA, +1, cross);
            }
        }
        if (!crossed && ((ni >= 0 && !piece(ni, tA)) || (pj >= 0 && !piece(hB, pj)))) {
            return false;
        }
        if (!accept(temp)) {
            return false;
        }
        if (pf >= 0) {
            c.next[pf] = -1;
            c.prev[from] = -1;
        }
        if (nt >= 0) {
            c.prev[nt] = -1;
            c.next[to] = -1;
        }
        if (crossed) {
            c.next[pj] = ni;
            c.prev[ni] = pj;
        } else {
            if (ni >= 0) {
                c.prev[ni] = -1;
            }
            if (pj >= 0) {
                c.next[pj] = -1;
            }
        }
        c.next[i] = j;
        c.prev[j] = i;
        return true;
    }

    /** Records the piece {@code from..to} as a new chain; false when it is no legal block. */
    private boolean piece(int from, int to) {
        BlockType t = c.typeOf(from, to);
        if (t == null) {
            return false;
        }
        change(from, to, +1, t);
        return true;
    }

    private long typeDelta(BlockType t, int sign) {
        long d = 0;
        if (t == levelA) {
            d += wA;
        }
        if (t == levelB) {
            d += wB;
        }
        return sign * d;
    }

    private void change(int head, int tail, int sign, BlockType type) {
        changeHead[changes] = head;
        changeTail[changes] = tail;
        changeSign[changes] = sign;
        changeType[changes++] = type;
    }

    /**
     * The acceptance test with the change of the full-time potential priced in; commits the potential
     * when accepted. Moves that raise the Hall excess never get here: pricing them would cost the most
     * and the excess weight rejects them anyway.
     */
    private boolean acceptWithFullTime(long dE, double temp) {
        fullTime.begin();
        for (int k = 0; k < changes; k++) {
            fullTime.add(c.w.day[changeHead[k]], changeHead[k], changeTail[k], changeType[k], changeSign[k]);
        }
        if (metropolis(dE - wFullTime * fullTime.evaluate(), temp)) {
            fullTime.apply();
            return true;
        }
        fullTime.reject();
        return false;
    }

    /** The annealing's acceptance of an energy change {@code dE} at temperature {@code temp}. */
    private boolean metropolis(double dE, double temp) {
        return dE <= 0 || (temp > 0 && rnd.nextDouble() < StrictMath.exp(-dE / temp));
    }

    /** Applies the recorded changes to loads and type counts; keeps them or reverts them. */
    private boolean accept(double temp) {
        long before = loads.excess();
        long dTypes = 0;
        for (int k = 0; k < changes; k++) {
            loads.update(c.w.day[changeHead[k]], changeHead[k], changeTail[k], changeType[k] == BlockType.TRIPLE,
                    changeSign[k]);
            dTypes += typeDelta(changeType[k], changeSign[k]);
        }
        long dExcess = loads.excess() - before;
        long dE = dExcess * wExcess + dTypes;
        if (fullTime == null ? metropolis(dE, temp) : dExcess <= 0 && acceptWithFullTime(dE, temp)) {
            for (int k = 0; k < changes; k++) {
                c.typeCount[changeType[k].ordinal()] += changeSign[k];
            }
            loads.commit();
            return true;
        }
        for (int k = changes - 1; k >= 0; k--) {
            loads.update(c.w.day[changeHead[k]], changeHead[k], changeTail[k], changeType[k] == BlockType.TRIPLE,
                    -changeSign[k]);
        }
        loads.rollback();
        return false;
    }
}
