package io.solvereign.golden;

import java.util.Map;

/**
 * Lower bounds from integer template weights, checked exactly in {@code long} on {@link RosterNetwork}.
 * Any weights work (of any sign), so a bound never depends on trusting the solver that proposed them:
 *
 * <ul>
 *   <li>drivers: every legal week collects at most {@code M} weight and all weeks together collect
 *       {@code W = sum count x weight}, so {@code drivers >= ceil(W / M)} (when {@code M > 0});</li>
 *   <li>part-time at a headcount {@code D}: with {@code M_FT}, {@code M_PT} the most a full-time and a
 *       part-time week can collect, {@code W <= (D - P) M_FT + P M_PT}, so
 *       {@code P >= ceil((W - D M_FT) / (M_PT - M_FT))} when {@code M_PT > M_FT} (the LP dual of the
 *       level with the headcount fixed is of this form).</li>
 * </ul>
 */
final class ShortWeekCertificate {
    private ShortWeekCertificate() {
    }

    /** Template weights in the network's template order; a template without a weight weighs 0. */
    static long[] weights(RosterNetwork net, Map<String, Long> byKey) {
        long[] w = new long[net.templates.size()];
        for (int t = 0; t < w.length; t++) {
            w[t] = byKey.getOrDefault(net.templates.get(t).key(), 0L);
        }
        return w;
    }

    /** The driver bound the weights prove (0 when they prove nothing). */
    static int drivers(RosterNetwork net, long[] w) {
        long[] m = net.maxWeekWeight(w);
        long max = Math.max(m[0], m[1]);
        long total = covered(net, w);
        return max <= 0 || total <= 0 ? 0 : (int) ceilDiv(total, max);
    }

    /** The part-time bound the weights prove for plans of exactly {@code drivers} drivers (0 when none). */
    static int partTime(RosterNetwork net, long[] w, int drivers) {
        long[] m = net.maxWeekWeight(w);
        if (m[0] == Long.MIN_VALUE) {
            return drivers; // no full-time week exists at all
        }
        long excess = Math.subtractExact(covered(net, w), Math.multiplyExact(drivers, m[0]));
        if (m[1] == Long.MIN_VALUE || m[1] <= m[0] || excess <= 0) {
            return 0;
        }
        return (int) Math.min(drivers, ceilDiv(excess, m[1] - m[0]));
    }

    private static long covered(RosterNetwork net, long[] w) {
        long total = 0;
        for (int t = 0; t < w.length; t++) {
            total = Math.addExact(total, Math.multiplyExact(w[t], net.templates.get(t).count()));
        }
        return total;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
