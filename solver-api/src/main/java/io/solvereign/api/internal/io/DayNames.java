package io.solvereign.api.internal.io;

import io.solvereign.api.model.Weekday;
import java.util.Locale;

/** Day words the parser accepts: German and English abbreviations and full names. */
final class DayNames {
    private static final String[] ENGLISH = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    private DayNames() {
    }

    /** The day named by the word (case and surrounding spaces ignored), or null. */
    static Weekday lookup(String word) {
        Weekday d = Weekday.lookup(word);
        if (d != null) {
            return d;
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < ENGLISH.length; i++) {
            if (ENGLISH[i].equals(w)) {
                return Weekday.ofNumber(i + 1);
            }
        }
        return null;
    }

    /** Like {@link #lookup(String)}, and also the numbers 1 (Monday) to 7 (Sunday). */
    static Weekday lookupWithNumber(String word) {
        String w = word.strip();
        if (w.length() == 1 && w.charAt(0) >= '1' && w.charAt(0) <= '7') {
            return Weekday.ofNumber(w.charAt(0) - '0');
        }
        return lookup(w);
    }
}
