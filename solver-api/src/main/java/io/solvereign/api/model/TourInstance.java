package io.solvereign.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One unit of work. Solver, audits and assignments work on instances, never on templates.
 *
 * @param id           stable id derived from the fingerprint and a sequence number, e.g. {@code Mo-0445-0915-03};
 *                     the two parts of a split pair end in {@code a} and {@code b}
 * @param fingerprint  the tour line this instance came from
 * @param time         wall-clock range on its day
 * @param splitPartner id of the other part of its split pair, empty when not a split part
 * @param start        absolute start in the site zone
 * @param end          absolute end in the site zone
 * @param externalId   the sender's id of the tour line it came from (JSON {@code external_id}), empty when none
 */
public record TourInstance(String id, Fingerprint fingerprint, TimeRange time, String splitPartner,
                           Instant start, Instant end, String externalId) implements Comparable<TourInstance> {

    /**
     * Creates the record, checking its components.
     *
     * @param id stable id derived from the fingerprint and a sequence number, e.g. {@code Mo-0445-0915-03};
     *           the two parts of a split pair end in {@code a} and {@code b}
     * @param fingerprint the tour line this instance came from
     * @param time wall-clock range on its day
     * @param splitPartner id of the other part of its split pair, empty when not a split part
     * @param start absolute start in the site zone
     * @param end absolute end in the site zone
     * @param externalId the sender's id of the tour line it came from (JSON {@code external_id}), empty when none
     */
    public TourInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(splitPartner, "splitPartner");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("tour " + id + " must end after it starts: " + start + " .. " + end);
        }
        Objects.requireNonNull(externalId, "externalId");
    }

    /**
     * An instance without an external id.
     *
     * @param id stable id derived from the fingerprint and a sequence number, e.g. {@code Mo-0445-0915-03};
     *           the two parts of a split pair end in {@code a} and {@code b}
     * @param fingerprint the tour line this instance came from
     * @param time wall-clock range on its day
     * @param splitPartner id of the other part of its split pair, empty when not a split part
     * @param start absolute start in the site zone
     * @param end absolute end in the site zone
     */
    public TourInstance(String id, Fingerprint fingerprint, TimeRange time, String splitPartner, Instant start,
                        Instant end) {
        this(id, fingerprint, time, splitPartner, start, end, "");
    }

    /** {@return the day the tour starts on} */
    public Weekday day() {
        return fingerprint.day();
    }

    /** {@return absolute duration in minutes (differs from the wall clock on a daylight-saving night)} */
    public long durationMinutes() {
        return java.time.Duration.between(start, end).toMinutes();
    }

    /** Orders by start instant, then end, then id: the canonical instance order. */
    @Override
    public int compareTo(TourInstance o) {
        int c = start.compareTo(o.start);
        if (c == 0) {
            c = end.compareTo(o.end);
        }
        return c != 0 ? c : id.compareTo(o.id);
    }
}
