package io.solvereign.api.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The freeze window at one moment (DOMAIN §9): an instance is frozen when
 * {@code now >= start_instant - freezeMinutes}. Re-solving or repairing against a baseline keeps
 * frozen instances on their baseline driver unless a {@link FreezeOverride} says otherwise.
 *
 * <p>All instants are absolute, so a daylight-saving night is handled like any other. Results are
 * sorted by instance id.
 *
 * @param now           the moment of the decision, from the caller's clock
 * @param freezeMinutes the window before a tour's start, {@link RuleSet#freezeMinutes()} (720 by default)
 */
public record FreezeWindow(Instant now, int freezeMinutes) {

    /**
     * Creates the record, checking its components.
     *
     * @param now the moment of the decision, from the caller's clock
     * @param freezeMinutes the window before a tour's start, {@link RuleSet#freezeMinutes()} (720 by default)
     */
    public FreezeWindow {
        Objects.requireNonNull(now, "now");
        if (freezeMinutes < 0) {
            throw new IllegalArgumentException("freezeMinutes must be >= 0, was " + freezeMinutes);
        }
    }

    /**
     * {@return the window at {@code now} under the rule set's {@code freezeMinutes}}
     *
     * @param now the moment of the decision, from the caller's clock
     * @param rules the rule set
     */
    public static FreezeWindow at(Instant now, RuleSet rules) {
        return new FreezeWindow(now, Objects.requireNonNull(rules, "rules").freezeMinutes());
    }

    /**
     * {@return true when {@code now >= instance.start - rules.freezeMinutes} (DOMAIN §9)}
     *
     * @param now the moment of the decision, from the caller's clock
     * @param instance a tour instance of the forecast
     * @param rules the rule set
     */
    public static boolean isFrozen(TourInstance instance, Instant now, RuleSet rules) {
        return at(now, rules).isFrozen(instance);
    }

    /**
     * {@return sorted ids of the forecast's instances frozen at {@code now}}
     *
     * @param forecast the forecast being solved
     * @param now the moment of the decision, from the caller's clock
     * @param rules the rule set
     */
    public static List<String> frozenInstanceIds(Forecast forecast, Instant now, RuleSet rules) {
        return at(now, rules).frozenInstanceIds(forecast);
    }

    /**
     * {@return the first instant at which the instance is frozen: its start minus the window}
     *
     * @param instance a tour instance of the forecast
     */
    public Instant frozenFrom(TourInstance instance) {
        return instance.start().minus(Duration.ofMinutes(freezeMinutes));
    }

    /**
     * {@return true when {@code now >= frozenFrom(instance)}: the boundary itself is frozen}
     *
     * @param instance a tour instance of the forecast
     */
    public boolean isFrozen(TourInstance instance) {
        return !now.isBefore(frozenFrom(Objects.requireNonNull(instance, "instance")));
    }

    /**
     * {@return sorted ids of the forecast's instances frozen at {@link #now()}}
     *
     * @param forecast the forecast being solved
     */
    public List<String> frozenInstanceIds(Forecast forecast) {
        List<String> ids = new ArrayList<>();
        for (TourInstance t : forecast.instances()) {
            if (isFrozen(t)) {
                ids.add(t.id());
            }
        }
        Collections.sort(ids);
        return List.copyOf(ids);
    }

    /**
     * {@return the driver each frozen instance must keep: instance id to driver id, sorted by instance id}
     * A frozen instance keeps its baseline driver; an override gives its instance the override's
     * driver (frozen or not: an explicit decision always pins). Instances the baseline does not
     * assign (new tours) are not pinned unless overridden.
     *
     * @param forecast  the forecast being solved
     * @param baseline  the baseline plan's assignments
     * @param overrides explicit overrides; at most one per instance
     * @throws IllegalArgumentException for two overrides of one instance, or an override of an
     *                                  instance the forecast does not have
     */
    public SortedMap<String, String> pinnedDrivers(Forecast forecast, List<Assignment> baseline,
                                                   List<FreezeOverride> overrides) {
        Map<String, String> baselineDriver = new TreeMap<>();
        for (Assignment a : baseline) {
            baselineDriver.put(a.tourInstanceId(), a.driverId());
        }
        TreeMap<String, String> pins = new TreeMap<>();
        TreeMap<String, TourInstance> byId = new TreeMap<>();
        for (TourInstance t : forecast.instances()) {
            byId.put(t.id(), t);
            String driver = baselineDriver.get(t.id());
            if (driver != null && isFrozen(t)) {
                pins.put(t.id(), driver);
            }
        }
        TreeMap<String, FreezeOverride> seen = new TreeMap<>();
        for (FreezeOverride o : overrides) {
            if (!byId.containsKey(o.instanceId())) {
                throw new IllegalArgumentException("override names instance " + o.instanceId()
                        + " that the forecast does not have");
            }
            if (seen.put(o.instanceId(), o) != null) {
                throw new IllegalArgumentException("two overrides for instance " + o.instanceId());
            }
            pins.put(o.instanceId(), o.newDriverId());
        }
        return Collections.unmodifiableSortedMap(pins);
    }

    /**
     * {@return sorted ids of pinned instances (see {@link #pinnedDrivers}) that a candidate plan gives to
     * another driver or leaves out: each is a freeze violation} Empty means the candidate respects
     * the window.
     *
     * @param forecast the forecast being solved
     * @param baseline the baseline plan's assignments
     * @param overrides explicit overrides; at most one per instance
     * @param candidate the candidate plan's assignments
     */
    public List<String> violations(Forecast forecast, List<Assignment> baseline, List<FreezeOverride> overrides,
                                   List<Assignment> candidate) {
        Map<String, String> actual = new TreeMap<>();
        for (Assignment a : candidate) {
            actual.put(a.tourInstanceId(), a.driverId());
        }
        List<String> moved = new ArrayList<>();
        pinnedDrivers(forecast, baseline, overrides).forEach((id, driver) -> {
            if (!driver.equals(actual.get(id))) {
                moved.add(id);
            }
        });
        return List.copyOf(moved);
    }

    /**
     * {@return sorted ids of the forecast's instances that start on the given local date in the site zone,
     * e.g. to freeze a whole day by hand}
     *
     * @param forecast the forecast being solved
     * @param date a local date
     */
    public static List<String> instanceIdsStartingOn(Forecast forecast, LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<String> ids = new ArrayList<>();
        for (TourInstance t : forecast.instances()) {
            if (t.start().atZone(forecast.zone()).toLocalDate().equals(date)) {
                ids.add(t.id());
            }
        }
        Collections.sort(ids);
        return List.copyOf(ids);
    }
}
