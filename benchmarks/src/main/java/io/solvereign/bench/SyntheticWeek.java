package io.solvereign.bench;

import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.Forecast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A synthetic, depot-like week in the text format (DOMAIN §2), made deterministically from a seed.
 * Weeks differ in their total, the days worked (some have a Sunday, some lack Saturday or drop a
 * weekday as a holiday), the peaks, tour lengths of 3h30 to 5h30, one to three depots, one or two
 * split-shift lines and sometimes a tour that crosses midnight. The same seed and size always give
 * the same text, on any JVM.
 *
 * <pre>{@code
 * SyntheticWeek w = SyntheticWeek.generate(7, 1200);
 * Forecast f = w.forecast();         // parsed with the whitelist parser
 * List<String> lines = w.lines();    // the forecast lines, e.g. to shuffle them
 * }</pre>
 *
 * @param seed        the seed the week was made from
 * @param targetTours the size asked for; {@link #tours()} is close to it (rounding per line)
 * @param lines       the forecast lines, sorted by day and time
 */
public record SyntheticWeek(long seed, int targetTours, List<String> lines) {

    /** Smallest size {@link #generate(long, int)} accepts. */
    public static final int MIN_TOURS = 20;

    public SyntheticWeek {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }

    /**
     * Makes the week of the given seed.
     *
     * @param seed        any seed
     * @param targetTours about how many tour instances the week should hold (at least {@value #MIN_TOURS})
     * @return the week
     * @throws IllegalArgumentException when {@code targetTours < MIN_TOURS}
     */
    public static SyntheticWeek generate(long seed, int targetTours) {
        if (targetTours < MIN_TOURS) {
            throw new IllegalArgumentException("targetTours must be >= " + MIN_TOURS + ", was " + targetTours);
        }
        return new SyntheticWeek(seed, targetTours, new WeekShape(seed).lines(targetTours));
    }

    /** The forecast text: a comment naming the seed, then one line per tour line, {@code \n}-terminated. */
    public String text() {
        StringBuilder sb = new StringBuilder("# synthetic week, seed ").append(seed)
                .append(", about ").append(targetTours).append(" tours\n");
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /** The text with its lines in an order drawn from {@code shuffleSeed} (same content, other order). */
    public String shuffledText(long shuffleSeed) {
        List<String> copy = new ArrayList<>(lines);
        Collections.shuffle(copy, new java.util.Random(shuffleSeed));
        return String.join("\n", copy) + "\n";
    }

    /**
     * The week parsed with {@link ForecastParser} (default anchor and zone).
     *
     * @throws io.solvereign.api.SolvereignException if a generated line fails to parse (a bug here)
     */
    public Forecast forecast() {
        return ForecastParser.parse(text(), InputFormat.TEXT).requireSolvable();
    }

    /** Number of tour instances (a split pair counts as two). */
    public int tours() {
        return forecast().instances().size();
    }

    /** True when the week has tours on Sunday. */
    public boolean hasSunday() {
        return lines.stream().anyMatch(l -> l.startsWith("So "));
    }
}
