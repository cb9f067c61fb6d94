package io.solvereign.api.drift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The KPI drift formula of DOMAIN §13. For each metric of the current sample, against the baseline
 * samples: z = |x - mean| / sd (sd 0: 0 when equal, else 3), pct = (x - mean) / mean * 100 (mean 0:
 * 0 when x is 0, else +-100), weighted = max(z * w, |pct| * w / 10); score = 10 * sum |weighted| / sum w.
 * The sd is the sample standard deviation (divisor n - 1). Weights: total_drivers 2, coverage_pct 2,
 * fte_ratio 1.5, max_weekly_hours 1.5, audit_pass_rate 1, any other metric 1.
 *
 * <p>Runbook triggers beside the score: headcount (total_drivers) drift above 5 % WARN and above 10 %
 * BLOCK, coverage below 100 % BLOCK, FTE ratio below 95 % WARN. The last two need no baseline.
 */
public final class KpiDrift {
    /** Fewest baseline samples a score is computed from. */
    public static final int MIN_SAMPLES = 3;
    /** Default number of latest LOCKED plans a baseline keeps. */
    public static final int DEFAULT_WINDOW = 10;

    private static final Map<String, Double> WEIGHTS = Map.of(KpiSample.TOTAL_DRIVERS, 2.0,
            KpiSample.COVERAGE_PCT, 2.0, KpiSample.FTE_RATIO, 1.5, KpiSample.MAX_WEEKLY_HOURS, 1.5,
            KpiSample.AUDIT_PASS_RATE, 1.0);

    private KpiDrift() {
    }

    /**
     * {@return the weight of a metric: the listed ones, else 1}
     *
     * @param metric the metric name
     */
    public static double weight(String metric) {
        return WEIGHTS.getOrDefault(metric, 1.0);
    }

    /**
     * Checks the current sample against the baseline.
     *
     * @param baseline the baseline's samples; fewer than {@link #MIN_SAMPLES} give OK with the reason
     * @param current  the plan to check
     * @return the drift of each metric and the overall level
     * @throws IllegalArgumentException when a baseline sample lacks a metric of the current sample
     */
    public static DriftReport check(List<KpiSample> baseline, KpiSample current) {
        Objects.requireNonNull(current, "current");
        List<KpiSample> samples = List.copyOf(baseline);
        List<RunbookTrigger> triggers = new ArrayList<>();
        if (samples.size() < MIN_SAMPLES) {
            levelFreeTriggers(current, triggers);
            String reason = samples.isEmpty() ? "no baseline yet for this site"
                    : "baseline has " + samples.size() + " sample(s); drift needs at least " + MIN_SAMPLES;
            return new DriftReport(current.planId(), DriftLevel.OK, 0, reason, samples.size(), List.of(), List.of(),
                    triggers);
        }
        List<MetricDrift> metrics = new ArrayList<>();
        double sumWeighted = 0;
        double sumWeights = 0;
        for (Map.Entry<String, Double> e : current.metrics().entrySet()) {
            MetricDrift d = drift(e.getKey(), e.getValue(), samples);
            metrics.add(d);
            sumWeighted += Math.abs(d.weighted());
            sumWeights += d.weight();
        }
        double score = sumWeights == 0 ? 0 : 10 * sumWeighted / sumWeights;
        List<MetricDrift> top = metrics.stream().filter(d -> d.weighted() > 0)
                .sorted(Comparator.comparingDouble(MetricDrift::weighted).reversed()
                        .thenComparing(MetricDrift::metric))
                .limit(3).toList();
        metrics.stream().filter(d -> d.metric().equals(KpiSample.TOTAL_DRIVERS)).findFirst()
                .ifPresent(d -> headcount(d, triggers));
        levelFreeTriggers(current, triggers);
        return new DriftReport(current.planId(), DriftLevel.of(score), score, "", samples.size(), metrics, top,
                triggers);
    }

    /** One metric's drift; see the class comment for the formula. */
    static MetricDrift drift(String metric, double x, List<KpiSample> samples) {
        int n = samples.size();
        double sum = 0;
        for (KpiSample s : samples) {
            sum += s.value(metric);
        }
        double mean = sum / n;
        double squares = 0;
        for (KpiSample s : samples) {
            double dev = s.value(metric) - mean;
            squares += dev * dev;
        }
        double sd = Math.sqrt(squares / (n - 1));
        double z = sd == 0 ? (x == mean ? 0 : 3) : Math.abs(x - mean) / sd;
        double pct = mean == 0 ? (x == 0 ? 0 : Math.signum(x) * 100) : (x - mean) / mean * 100;
        double w = weight(metric);
        return new MetricDrift(metric, x, mean, sd, z, pct, w, Math.max(z * w, Math.abs(pct) * w / 10));
    }

    private static void headcount(MetricDrift d, List<RunbookTrigger> triggers) {
        double abs = Math.abs(d.pct());
        if (abs > 5) {
            RunbookTrigger.Severity s = abs > 10 ? RunbookTrigger.Severity.BLOCK : RunbookTrigger.Severity.WARN;
            triggers.add(new RunbookTrigger("HEADCOUNT_DRIFT", s, String.format(Locale.ROOT,
                    "total_drivers %s vs baseline mean %s: %+.1f %% (WARN above 5 %%, BLOCK above 10 %%)",
                    number(d.value()), number(d.mean()), d.pct())));
        }
    }

    private static void levelFreeTriggers(KpiSample current, List<RunbookTrigger> triggers) {
        Double coverage = current.metrics().get(KpiSample.COVERAGE_PCT);
        if (coverage != null && coverage < 100) {
            triggers.add(new RunbookTrigger("COVERAGE_GAP", RunbookTrigger.Severity.BLOCK,
                    "coverage_pct " + number(coverage) + " is below 100"));
        }
        Double fte = current.metrics().get(KpiSample.FTE_RATIO);
        if (fte != null && fte < 95) {
            triggers.add(new RunbookTrigger("FTE_RATIO_LOW", RunbookTrigger.Severity.WARN,
                    "fte_ratio " + number(fte) + " % is below 95 %"));
        }
    }

    /** A value with at most two decimals, for messages. */
    static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }
}
