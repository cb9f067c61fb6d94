package io.solvereign.bench;

import io.solvereign.api.model.Forecast;
import java.time.LocalDate;
import java.util.List;

/**
 * The named shapes of {@link ShortWeek}: weeks where part-time drivers are forced. A public holiday
 * ({@code Feiertag;0}) or a short working week leaves four or five working days, tours all of one length
 * (240 min: a full-time driver needs 10 tours; 270 min: 9), and the days' sizes differ. The per-day
 * figures are relative weights; a week's seed jitters them and draws the tour lines.
 */
public enum ShortWeekShape {
    /** Monday holiday, Tuesday to Friday worked: the real 4-day week, 1,271 tours of 4 h. */
    HOLIDAY_MO_240("holiday-mo-240", 240, 1271, "H 1.0 1.1 0.9 1.3 - -"),
    /** Tuesday holiday, five days worked with a light Saturday, 4h30 tours. */
    HOLIDAY_DI_270("holiday-di-270", 270, 1500, "1.2 H 1.0 1.0 1.3 0.5 -"),
    /** Wednesday holiday splitting the week 2 + 3 (with Saturday), 4 h tours. */
    HOLIDAY_MI_240("holiday-mi-240", 240, 1100, "1.0 1.2 H 1.0 1.2 0.6 -"),
    /** Thursday holiday and no Saturday: four days, 4h30 tours, the smallest week. */
    HOLIDAY_DO_270("holiday-do-270", 270, 950, "1.1 1.0 1.0 H 1.3 - -"),
    /** Friday holiday, Saturday worked, the largest week. */
    HOLIDAY_FR_240("holiday-fr-240", 240, 1900, "1.0 1.1 1.0 1.2 H 0.7 -"),
    /** A plain four-day week, Monday to Thursday, 4h30 tours. */
    FOUR_DAY_270("four-day-270", 270, 1300, "1.0 1.1 1.0 1.2 - - -"),
    /** Five days of very different size (Monday three times Thursday), 4 h tours. */
    LOPSIDED_FIVE_240("lopsided-five-240", 240, 1400, "1.8 0.6 1.3 0.5 1.1 - -"),
    /** Four days of very different size, Tuesday to Friday, 4h30 tours. */
    LOPSIDED_FOUR_270("lopsided-four-270", 270, 1750, "- 0.5 1.6 0.7 1.4 - -"),
    /** Monday holiday, Tuesday to Saturday, days alternating big and small, 4 h tours. */
    HOLIDAY_MO_ALTERNATING_240("holiday-mo-alternating-240", 240, 1600, "H 1.5 0.6 1.5 0.6 1.0 -"),
    /** Thursday holiday, Monday to Saturday otherwise, a fourth wave of night tours (20:00-23:00 starts, ending after midnight), 4 h tours. */
    HOLIDAY_DO_NIGHT_240("holiday-do-night-240", 240, 1200, "1.0 1.1 1.0 H 1.2 0.7 -", true),
    /**
     * The week of the spring clock change (anchor 2026-03-23, Europe/Vienna: Sunday 29 March loses 02:00-03:00):
     * Monday holiday, Wednesday to Sunday worked, 4 h tours; a Saturday block needs 11 h of real rest before
     * Sunday, one hour more on the wall clock.
     */
    DST_SPRING_240("dst-spring-240", 240, 1000, "H - 1.0 1.1 1.2 0.8 0.7", false, LocalDate.of(2026, 3, 23));

    private final String id;
    private final int tourMinutes;
    private final int tours;
    private final List<String> days;
    private final boolean nightTours;
    private final LocalDate weekAnchor;

    ShortWeekShape(String id, int tourMinutes, int tours, String days) {
        this(id, tourMinutes, tours, days, false);
    }

    ShortWeekShape(String id, int tourMinutes, int tours, String days, boolean nightTours) {
        this(id, tourMinutes, tours, days, nightTours, Forecast.DEFAULT_WEEK_ANCHOR);
    }

    ShortWeekShape(String id, int tourMinutes, int tours, String days, boolean nightTours, LocalDate weekAnchor) {
        this.id = id;
        this.tourMinutes = tourMinutes;
        this.tours = tours;
        this.days = List.of(days.split(" "));
        this.nightTours = nightTours;
        this.weekAnchor = weekAnchor;
    }

    /** The Monday the week is planned for (Europe/Vienna); the default anchor has no clock change. */
    public LocalDate weekAnchor() {
        return weekAnchor;
    }

    /** True when the week has night tours: starts from 20:00 to 23:00, ending after midnight. */
    public boolean nightTours() {
        return nightTours;
    }

    /** Stable name, e.g. {@code holiday-mo-240}. */
    public String id() {
        return id;
    }

    /** Length of every tour in minutes. */
    public int tourMinutes() {
        return tourMinutes;
    }

    /** The number of tour instances the week holds (exactly). */
    public int tours() {
        return tours;
    }

    /** Relative size of day {@code d} (0 = Monday); 0 when the day is not worked. */
    double weight(int d) {
        String w = days.get(d);
        return w.equals("H") || w.equals("-") ? 0 : Double.parseDouble(w);
    }

    /** True when day {@code d} (0 = Monday) is a public holiday, written as {@code Feiertag;0}. */
    boolean holiday(int d) {
        return days.get(d).equals("H");
    }

    /**
     * The shape named {@code id}.
     *
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
     */
    public static ShortWeekShape byId(String id) {
        for (ShortWeekShape s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown short-week shape '" + id + "'; known: "
                + java.util.Arrays.stream(values()).map(ShortWeekShape::id).toList());
    }
}
