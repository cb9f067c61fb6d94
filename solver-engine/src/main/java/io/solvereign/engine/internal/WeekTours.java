package io.solvereign.engine.internal;

import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plannable tours of one week as flat arrays. Times are absolute minutes since local midnight
 * of the week's Monday, so rest, gap and span arithmetic is right across midnight and on
 * daylight-saving nights.
 *
 * <p><b>Lines</b> are the distinct fingerprints (sorted), each with its count; a split line has
 * two parts. <b>Instances</b> follow the forecast's canonical order (start, end, id), so nothing
 * depends on the order of input lines. Arrays are exposed for speed and must not be modified.
 */
public final class WeekTours {
    /** Days of a week. */
    public static final int DAYS = 7;

    /** Distinct tour lines, sorted. */
    public final Fingerprint[] lines;
    /** Instances (pairs for split lines) per line. */
    public final int[] lineCount;
    /** Day index 0..6 per line. */
    public final int[] lineDay;
    /** Per line: absolute start of the first part. */
    public final int[] lineStart;
    /** Per line: absolute end of the first part. */
    public final int[] lineEnd;
    /** Per line: absolute start and end of the second part, -1 for a one-part line. */
    public final int[] lineStart2;
    /** Per line: absolute end of the second part, -1 for a one-part line. */
    public final int[] lineEnd2;

    /** The instances, canonical order. */
    public final TourInstance[] instances;
    /** Per instance: absolute start minute. */
    public final int[] start;
    /** Per instance: absolute end minute. */
    public final int[] end;
    /** Per instance: day index 0..6. */
    public final int[] day;
    /** Per instance: its line. */
    public final int[] line;
    /** Per instance: index of its split partner, -1 when none. */
    public final int[] partner;

    private WeekTours(List<Fingerprint> fps, int[] counts, Forecast forecast, List<TourInstance> kept) {
        int n = fps.size();
        lines = fps.toArray(new Fingerprint[0]);
        lineCount = counts;
        lineDay = new int[n];
        lineStart = new int[n];
        lineEnd = new int[n];
        lineStart2 = new int[n];
        lineEnd2 = new int[n];
        java.util.Arrays.fill(lineStart2, -1);
        java.util.Arrays.fill(lineEnd2, -1);
        Instant weekStart = forecast.weekStart();
        int m = kept.size();
        instances = kept.toArray(new TourInstance[0]);
        start = new int[m];
        end = new int[m];
        day = new int[m];
        line = new int[m];
        partner = new int[m];
        TreeMap<String, Integer> idIndex = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            TourInstance t = instances[i];
            start[i] = minutes(weekStart, t.start());
            end[i] = minutes(weekStart, t.end());
            day[i] = t.day().ordinal();
            line[i] = java.util.Collections.binarySearch(fps, t.fingerprint());
            idIndex.put(t.id(), i);
        }
        for (int i = 0; i < m; i++) {
            TourInstance t = instances[i];
            partner[i] = t.splitPartner().isEmpty() ? -1 : idIndex.get(t.splitPartner());
            int l = line[i];
            lineDay[l] = day[i];
            boolean second = partner[i] >= 0 && t.id().endsWith("b");
            if (second) {
                lineStart2[l] = start[i];
                lineEnd2[l] = end[i];
            } else {
                lineStart[l] = start[i];
                lineEnd[l] = end[i];
            }
        }
    }

    /**
     * The week's tours without the excluded instances (those no legal block can hold).
     *
     * @param forecast the forecast
     * @param excluded ids of instances to leave out
     */
    public static WeekTours of(Forecast forecast, Set<String> excluded) {
        TreeMap<Fingerprint, int[]> counts = new TreeMap<>();
        List<TourInstance> kept = new ArrayList<>();
        for (TourInstance t : forecast.instances()) {
            if (excluded.contains(t.id())) {
                continue;
            }
            kept.add(t);
            int[] c = counts.computeIfAbsent(t.fingerprint(), k -> new int[1]);
            if (t.splitPartner().isEmpty() || t.id().endsWith("a")) {
                c[0]++;
            }
        }
        List<Fingerprint> fps = new ArrayList<>(counts.keySet());
        int[] cs = new int[fps.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = counts.get(fps.get(i))[0];
        }
        return new WeekTours(fps, cs, forecast, kept);
    }

    /** Absolute minutes from {@code weekStart} to {@code t}. */
    public static int minutes(Instant weekStart, Instant t) {
        return Math.toIntExact(Duration.between(weekStart, t).toMinutes());
    }

    /** Number of distinct lines. */
    public int lineCount() {
        return lines.length;
    }

    /** Number of instances. */
    public int size() {
        return instances.length;
    }

    /** True when the line is a split line (two parts). */
    public boolean isSplitLine(int l) {
        return lineStart2[l] >= 0;
    }

    /** Work minutes of one instance (or pair) of the line. */
    public int lineMinutes(int l) {
        return lineEnd[l] - lineStart[l] + (isSplitLine(l) ? lineEnd2[l] - lineStart2[l] : 0);
    }

    /** Work minutes of an instance. */
    public int minutesOf(int i) {
        return end[i] - start[i];
    }

    /**
     * True when every tour lasts as long as the first: a block's work is then its tour count times that
     * length, so full time is a count of tours (false for an empty week).
     */
    public boolean oneTourLength() {
        for (int i = 0; i < size(); i++) {
            if (minutesOf(i) != minutesOf(0)) {
                return false;
            }
        }
        return size() > 0;
    }
}
