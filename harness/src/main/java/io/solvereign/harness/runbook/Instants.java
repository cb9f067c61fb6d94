package io.solvereign.harness.runbook;

import io.solvereign.api.model.Forecast;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Parses the {@code --now} forms the CLI accepts. */
public final class Instants {
    private Instants() {
    }

    /**
     * An instant from ISO text: {@code 2026-01-07T07:00:00Z}, {@code 2026-01-07T08:00+01:00}, or a
     * local date-time {@code 2026-01-07T08:00} read in the default site zone (Europe/Vienna).
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static Instant parse(String text) {
        return parse(text, Forecast.DEFAULT_ZONE);
    }

    /** As {@link #parse(String)}, reading a local date-time in the given zone. */
    public static Instant parse(String text, ZoneId zone) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException ignored) {
            // not an instant in UTC; try the other forms
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // no offset; try a local date-time
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO date-time; use e.g. 2026-01-07T08:00 "
                    + "(site time) or 2026-01-07T07:00:00Z", e);
        }
    }
}
