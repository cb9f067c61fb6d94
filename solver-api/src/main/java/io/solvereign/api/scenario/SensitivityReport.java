package io.solvereign.api.scenario;

import io.solvereign.api.model.Kpis;
import java.util.List;
import java.util.Objects;

/**
 * A sensitivity analysis: the base plan's figures and one measured re-solve per perturbation, in
 * the order the perturbations were given.
 *
 * @param baseOutputHash output_hash of the base plan
 * @param baseKpis       key figures of the base plan
 * @param results        one per perturbation
 */
public record SensitivityReport(String baseOutputHash, Kpis baseKpis, List<SensitivityResult> results) {

    /**
     * Creates the record, checking its components.
     *
     * @param baseOutputHash output_hash of the base plan
     * @param baseKpis key figures of the base plan
     * @param results one per perturbation
     */
    public SensitivityReport {
        Objects.requireNonNull(baseOutputHash, "baseOutputHash");
        Objects.requireNonNull(baseKpis, "baseKpis");
        results = List.copyOf(results);
    }

    /** {@return the same report with every solve time set to 0, for comparing runs} */
    public SensitivityReport withoutTimes() {
        return new SensitivityReport(baseOutputHash, baseKpis, results.stream()
                .map(r -> new SensitivityResult(r.result().withoutTimes(), r.driversDelta(), r.ptDelta())).toList());
    }
}
