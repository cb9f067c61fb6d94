package io.solvereign.api.model;

import java.util.Locale;

/** Day of the planning week, Monday = 1. Canonical names are the German abbreviations. */
public enum Weekday {
    /** Monday. */
    MO("Mo", "Montag", "Mon"),
    /** Tuesday. */
    DI("Di", "Dienstag", "Tue"),
    /** Wednesday. */
    MI("Mi", "Mittwoch", "Wed"),
    /** Thursday. */
    DO("Do", "Donnerstag", "Thu"),
    /** Friday. */
    FR("Fr", "Freitag", "Fri"),
    /** Saturday. */
    SA("Sa", "Samstag", "Sat"),
    /** Sunday. */
    SO("So", "Sonntag", "Sun");

    private final String abbreviation;
    private final String germanName;
    private final String englishAbbreviation;

    Weekday(String abbreviation, String germanName, String englishAbbreviation) {
        this.abbreviation = abbreviation;
        this.germanName = germanName;
        this.englishAbbreviation = englishAbbreviation;
    }

    /** {@return 1 for Monday .} 7 for Sunday. */
    public int number() {
        return ordinal() + 1;
    }

    /** {@return canonical abbreviation used in canonical lines and ids: {@code Mo Di Mi Do Fr Sa So}} */
    public String abbreviation() {
        return abbreviation;
    }

    /** {@return full German name as used in depot CSV exports, e.g. {@code Freitag}} */
    public String germanName() {
        return germanName;
    }

    /** {@return the English three-letter abbreviation, e.g. {@code Fri}} */
    public String englishAbbreviation() {
        return englishAbbreviation;
    }

    /**
     * {@return the day with the given number}
     *
     * @param number 1 for Monday to 7 for Sunday
     * @throws IllegalArgumentException unless {@code 1 <= number <= 7}
     */
    public static Weekday ofNumber(int number) {
        if (number < 1 || number > 7) {
            throw new IllegalArgumentException("day number must be 1..7, was " + number);
        }
        return values()[number - 1];
    }

    /**
     * Looks a day up by German or English abbreviation or German full name, ignoring case and
     * surrounding spaces.
     *
     * @param word an abbreviation or a full German or English name, any case
     * @return the day, or {@code null} when the word names no day
     */
    public static Weekday lookup(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (Weekday d : values()) {
            if (w.equals(d.abbreviation.toLowerCase(Locale.ROOT))
                    || w.equals(d.germanName.toLowerCase(Locale.ROOT))
                    || w.equals(d.englishAbbreviation.toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        return null;
    }
}
