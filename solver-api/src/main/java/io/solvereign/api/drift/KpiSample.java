package io.solvereign.api.drift;

import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.TourInstance;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The drift metrics of one plan, by name (sorted). {@link #of} computes the standard set; tests and
 * callers may build samples with any metrics (unknown names weigh 1 in {@link KpiDrift}).
 *
 * @param planId  the plan the figures belong to
 * @param metrics metric name to value
 */
public record KpiSample(String planId, SortedMap<String, Double> metrics) {

    /** Drivers with at least one tour. */
    public static final String TOTAL_DRIVERS = "total_drivers";
    /** Forecast instances the plan covers, in percent. */
    public static final String COVERAGE_PCT = "coverage_pct";
    /** Full-time drivers among all drivers, in percent. */
    public static final String FTE_RATIO = "fte_ratio";
    /** Longest weekly work of a driver, in hours. */
    public static final String MAX_WEEKLY_HOURS = "max_weekly_hours";
    /** Audit checks passed, in percent. */
    public static final String AUDIT_PASS_RATE = "audit_pass_rate";
    /** Average weekly work per driver, in hours. */
    public static final String AVG_WEEKLY_HOURS = "avg_weekly_hours";
    /** Tour instances of the forecast. */
    public static final String TOTAL_TOURS = "total_tours";

    /**
     * Creates the record, checking its components.
     *
     * @param planId the plan the figures belong to
     * @param metrics metric name to value
     */
    public KpiSample {
        Objects.requireNonNull(planId, "planId");
        metrics = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
        metrics.forEach((name, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("metric " + name + " must be a finite number, was " + value);
            }
        });
    }

    /**
     * {@return the standard metrics of a plan: total_drivers, coverage_pct, fte_ratio, max_weekly_hours,
     * audit_pass_rate, avg_weekly_hours and total_tours}
     *
     * @param planId   the plan's id
     * @param forecast the forecast the plan covers (coverage and tours come from it, not from the plan)
     * @param plan     the plan
     * @param audit    the plan's audit
     */
    public static KpiSample of(String planId, Forecast forecast, Plan plan, AuditReport audit) {
        Kpis k = plan.kpis();
        Set<String> wanted = new HashSet<>();
        for (TourInstance t : forecast.instances()) {
            wanted.add(t.id());
        }
        Set<String> covered = new HashSet<>();
        for (Assignment a : plan.assignments()) {
            if (wanted.contains(a.tourInstanceId())) {
                covered.add(a.tourInstanceId());
            }
        }
        long passed = audit.checks().stream().filter(CheckResult::passed).count();
        TreeMap<String, Double> m = new TreeMap<>();
        m.put(TOTAL_DRIVERS, (double) k.drivers());
        m.put(COVERAGE_PCT, percent(covered.size(), wanted.size()));
        m.put(FTE_RATIO, percent(k.fteDrivers(), k.drivers()));
        m.put(MAX_WEEKLY_HOURS, k.maxWorkMinutes() / 60.0);
        m.put(AUDIT_PASS_RATE, percent(passed, audit.checks().size()));
        m.put(AVG_WEEKLY_HOURS, k.drivers() == 0 ? 0.0 : k.totalWorkMinutes() / 60.0 / k.drivers());
        m.put(TOTAL_TOURS, (double) wanted.size());
        return new KpiSample(planId, m);
    }

    /**
     * {@return the value of a metric} @throws IllegalArgumentException when the sample has no such metric
     *
     * @param metric the metric name
     */
    public double value(String metric) {
        Double v = metrics.get(metric);
        if (v == null) {
            throw new IllegalArgumentException("sample of " + planId + " has no metric " + metric);
        }
        return v;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 100.0 : part * 100.0 / whole;
    }
}
