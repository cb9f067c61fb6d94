package io.solvereign.api.model;

import java.util.List;
import java.util.Objects;

/**
 * Identity of a tour line across forecast versions: (day, time parts, depot, skill). Two lines with
 * the same fingerprint describe the same tour line (DOMAIN §3).
 *
 * @param day   the day
 * @param parts one range, or two for a split shift
 * @param depot depot name, empty when none
 * @param skill skill/qualification, empty when none
 */
public record Fingerprint(Weekday day, List<TimeRange> parts, String depot, String skill)
        implements Comparable<Fingerprint> {

    /**
     * Creates the record, checking its components.
     *
     * @param day the day
     * @param parts one range, or two for a split shift
     * @param depot depot name, empty when none
     * @param skill skill/qualification, empty when none
     */
    public Fingerprint {
        Objects.requireNonNull(day, "day");
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.size() > 2) {
            throw new IllegalArgumentException("a fingerprint has 1 or 2 parts, had " + parts.size());
        }
        Objects.requireNonNull(depot, "depot");
        Objects.requireNonNull(skill, "skill");
    }

    /**
     * {@return the canonical line of one instance of this tour line: {@code Mo 06:00-14:00}, a split as
     * {@code Di 06:00-10:00 + 15:00-19:00}, plus {@code " Depot <name>"} when a depot is set}
     * The skill is not part of the canonical line (DOMAIN §3 keeps the reference hash).
     */
    public String canonicalLine() {
        StringBuilder sb = new StringBuilder(day.abbreviation()).append(' ').append(parts.get(0).format());
        if (parts.size() == 2) {
            sb.append(" + ").append(parts.get(1).format());
        }
        if (!depot.isEmpty()) {
            sb.append(" Depot ").append(depot);
        }
        return sb.toString();
    }

    /**
     * {@return a compact id stem safe for CSV and file names, e.g. {@code Mo-0445-0915} or {@code Di-0600-1000+1500-1900-Nord}}
     */
    public String idStem() {
        StringBuilder sb = new StringBuilder(day.abbreviation());
        for (int i = 0; i < parts.size(); i++) {
            TimeRange p = parts.get(i);
            sb.append(i == 0 ? '-' : '+')
                    .append(TimeRange.clock(p.startMinute()).replace(":", ""))
                    .append('-')
                    .append(TimeRange.clock(p.endMinute()).replace(":", ""));
        }
        if (!depot.isEmpty()) {
            sb.append('-').append(depot);
        }
        if (!skill.isEmpty()) {
            sb.append('-').append(skill);
        }
        return sb.toString();
    }

    @Override
    public int compareTo(Fingerprint o) {
        int c = day.compareTo(o.day);
        for (int i = 0; c == 0 && i < Math.min(parts.size(), o.parts.size()); i++) {
            c = parts.get(i).compareTo(o.parts.get(i));
        }
        if (c == 0) {
            c = Integer.compare(parts.size(), o.parts.size());
        }
        if (c == 0) {
            c = depot.compareTo(o.depot);
        }
        return c != 0 ? c : skill.compareTo(o.skill);
    }
}
