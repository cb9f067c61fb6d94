package io.solvereign.api.model;

import java.util.Objects;

/**
 * One parsed forecast line: a tour line and how many identical tours it stands for.
 *
 * @param fingerprint day, time part(s), depot and skill
 * @param count       number of identical tours (for a split line: number of pairs), at least 1
 * @param sourceLine  1-based line (or row) of the input this came from, 0 when built in code
 * @param externalId  the sender's id of the tour (JSON {@code external_id}), empty when none; it is
 *                    carried to the instances but is not part of the fingerprint or the input_hash
 */
public record TourTemplate(Fingerprint fingerprint, int count, int sourceLine, String externalId) {

    /**
     * Creates the record, checking its components.
     *
     * @param fingerprint day, time part(s), depot and skill
     * @param count number of identical tours (for a split line: number of pairs), at least 1
     * @param sourceLine 1-based line (or row) of the input this came from, 0 when built in code
     * @param externalId the sender's id of the tour (JSON {@code external_id}), empty when none; it is
     *                   carried to the instances but is not part of the fingerprint or the input_hash
     */
    public TourTemplate {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
        Objects.requireNonNull(externalId, "externalId");
    }

    /**
     * A tour line without an external id.
     *
     * @param fingerprint day, time part(s), depot and skill
     * @param count number of identical tours (for a split line: number of pairs), at least 1
     * @param sourceLine 1-based line (or row) of the input this came from, 0 when built in code
     */
    public TourTemplate(Fingerprint fingerprint, int count, int sourceLine) {
        this(fingerprint, count, sourceLine, "");
    }

    /**
     * {@return the same line with another count (external id and source line kept)}
     *
     * @param newCount the new count, at least 1
     */
    public TourTemplate withCount(int newCount) {
        return new TourTemplate(fingerprint, newCount, sourceLine, externalId);
    }

    /**
     * Convenience for a plain one-part tour line without depot or skill.
     *
     * @param count number of identical tours (for a split line: number of pairs), at least 1
     * @param day the weekday
     * @param time start and end of the tour
     * @return the tour line
     */
    public static TourTemplate of(Weekday day, TimeRange time, int count) {
        return new TourTemplate(new Fingerprint(day, java.util.List.of(time), "", ""), count, 0);
    }

    /** {@return the day of this line} */
    public Weekday day() {
        return fingerprint.day();
    }

    /** {@return true for a split-shift line whose two parts go to one driver} */
    public boolean isSplit() {
        return fingerprint.parts().size() == 2;
    }
}
