package io.solvereign.api.drift;

import java.util.Objects;

/**
 * One metric of the current plan against the baseline.
 *
 * @param metric   the metric's name
 * @param value    the current plan's value x
 * @param mean     the baseline mean
 * @param sd       the baseline's sample standard deviation (n - 1)
 * @param z        |x - mean| / sd; when sd is 0: 0 if x equals the mean, else 3
 * @param pct      (x - mean) / mean * 100; when the mean is 0: 0 if x is 0, else +-100
 * @param weight   the metric's weight
 * @param weighted max(z * weight, |pct| * weight / 10)
 */
public record MetricDrift(String metric, double value, double mean, double sd, double z, double pct, double weight,
                          double weighted) {

    /**
     * Creates the record, checking its components.
     *
     * @param metric the metric's name
     * @param value the current plan's value x
     * @param mean the baseline mean
     * @param sd the baseline's sample standard deviation (n - 1)
     * @param z |x - mean| / sd; when sd is 0: 0 if x equals the mean, else 3
     * @param pct (x - mean) / mean * 100; when the mean is 0: 0 if x is 0, else +-100
     * @param weight the metric's weight
     * @param weighted max(z * weight, |pct| * weight / 10)
     */
    public MetricDrift {
        Objects.requireNonNull(metric, "metric");
    }
}
