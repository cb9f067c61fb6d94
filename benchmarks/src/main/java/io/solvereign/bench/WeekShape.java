package io.solvereign.bench;

import io.solvereign.api.model.TimeRange;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The random draws behind {@link SyntheticWeek}: day weights, the morning / midday / evening (and
 * sometimes late) waves, tour lengths, depots and split lines, all from one seeded
 * {@link SplittableRandom} in a fixed order, so a seed always gives the same lines.
 */
final class WeekShape {
    private static final String[] DAYS = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};
    private static final String[] DEPOTS = {"Nord", "Sued", "West"};
    /** Wave windows for tour starts, minutes of the day: morning, midday, evening, late. */
    private static final int[][] WAVES = {{240, 450}, {540, 750}, {810, 1050}, {1080, 1260}};
    private static final int QUARTER = 15;

    private final SplittableRandom rnd;
    private final double[] dayWeight = new double[DAYS.length];
    private final double[] waveWeight = new double[WAVES.length];
    private final int depots;
    /** The week's usual tour lengths (one to three of 3h30..5h30). */
    private final int[] usualMinutes;
    /** Average tours per forecast line (the Wien export has about 5). */
    private final double toursPerLine;

    WeekShape(long seed) {
        rnd = new SplittableRandom(seed);
        for (int d = 0; d < 5; d++) {
            dayWeight[d] = 0.85 + 0.3 * rnd.nextDouble();
        }
        dayWeight[4] += 0.1; // Fridays are the busiest day in the depot exports
        if (rnd.nextInt(10) < 8) {
            dayWeight[5] = 0.5 + 0.4 * rnd.nextDouble();
        }
        if (rnd.nextInt(2) == 0) {
            dayWeight[6] = 0.25 + 0.3 * rnd.nextDouble();
        }
        if (rnd.nextInt(5) == 0) {
            dayWeight[rnd.nextInt(5)] = 0; // a public holiday on a weekday
        }
        waveWeight[0] = 0.35 + 0.2 * rnd.nextDouble();
        waveWeight[1] = 0.1 + 0.15 * rnd.nextDouble();
        waveWeight[2] = 0.25 + 0.2 * rnd.nextDouble();
        waveWeight[3] = rnd.nextInt(2) == 0 ? 0 : 0.02 + 0.03 * rnd.nextDouble(); // late tours cross midnight
        depots = 1 + rnd.nextInt(DEPOTS.length);
        usualMinutes = new int[1 + rnd.nextInt(3)];
        for (int i = 0; i < usualMinutes.length; i++) {
            usualMinutes[i] = 210 + QUARTER * rnd.nextInt(9);
        }
        toursPerLine = 3.5 + 3 * rnd.nextDouble();
    }

    /** The forecast lines for about {@code target} tours, sorted by day, then time, then depot. */
    List<String> lines(int target) {
        List<String> out = new ArrayList<>();
        int splitLines = 1 + rnd.nextInt(2);
        int[] splitDay = new int[splitLines];
        for (int i = 0; i < splitLines; i++) {
            splitDay[i] = activeWeekday();
        }
        double sum = 0;
        for (double w : dayWeight) {
            sum += w;
        }
        for (int d = 0; d < DAYS.length; d++) {
            if (dayWeight[d] == 0) {
                continue;
            }
            int dayTours = (int) Math.round(target * dayWeight[d] / sum);
            // Key: start minute * 10_000 + duration * 10 + depot index, so the map sorts by time.
            TreeMap<Long, Integer> counts = new TreeMap<>();
            List<String> splits = new ArrayList<>();
            for (int i = 0; i < splitLines; i++) {
                if (splitDay[i] == d) {
                    int pairs = 1 + rnd.nextInt(3);
                    splits.add(splitLine(d, pairs));
                    dayTours -= 2 * pairs;
                }
            }
            fillDay(counts, Math.max(0, dayTours));
            for (var e : counts.entrySet()) {
                long key = e.getKey();
                int start = (int) (key / 10_000);
                int minutes = (int) (key / 10 % 1_000);
                out.add(DAYS[d] + " " + range(start, minutes) + " " + e.getValue() + " Fahrer" + depot((int) (key % 10)));
            }
            out.addAll(splits);
        }
        return out;
    }

    /**
     * Spreads the day's tours over a few distinct lines, as depot exports do (about
     * {@code toursPerLine} tours a line): every line gets one tour, the rest go by line weight.
     */
    private void fillDay(TreeMap<Long, Integer> counts, int dayTours) {
        int lineTarget = Math.max(1, Math.min(dayTours, (int) Math.round(dayTours / toursPerLine)));
        List<Long> keys = new ArrayList<>();
        for (int tries = 0; keys.size() < lineTarget && tries < 50 * lineTarget; tries++) {
            long key = start(wave()) * 10_000L + length() * 10L + rnd.nextInt(depots);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        double[] weight = new double[keys.size()];
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = 0.2 + rnd.nextDouble() * rnd.nextDouble() * 4; // a few heavy lines, many light ones
            sum += weight[i];
            counts.put(keys.get(i), 1);
        }
        for (int t = keys.size(); t < dayTours; t++) {
            double x = rnd.nextDouble() * sum;
            int i = 0;
            while (i < weight.length - 1 && (x -= weight[i]) >= 0) {
                i++;
            }
            counts.merge(keys.get(i), 1, Integer::sum);
        }
    }

    /** A tour length: one of the week's usual lengths, now and then any of 3h30..5h30. */
    private int length() {
        if (rnd.nextInt(8) == 0) {
            return 210 + QUARTER * rnd.nextInt(9);
        }
        return usualMinutes[rnd.nextInt(usualMinutes.length)];
    }

    private String splitLine(int d, int pairs) {
        int start = 300 + QUARTER * rnd.nextInt(9);
        int first = 210 + QUARTER * rnd.nextInt(5);
        int gap = 240 + QUARTER * rnd.nextInt(9);
        int second = 210 + QUARTER * rnd.nextInt(5);
        return DAYS[d] + " " + range(start, first) + " + " + range(start + first + gap, second) + " " + pairs
                + " Fahrer" + depot(rnd.nextInt(depots));
    }

    private int activeWeekday() {
        int d = rnd.nextInt(5);
        while (dayWeight[d] == 0) {
            d = (d + 1) % 5;
        }
        return d;
    }

    private int wave() {
        double sum = 0;
        for (double w : waveWeight) {
            sum += w;
        }
        double x = rnd.nextDouble() * sum;
        for (int i = 0; i < WAVES.length; i++) {
            x -= waveWeight[i];
            if (x < 0) {
                return i;
            }
        }
        return 0;
    }

    /** A start in the wave's window, peaked in its middle (sum of two uniform draws), on the quarter hour. */
    private int start(int wave) {
        int from = WAVES[wave][0];
        int quarters = (WAVES[wave][1] - from) / QUARTER;
        return from + QUARTER * ((rnd.nextInt(quarters + 1) + rnd.nextInt(quarters + 1)) / 2);
    }

    private String depot(int index) {
        return depots == 1 ? "" : " Depot " + DEPOTS[index];
    }

    private static String range(int start, int minutes) {
        return TimeRange.clock(start) + "-" + TimeRange.clock(start + minutes);
    }
}
