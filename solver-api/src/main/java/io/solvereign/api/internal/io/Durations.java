package io.solvereign.api.internal.io;

import java.util.Locale;

/** Formats minutes for messages. */
final class Durations {
    private Durations() {
    }

    /** {@code 16:30 h} for 990 minutes. */
    static String hours(long minutes) {
        return String.format(Locale.ROOT, "%d:%02d h", minutes / 60, minutes % 60);
    }
}
