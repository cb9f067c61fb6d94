package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import java.lang.ref.SoftReference;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.Weekday;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plan seen per driver, built from the forecast's tour instances. Assignments naming an id the
 * forecast does not know are left out here (COVERAGE reports them), and a driver holding the same
 * instance twice works it once (COVERAGE reports the duplicate), so every other check judges real
 * tours only. All maps are ordered: drivers by id, days Monday first, tours by start instant.
 */
final class PlanView {
    private static final ThreadLocal<SoftReference<PlanView>> LAST =
            ThreadLocal.withInitial(() -> new SoftReference<>(null));

    private final AuditInput input;
    private final Map<String, TourInstance> instances;
    private final SortedMap<String, List<String>> holders;
    private final SortedMap<String, List<TourInstance>> toursByDriver;
    private final SortedMap<String, List<DriverDay>> daysByDriver;

    private PlanView(AuditInput input) {
        this.input = input;
        instances = new LinkedHashMap<>();
        for (TourInstance t : input.forecast().instances()) {
            instances.put(t.id(), t);
        }
        holders = new TreeMap<>();
        SortedMap<String, TreeSet<TourInstance>> distinct = new TreeMap<>();
        for (Assignment a : input.assignments()) {
            holders.computeIfAbsent(a.tourInstanceId(), id -> new ArrayList<>()).add(a.driverId());
            TourInstance t = instances.get(a.tourInstanceId());
            if (t != null) {
                distinct.computeIfAbsent(a.driverId(), d -> new TreeSet<>()).add(t);
            }
        }
        toursByDriver = new TreeMap<>();
        daysByDriver = new TreeMap<>();
        distinct.forEach((driver, tours) -> {
            toursByDriver.put(driver, List.copyOf(tours));
            daysByDriver.put(driver, group(driver, tours));
        });
    }

    /**
     * The view of one audit input. The eight rules of one audit ask for the same input in turn, so
     * the view of the last input is kept per thread (softly: memory pressure may drop it) and built once,
     * not eight times; a plan of hundreds of thousands of assignments is then grouped only once.
     */
    static PlanView of(AuditInput input) {
        PlanView last = LAST.get().get();
        if (last != null && last.input == input) {
            return last;
        }
        PlanView view = new PlanView(input);
        LAST.set(new SoftReference<>(view));
        return view;
    }

    /** Forecast instances by id, in forecast order. */
    Map<String, TourInstance> instances() {
        return Collections.unmodifiableMap(instances);
    }

    /**
     * Every assigned instance id (known or not) with the drivers holding it, one entry per
     * assignment, drivers in id order.
     */
    SortedMap<String, List<String>> holders() {
        return Collections.unmodifiableSortedMap(holders);
    }

    /** Known, distinct tours of each driver, sorted by start instant. */
    SortedMap<String, List<TourInstance>> toursByDriver() {
        return Collections.unmodifiableSortedMap(toursByDriver);
    }

    /** The working days of each driver, Monday first. */
    SortedMap<String, List<DriverDay>> daysByDriver() {
        return Collections.unmodifiableSortedMap(daysByDriver);
    }

    /** Every driver-day of the plan, drivers in id order, days Monday first. */
    List<DriverDay> allDays() {
        List<DriverDay> all = new ArrayList<>();
        daysByDriver.values().forEach(all::addAll);
        return all;
    }

    private static List<DriverDay> group(String driver, TreeSet<TourInstance> tours) {
        EnumMap<Weekday, List<TourInstance>> byDay = new EnumMap<>(Weekday.class);
        for (TourInstance t : tours) {
            byDay.computeIfAbsent(t.day(), d -> new ArrayList<>()).add(t);
        }
        List<DriverDay> days = new ArrayList<>();
        byDay.forEach((day, list) -> days.add(new DriverDay(driver, day, list)));
        return List.copyOf(days);
    }
}
