package io.solvereign.api.repair;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What to repair: a forecast, the baseline plan (the content of a LOCKED plan), the drivers who
 * are absent (whole week or on some days), the moment of the decision, explicit freeze overrides,
 * the rule set and the seed. Build one with {@link #newBuilder(Forecast, Plan, Instant)}; setters
 * validate at once and {@link Builder#build()} returns an immutable request.
 *
 * <p>The forecast is normally the baseline's own forecast (a sick call). A changed forecast of the
 * same week is allowed (a re-plan): baseline tours it no longer has drop out, and tours the
 * baseline does not assign are placed like tours that must move.
 */
public final class RepairRequest {
    private static final Set<Weekday> ALL_WEEK = Collections.unmodifiableSet(EnumSet.allOf(Weekday.class));

    private final Forecast forecast;
    private final Plan baseline;
    private final Instant now;
    private final SortedMap<String, Set<Weekday>> absences;
    private final List<FreezeOverride> overrides;
    private final RuleSet ruleSet;
    private final long seed;

    private RepairRequest(Builder b) {
        this.forecast = b.forecast;
        this.baseline = b.baseline;
        this.now = b.now;
        TreeMap<String, Set<Weekday>> abs = new TreeMap<>();
        b.absences.forEach((d, days) -> abs.put(d, days.isEmpty() ? ALL_WEEK
                : Collections.unmodifiableSet(EnumSet.copyOf(days))));
        this.absences = Collections.unmodifiableSortedMap(abs);
        this.overrides = List.copyOf(b.overrides);
        this.ruleSet = b.ruleSet != null ? b.ruleSet : b.baseline.ruleSet();
        this.seed = b.seed != null ? b.seed : b.baseline.seed();
    }

    /**
     * {@return a builder with nobody absent, no overrides, the baseline's rule set and the baseline's seed}
     *
     * @param forecast the forecast to cover; same week anchor and zone as the baseline
     * @param baseline the plan to repair (its assignments are the starting point)
     * @param now      the moment of the decision, from the caller's clock; instances with
     *                 {@code now >= start - freezeMinutes} are frozen
     */
    public static Builder newBuilder(Forecast forecast, Plan baseline, Instant now) {
        return new Builder(forecast, baseline, now);
    }

    /**
     * {@return a sick call: the given drivers are absent all week; no overrides; baseline rules and seed}
     *
     * @param forecast the forecast to cover; same week anchor and zone as the baseline
     * @param baseline the plan to repair (its assignments are the starting point)
     * @param now the moment of the decision, from the caller's clock; instances with
     *            {@code now >= start - freezeMinutes} are frozen
     * @param absentDrivers the drivers who called in sick
     */
    public static RepairRequest sickCall(Forecast forecast, Plan baseline, Instant now,
                                         Collection<String> absentDrivers) {
        Builder b = newBuilder(forecast, baseline, now);
        for (String d : Objects.requireNonNull(absentDrivers, "absentDrivers")) {
            b.absent(d);
        }
        return b.build();
    }

    /**
     * {@return a re-plan (DOMAIN §9): nobody absent, the given overrides; baseline rules and seed}
     *
     * @param forecast the forecast to cover; same week anchor and zone as the baseline
     * @param baseline the plan to repair (its assignments are the starting point)
     * @param now the moment of the decision, from the caller's clock; instances with
     *            {@code now >= start - freezeMinutes} are frozen
     * @param overrides the freeze overrides that allow changes inside the freeze window
     */
    public static RepairRequest replan(Forecast forecast, Plan baseline, Instant now, List<FreezeOverride> overrides) {
        return newBuilder(forecast, baseline, now).overrides(overrides).build();
    }

    /** {@return the forecast to cover} */
    public Forecast forecast() {
        return forecast;
    }

    /** {@return the baseline plan} */
    public Plan baseline() {
        return baseline;
    }

    /** {@return the moment of the decision} */
    public Instant now() {
        return now;
    }

    /**
     * {@return absent drivers, sorted by id, each with the days he is absent; a driver absent all week maps
     * to all seven days (never to an empty set)}
     */
    public SortedMap<String, Set<Weekday>> absences() {
        return absences;
    }

    /**
     * {@return true when the driver is absent on the day}
     *
     * @param driverId the driver is absent the whole week
     * @param day the weekday
     */
    public boolean isAbsent(String driverId, Weekday day) {
        Set<Weekday> days = absences.get(driverId);
        return days != null && days.contains(day);
    }

    /** {@return explicit freeze overrides, in the order given (at most one per instance)} */
    public List<FreezeOverride> overrides() {
        return overrides;
    }

    /** {@return the rules the repaired plan must hold; the baseline's unless set} */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** {@return seed recorded in {@code solver_config_hash}; the baseline's unless set} */
    public long seed() {
        return seed;
    }

    /** Builder of {@link RepairRequest}; not thread-safe. */
    public static final class Builder {
        private final Forecast forecast;
        private final Plan baseline;
        private final Instant now;
        private final TreeMap<String, EnumSet<Weekday>> absences = new TreeMap<>();
        private final List<FreezeOverride> overrides = new ArrayList<>();
        private RuleSet ruleSet;
        private Long seed;

        private Builder(Forecast forecast, Plan baseline, Instant now) {
            this.forecast = Objects.requireNonNull(forecast, "forecast");
            this.baseline = Objects.requireNonNull(baseline, "baseline");
            this.now = Objects.requireNonNull(now, "now");
            if (!forecast.weekAnchor().equals(baseline.weekAnchor()) || !forecast.zone().equals(baseline.zone())) {
                throw new IllegalArgumentException("forecast week " + forecast.weekAnchor() + " " + forecast.zone()
                        + " differs from the baseline's " + baseline.weekAnchor() + " " + baseline.zone());
            }
        }

        /**
         * The driver is absent the whole week.
         *
         * @param driverId the driver is absent the whole week
         * @return this builder
         */
        public Builder absent(String driverId) {
            return absent(driverId, Set.of());
        }

        /**
         * The driver is absent on the given days; an empty set means the whole week. Calls for the
         * same driver add up (and a whole-week call wins).
         *
         * @param driverId the driver is absent the whole week
         * @param days the days he is absent
         * @return this builder
         * @throws IllegalArgumentException for a blank id
         */
        public Builder absent(String driverId, Set<Weekday> days) {
            Objects.requireNonNull(driverId, "driverId");
            Objects.requireNonNull(days, "days");
            if (driverId.isBlank()) {
                throw new IllegalArgumentException("driverId must not be blank");
            }
            EnumSet<Weekday> add = days.isEmpty() ? EnumSet.allOf(Weekday.class) : EnumSet.copyOf(days);
            absences.computeIfAbsent(driverId, k -> EnumSet.noneOf(Weekday.class)).addAll(add);
            return this;
        }

        /**
         * Replaces all absences: driver id to days, an empty set meaning the whole week.
         *
         * @param absentDays absent drivers mapped to the days each is absent
         * @return this builder
         */
        public Builder absences(Map<String, ? extends Set<Weekday>> absentDays) {
            Objects.requireNonNull(absentDays, "absentDays");
            absences.clear();
            new TreeMap<>(absentDays).forEach(this::absent);
            return this;
        }

        /**
         * Adds an explicit override (a frozen instance goes to another driver; user and reason are
         * carried into the result).
         *
         * @param override the override
         * @return this builder
         * @throws IllegalArgumentException when the instance is not in the forecast or already overridden
         */
        public Builder override(FreezeOverride override) {
            Objects.requireNonNull(override, "override");
            boolean known = forecast.instances().stream().anyMatch(t -> t.id().equals(override.instanceId()));
            if (!known) {
                throw new IllegalArgumentException("override names instance " + override.instanceId()
                        + " that the forecast does not have");
            }
            for (FreezeOverride o : overrides) {
                if (o.instanceId().equals(override.instanceId())) {
                    throw new IllegalArgumentException("two overrides for instance " + override.instanceId());
                }
            }
            overrides.add(override);
            return this;
        }

        /**
         * Replaces all overrides (each validated as by {@link #override(FreezeOverride)}).
         *
         * @param list the freeze overrides, in order
         * @return this builder
         */
        public Builder overrides(List<FreezeOverride> list) {
            Objects.requireNonNull(list, "overrides");
            overrides.clear();
            list.forEach(this::override);
            return this;
        }

        /**
         * The rules the repaired plan must hold (default: the baseline's).
         *
         * @param rules the rules the repaired plan must hold (default: the baseline's)
         * @return this builder
         */
        public Builder ruleSet(RuleSet rules) {
            this.ruleSet = Objects.requireNonNull(rules, "ruleSet");
            return this;
        }

        /**
         * Seed recorded in the new plan's {@code solver_config_hash} (default: the baseline's).
         *
         * @param seed seed recorded in the new plan's {@code solver_config_hash} (default: the baseline's)
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * {@return the immutable request}
         *
         * @throws SolvereignException with {@link ErrorCode#NOT_FOUND} when an absent driver has no
         *                             assignment in the baseline
         */
        public RepairRequest build() {
            Set<String> drivers = new TreeSet<>();
            for (Assignment a : baseline.assignments()) {
                drivers.add(a.driverId());
            }
            for (String d : absences.keySet()) {
                if (!drivers.contains(d)) {
                    throw new SolvereignException(ErrorCode.NOT_FOUND, "absent driver " + d
                            + " has no assignment in the baseline plan " + baseline.outputHash());
                }
            }
            return new RepairRequest(this);
        }
    }
}
