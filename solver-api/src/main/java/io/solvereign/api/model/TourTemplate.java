package io.solvereign.api.model;

import java.util.Objects;

/**
 * One parsed forecast line: a tour line and how many identical tours it stands for.
 *
 * @param fingerprint day, time part(s), depot and skill
 * @param count       number of identical tours (for a split line: number of pairs), at least 1
 * @param sourceLine  1-based line (or row) of the input this came from, 0 when built in code
 */
public record TourTemplate(Fingerprint fingerprint, int count, int sourceLine) {

    public TourTemplate {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
    }

    /** Convenience for a plain one-part tour line without depot or skill. */
    public static TourTemplate of(Weekday day, TimeRange time, int count) {
        return new TourTemplate(new Fingerprint(day, java.util.List.of(time), "", ""), count, 0);
    }

    /** The day of this line. */
    public Weekday day() {
        return fingerprint.day();
    }

    /** True for a split-shift line whose two parts go to one driver. */
    public boolean isSplit() {
        return fingerprint.parts().size() == 2;
    }
}
