package io.solvereign.api.internal.io;

import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.Weekday;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generated forecast line for property tests, rendered independently of the parser. Only lines a
 * legal block can hold are generated (tours up to 14 h, split breaks of 240..360 min).
 *
 * @param splitStart -1 for a one-part tour
 */
record TourLine(Weekday day, int start, int end, int splitStart, int splitEnd, int count, String depot) {
    /** Longest tour a legal block holds alone (DOMAIN §8: a one-tour day is at most 14 h). */
    static final int MAX_SINGLE = 14 * 60;

    static Arbitrary<TourLine> plain(boolean withDepot) {
        Arbitrary<Integer> minute = Arbitraries.integers().between(0, 1439);
        return Combinators.combine(Arbitraries.of(Weekday.class), minute, minute, counts(), depots(withDepot))
                .filter((d, s, e, c, dep) -> !s.equals(e) && Math.floorMod(e - s, 1440) <= MAX_SINGLE)
                .as((d, s, e, c, dep) -> new TourLine(d, s, e, -1, -1, c, dep));
    }

    static Arbitrary<TourLine> split() {
        return Combinators.combine(Arbitraries.of(Weekday.class), Arbitraries.integers().between(0, 600),
                        Arbitraries.integers().between(1, 300), Arbitraries.integers().between(240, 360),
                        Arbitraries.integers().between(1, 239), counts(), depots(true))
                .as((d, s, len1, gap, len2, c, dep) -> new TourLine(d, s, s + len1, s + len1 + gap, s + len1 + gap + len2, c, dep));
    }

    static Arbitrary<TourLine> any() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, plain(true)), net.jqwik.api.Tuple.of(1, split()));
    }

    private static Arbitrary<Integer> counts() {
        return Arbitraries.integers().between(1, 14);
    }

    private static Arbitrary<String> depots(boolean withDepot) {
        return withDepot ? Arbitraries.of("", "", "Nord", "Sued", "Lager1", "Süd") : Arbitraries.just("");
    }

    boolean isSplit() {
        return splitStart >= 0;
    }

    static String clock(int minute) {
        return TimeRange.clock(minute);
    }

    String range() {
        return clock(start) + "-" + clock(end);
    }

    /** The canonical text lines this line stands for (written independently of CanonicalForm). */
    java.util.List<String> expectedCanonicalLines() {
        String line = day.abbreviation() + " " + range()
                + (isSplit() ? " + " + clock(splitStart) + "-" + clock(splitEnd) : "")
                + (depot.isEmpty() ? "" : " Depot " + depot);
        return java.util.Collections.nCopies(count, line);
    }
}
