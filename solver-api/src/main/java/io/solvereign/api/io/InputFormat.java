package io.solvereign.api.io;

import java.util.Locale;
import java.util.Objects;

/**
 * The forecast input formats of DOMAIN §2, plus {@link #AUTO} to let the parser recognise the
 * format from the first content line.
 */
public enum InputFormat {
    /** Recognise the format from the content (JSON object, tour CSV header, day-block CSV, else text lines). */
    AUTO("auto"),
    /** Chat/manual text lines such as {@code Mo 06:00-14:00 3 Fahrer Depot Nord}. */
    TEXT("text"),
    /** Depot day-block export ({@code Montag;Anzahl}), long or wide layout (auto-detected). */
    DAY_CSV("daycsv"),
    /** One instance a row: {@code day,start_time,end_time,location,qualifications}. */
    TOUR_CSV("tourcsv"),
    /** The JSON import contract: {@code {"tenant_code", "site_code", "week_anchor_date", "tours": [...]}}. */
    JSON("json");

    private final String cliName;

    InputFormat(String cliName) {
        this.cliName = cliName;
    }

    /** {@return the name used on the command line and in JSON reports: {@code auto|text|daycsv|tourcsv|json}} */
    public String cliName() {
        return cliName;
    }

    /**
     * {@return the format with the given command-line name, ignoring case and surrounding spaces}
     *
     * @param name the CLI name, e.g. {@code day-csv}
     * @throws IllegalArgumentException for an unknown name (the message lists the valid ones)
     */
    public static InputFormat fromCliName(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.cliName.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + name + "'; expected auto, text, daycsv, tourcsv or json");
    }
}
