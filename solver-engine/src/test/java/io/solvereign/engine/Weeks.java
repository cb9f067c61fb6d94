package io.solvereign.engine;

import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded generators of realistic test weeks (synthetic, not golden data). */
public final class Weeks {
    private Weeks() {
    }

    /** A one-part tour line. */
    public static TourTemplate tour(Weekday d, String from, String to, int count) {
        return TourTemplate.of(d, TimeRange.ofClock(min(from), min(to)), count);
    }

    /** A split line of two parts. */
    public static TourTemplate split(Weekday d, String f1, String t1, String f2, String t2, int count) {
        return new TourTemplate(new Fingerprint(d, List.of(TimeRange.ofClock(min(f1), min(t1)),
                TimeRange.ofClock(min(f2), min(t2))), "", ""), count, 0);
    }

    /** Minutes of {@code HH:MM}. */
    public static int min(String hhmm) {
        String[] p = hhmm.split(":");
        return Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
    }

    /**
     * A random week: Mon..Sat (Sun with some probability), morning and evening peaks, tour lengths
     * drawn from {@code lengths}, a few split lines and cross-midnight tours.
     *
     * @param seed    generator seed
     * @param tours   approximate total tours
     * @param lengths tour lengths in minutes to draw from
     */
    public static Forecast random(long seed, int tours, int[] lengths, LocalDate anchor) {
        SplittableRandom r = new SplittableRandom(seed);
        List<TourTemplate> ts = new ArrayList<>();
        int days = r.nextInt(4) == 0 ? 7 : 6;
        double[] dayWeight = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            dayWeight[d] = d == 6 ? 0.3 : 0.7 + r.nextDouble() * 0.6;
            sum += dayWeight[d];
        }
        for (int d = 0; d < days; d++) {
            Weekday day = Weekday.values()[d];
            int target = (int) Math.round(tours * dayWeight[d] / sum);
            int made = 0;
            while (made < target) {
                int len = lengths[r.nextInt(lengths.length)];
                int start;
                double u = r.nextDouble();
                if (u < 0.45) {
                    start = 270 + 15 * r.nextInt(20);
                } else if (u < 0.8) {
                    start = 540 + 15 * r.nextInt(24);
                } else if (u < 0.95) {
                    start = 900 + 15 * r.nextInt(16);
                } else {
                    start = 1260 + 15 * r.nextInt(8);
                }
                int count = 1 + r.nextInt(Math.min(8, target - made));
                if (r.nextInt(40) == 0) {
                    int s2 = start + len + 240 + 15 * r.nextInt(9);
                    if (s2 + len < 1440 && s2 + len - start <= 960) {
                        ts.add(new TourTemplate(new Fingerprint(day, List.of(new TimeRange(start, start + len),
                                new TimeRange(s2, s2 + len)), "", ""), 1 + r.nextInt(2), 0));
                        made += 2;
                        continue;
                    }
                }
                ts.add(TourTemplate.of(day, new TimeRange(start, start + len), count));
                made += count;
            }
        }
        return Forecast.of(anchor, Forecast.DEFAULT_ZONE, ts);
    }
}
