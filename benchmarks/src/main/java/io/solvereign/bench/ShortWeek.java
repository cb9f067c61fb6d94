package io.solvereign.bench;

import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.Weekday;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A short week in the depot's day-block CSV (DOMAIN §2.2), made deterministically from a
 * {@link ShortWeekShape} and a seed: holidays written as {@code Feiertag;0}, only the shape's days
 * worked, every tour of the shape's length, tour starts on the quarter hour in a morning, a midday and
 * an afternoon wave, about five tours per line as in the Wien export. No tour crosses midnight. The same
 * shape and seed always give the same text, on any JVM.
 *
 * <pre>{@code
 * ShortWeek w = ShortWeek.generate(ShortWeekShape.HOLIDAY_MO_240, 1);
 * Forecast f = w.forecast();   // 1,271 tours, Tuesday to Friday
 * }</pre>
 *
 * @param shape the shape
 * @param seed  the seed the lines were drawn from
 * @param text  the day-block CSV
 */
public record ShortWeek(ShortWeekShape shape, long seed, String text) {
    /** Start windows of the waves (minutes of the day, inclusive) and their base weights. */
    private static final int[][] WAVES = {{210, 480}, {540, 720}, {750, 1050}};
    private static final double[] WAVE_WEIGHT = {0.55, 0.15, 0.30};
    private static final int QUARTER = 15;

    public ShortWeek {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(text, "text");
    }

    /** Name of the week for reports and files: shape id and seed, e.g. {@code holiday-mo-240-s1}. */
    public String name() {
        return shape.id() + "-s" + seed;
    }

    /**
     * Makes the week of the given shape and seed.
     *
     * @param shape the shape (days, tour length, total)
     * @param seed  any seed
     * @return the week
     */
    public static ShortWeek generate(ShortWeekShape shape, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + shape.id().hashCode());
        double[] weight = new double[7];
        double sum = 0;
        for (int d = 0; d < 7; d++) {
            weight[d] = shape.weight(d) * (0.9 + 0.2 * rnd.nextDouble());
            sum += weight[d];
        }
        int[] perDay = apportion(weight, sum, shape.tours());
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < 7; d++) {
            Weekday day = Weekday.ofNumber(d + 1);
            if (shape.holiday(d)) {
                sb.append(day.germanName()).append(";Anzahl\nFeiertag;0\n;\n");
            } else if (perDay[d] > 0) {
                sb.append(day.germanName()).append(";Anzahl\n");
                day(rnd, perDay[d]).forEach((start, count) -> sb.append(TimeRange.clock(start)).append('-')
                        .append(TimeRange.clock(start + shape.tourMinutes())).append(';').append(count).append('\n'));
                sb.append(";\n");
            }
        }
        return new ShortWeek(shape, seed, sb.toString());
    }

    /** The week parsed with the whitelist parser (default anchor 2026-01-05, Europe/Vienna: no clock change). */
    public Forecast forecast() {
        return ForecastParser.parse(text, InputFormat.DAY_CSV).requireSolvable();
    }

    /** Splits {@code total} over the days in proportion to the weights (largest remainder, ties to the earlier day). */
    private static int[] apportion(double[] weight, double sum, int total) {
        int[] out = new int[weight.length];
        double[] rest = new double[weight.length];
        int given = 0;
        for (int d = 0; d < weight.length; d++) {
            double exact = total * weight[d] / sum;
            out[d] = (int) Math.floor(exact);
            rest[d] = exact - out[d];
            given += out[d];
        }
        while (given < total) {
            int best = -1;
            for (int d = 0; d < weight.length; d++) {
                if (weight[d] > 0 && (best < 0 || rest[d] > rest[best])) {
                    best = d;
                }
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    /** One day's lines: start minute to count, about five tours a line, every line at least one tour. */
    private static TreeMap<Integer, Integer> day(SplittableRandom rnd, int tours) {
        List<Integer> slots = new ArrayList<>();
        List<Double> slotWeight = new ArrayList<>();
        for (int w = 0; w < WAVES.length; w++) {
            double waveWeight = WAVE_WEIGHT[w] * (0.8 + 0.4 * rnd.nextDouble());
            int n = (WAVES[w][1] - WAVES[w][0]) / QUARTER + 1;
            for (int s = WAVES[w][0]; s <= WAVES[w][1]; s += QUARTER) {
                slots.add(s);
                slotWeight.add(waveWeight / n * (0.2 + 1.6 * rnd.nextDouble()));
            }
        }
        int lines = Math.max(1, Math.min(Math.min(tours, slots.size()), (int) Math.round(tours / (4.0 + 2 * rnd.nextDouble()))));
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        while (counts.size() < lines) {
            counts.putIfAbsent(slots.get(draw(rnd, slotWeight)), 1);
        }
        List<Integer> chosen = new ArrayList<>(counts.keySet());
        List<Double> chosenWeight = chosen.stream().map(s -> slotWeight.get(slots.indexOf(s))).toList();
        for (int t = lines; t < tours; t++) {
            counts.merge(chosen.get(draw(rnd, chosenWeight)), 1, Integer::sum);
        }
        return counts;
    }

    private static int draw(SplittableRandom rnd, List<Double> weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = rnd.nextDouble() * sum;
        for (int i = 0; i < weights.size() - 1; i++) {
            x -= weights.get(i);
            if (x < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }
}
