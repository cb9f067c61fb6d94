package io.solvereign.harness.runbook;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.FreezeWindow;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.TourInstance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The deterministic choices of a drill: when the call comes in, who is absent, which frozen tour a
 * dispatcher hands to a standby driver. Every choice depends only on the plan and forecast.
 */
public final class DrillScenario {
    private DrillScenario() {
    }

    /** A local time on a day of the plan's week, in its zone: {@code dayOffset} 0 is Monday. */
    public static Instant at(Plan plan, int dayOffset, LocalTime time) {
        LocalDate date = plan.weekAnchor().plusDays(dayOffset);
        return date.atTime(time).atZone(plan.zone()).toInstant();
    }

    /**
     * The {@code n} drivers with the most tours still open at {@code now} (not frozen), ties by id:
     * the calls that hurt most.
     */
    public static List<String> busiestOpenDrivers(Forecast forecast, Plan plan, Instant now, int n) {
        Set<String> frozen = new TreeSet<>(FreezeWindow.frozenInstanceIds(forecast, now, plan.ruleSet()));
        TreeMap<String, Integer> open = new TreeMap<>();
        for (Assignment a : plan.assignments()) {
            open.merge(a.driverId(), frozen.contains(a.tourInstanceId()) ? 0 : 1, Integer::sum);
        }
        return open.entrySet().stream()
                .sorted(Comparator.comparing((java.util.Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(java.util.Map.Entry::getKey))
                .limit(n).map(java.util.Map.Entry::getKey).toList();
    }

    /** The id after the plan's highest driver id, e.g. {@code D143}: a standby driver. */
    public static String standbyDriver(Plan plan) {
        int max = 0;
        int width = 3;
        for (Assignment a : plan.assignments()) {
            String digits = a.driverId().replaceAll("[^0-9]", "");
            if (!digits.isEmpty()) {
                max = Math.max(max, Integer.parseInt(digits));
                width = Math.max(width, digits.length());
            }
        }
        return "D" + String.format(Locale.ROOT, "%0" + width + "d", max + 1);
    }

    /**
     * The first frozen tour that has not started at {@code now} (by start, then id), is no split part
     * and whose driver is not absent: handed to a standby driver by explicit override.
     */
    public static Optional<FreezeOverride> standbyOverride(Forecast forecast, Plan plan, Instant now,
                                                           Set<String> absent, String user, String reason) {
        TreeMap<String, String> driverOf = new TreeMap<>();
        plan.assignments().forEach(a -> driverOf.put(a.tourInstanceId(), a.driverId()));
        FreezeWindow window = FreezeWindow.at(now, plan.ruleSet());
        List<TourInstance> candidates = new ArrayList<>();
        for (TourInstance t : forecast.instances()) {
            String driver = driverOf.get(t.id());
            if (window.isFrozen(t) && t.start().isAfter(now) && t.splitPartner().isEmpty() && driver != null
                    && !absent.contains(driver)) {
                candidates.add(t);
            }
        }
        candidates.sort(Comparator.comparing(TourInstance::start).thenComparing(TourInstance::id));
        return candidates.stream().findFirst()
                .map(t -> new FreezeOverride(t.id(), standbyDriver(plan), user, reason));
    }
}
