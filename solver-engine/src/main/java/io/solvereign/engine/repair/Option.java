package io.solvereign.engine.repair;

import io.solvereign.api.model.Weekday;
import io.solvereign.engine.block.TourBlock;
import java.util.Comparator;

/**
 * One way to place a unit (a tour, or a split pair) on a driver's day: directly, or by displacing
 * one unit of that day which is placed in turn by {@link #sub} (an ejection chain).
 */
final class Option {
    /**
     * The ranking of DOMAIN §11 as the repair applies it: fewest added changes, then fewest
     * weekly minutes, then driver id, then the displaced unit; deterministic and total.
     */
    static final Comparator<Option> RANKING = Comparator.<Option>comparingInt(o -> o.churn)
            .thenComparingInt(o -> o.minutesBefore)
            .thenComparing(o -> o.driver.id)
            .thenComparingInt(o -> o.displaced == null ? -1 : o.displaced[0]);

    final DriverWeek driver;
    final int day;
    final int[] unit;
    final TourBlock before;
    final TourBlock after;
    final int[] displaced;
    final Option sub;
    /** Instances that change driver on top of the unit itself (the whole chain). */
    final int churn;
    final int minutesBefore;

    private Option(DriverWeek driver, int day, int[] unit, TourBlock after, int[] displaced, Option sub) {
        this.driver = driver;
        this.day = day;
        this.unit = unit;
        this.before = driver.days[day];
        this.after = after;
        this.displaced = displaced;
        this.sub = sub;
        this.churn = displaced == null ? 0 : displaced.length + sub.churn;
        this.minutesBefore = driver.minutes;
    }

    /** The unit goes onto the driver's day, which becomes {@code after}. */
    static Option direct(DriverWeek driver, int day, int[] unit, TourBlock after) {
        return new Option(driver, day, unit, after, null, null);
    }

    /** The unit replaces {@code displaced} on the driver's day; {@code sub} places the displaced unit. */
    static Option chain(DriverWeek driver, int day, int[] unit, TourBlock after, int[] displaced, Option sub) {
        return new Option(driver, day, unit, after, displaced, sub);
    }

    /** A short text for reports, e.g. {@code Di 1er -> 2er-reg} or {@code ..., displaces X to D017}. */
    String reason(String[] instanceIds) {
        String d = Weekday.values()[day].abbreviation();
        StringBuilder sb = new StringBuilder(d).append(' ')
                .append(before == null ? "off" : before.type.label()).append(" -> ").append(after.type.label());
        if (driver.added && driver.idle()) {
            sb.append(" (new driver)");
        }
        if (displaced != null) {
            sb.append(", displaces ").append(instanceIds[displaced[0]]);
            if (displaced.length > 1) {
                sb.append('+').append(instanceIds[displaced[1]]);
            }
            sb.append(" to ").append(sub.driver.id);
            if (sub.displaced != null) {
                sb.append(" (").append(sub.reason(instanceIds)).append(')');
            }
        }
        return sb.toString();
    }
}
