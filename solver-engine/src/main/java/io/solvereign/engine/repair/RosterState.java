package io.solvereign.engine.repair;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.RuleSet;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mutable roster of every driver during a repair, with the legality tests the search uses:
 * a day's tours must form a legal block and the week must stay legal, checked locally around the
 * changed day since every other day was already legal (both answered by {@link LabourRules}).
 *
 * <p>Every test counts one unit of {@link #work()}, the deterministic measure of effort.
 */
final class RosterState {
    final WeekTours w;
    private final LabourRules rules;
    private final List<DriverWeek> drivers = new ArrayList<>();
    private final int[] driverOf;
    private long work;
    private long version;

    RosterState(WeekTours w, RuleSet rules) {
        this.w = w;
        this.rules = LabourRules.of(rules);
        this.driverOf = new int[w.size()];
        Arrays.fill(driverOf, -1);
    }

    /** Adds a driver at the end of the list. */
    DriverWeek addDriver(String id, boolean added, boolean[] absent) {
        DriverWeek d = new DriverWeek(id, drivers.size(), added, absent);
        drivers.add(d);
        version++;
        return d;
    }

    /** Drivers in list order. */
    List<DriverWeek> drivers() {
        return drivers;
    }

    /** The driver holding the instance, or null. */
    DriverWeek holder(int instance) {
        int d = driverOf[instance];
        return d < 0 ? null : drivers.get(d);
    }

    /** Legality tests made so far. */
    long work() {
        return work;
    }

    /** Changes so far; caches keyed on it are stale once it moves. */
    long version() {
        return version;
    }

    /**
     * The block the given tours of one day form, or null when they form none: more than three
     * tours, a split part without its partner (or with a third tour), or gaps and span outside
     * every block type. An empty set gives null too (a day off, always legal: see {@link #fits}).
     */
    TourBlock block(int day, int[] tours) {
        work++;
        int n = tours.length;
        if (n == 0 || n > 3) {
            return null;
        }
        int[] t = tours.clone();
        sortByTime(t);
        for (int i : t) {
            int p = w.partner[i];
            if (p >= 0 && !(n == 2 && (t[0] == p || t[1] == p))) {
                return null;
            }
        }
        int[] s = new int[n];
        int[] e = new int[n];
        int minutes = 0;
        int end = 0;
        for (int k = 0; k < n; k++) {
            s[k] = w.start[t[k]];
            e[k] = w.end[t[k]];
            minutes += e[k] - s[k];
            end = Math.max(end, e[k]);
        }
        BlockType type = rules.classify(s, e, n);
        return type == null ? null : new TourBlock(day, type, t, s[0], end, minutes);
    }

    /** True when the driver's week stays legal with {@code b} (null for a day off) on {@code day}. */
    boolean fits(DriverWeek dw, int day, TourBlock b) {
        work++;
        return rules.fits(dw.days, dw.minutes, day, b);
    }

    /** Puts {@code b} (null for a day off) on the driver's day, updating who holds which tour. */
    void setDay(DriverWeek dw, int day, TourBlock b) {
        TourBlock old = dw.days[day];
        if (old != null) {
            for (int k = 0; k < old.size(); k++) {
                driverOf[old.tour(k)] = -1;
            }
            dw.minutes -= old.minutes;
        }
        dw.days[day] = b;
        if (b != null) {
            for (int k = 0; k < b.size(); k++) {
                driverOf[b.tour(k)] = dw.index;
            }
            dw.minutes += b.minutes;
        }
        version++;
    }

    /** The instance and its split partner, if any, in index order: what always moves together. */
    int[] unitOf(int instance) {
        int p = w.partner[instance];
        return p < 0 ? new int[] {instance} : new int[] {Math.min(instance, p), Math.max(instance, p)};
    }

    /** {@code tours} plus {@code unit}. */
    static int[] with(int[] tours, int[] unit) {
        int[] out = Arrays.copyOf(tours, tours.length + unit.length);
        System.arraycopy(unit, 0, out, tours.length, unit.length);
        return out;
    }

    /** {@code tours} without the members of {@code unit}. */
    static int[] without(int[] tours, int[] unit) {
        return Arrays.stream(tours).filter(t -> Arrays.stream(unit).noneMatch(u -> u == t)).toArray();
    }

    /** Sorts instance indices by (start, end, index): the order PlanVerifier expects in a block. */
    void sortByTime(int[] t) {
        for (int i = 1; i < t.length; i++) {
            int x = t[i];
            int j = i - 1;
            while (j >= 0 && before(x, t[j])) {
                t[j + 1] = t[j];
                j--;
            }
            t[j + 1] = x;
        }
    }

    private boolean before(int a, int b) {
        if (w.start[a] != w.start[b]) {
            return w.start[a] < w.start[b];
        }
        if (w.end[a] != w.end[b]) {
            return w.end[a] < w.end[b];
        }
        return a < b;
    }
}
