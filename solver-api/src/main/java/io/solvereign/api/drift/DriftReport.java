package io.solvereign.api.drift;

import java.util.List;
import java.util.Objects;

/**
 * A plan's drift against its site's baseline.
 *
 * @param planId          the plan checked
 * @param level           from the score; OK without a usable baseline
 * @param score           10 * sum |weighted| / sum weight; 0 without a baseline
 * @param reason          why the level is OK without a computed score (e.g. no baseline yet); empty otherwise
 * @param baselineSamples samples in the baseline
 * @param metrics         every metric, by name
 * @param topDrifters     at most 3 metrics with the largest weighted drift (above 0), largest first
 * @param triggers        the runbook triggers that fired
 */
public record DriftReport(String planId, DriftLevel level, double score, String reason, int baselineSamples,
                          List<MetricDrift> metrics, List<MetricDrift> topDrifters, List<RunbookTrigger> triggers) {

    /**
     * Creates the record, checking its components.
     *
     * @param planId the plan checked
     * @param level from the score; OK without a usable baseline
     * @param score 10 * sum |weighted| / sum weight; 0 without a baseline
     * @param reason why the level is OK without a computed score (e.g. no baseline yet); empty otherwise
     * @param baselineSamples samples in the baseline
     * @param metrics every metric, by name
     * @param topDrifters at most 3 metrics with the largest weighted drift (above 0), largest first
     * @param triggers the runbook triggers that fired
     */
    public DriftReport {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
        metrics = List.copyOf(metrics);
        topDrifters = List.copyOf(topDrifters);
        triggers = List.copyOf(triggers);
    }
}
