package io.solvereign.api.scenario;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * All scenarios of one run, in the order they were given, and the best among those whose audit
 * passes. Ties are broken by the full lexicographic cost and then by name, so the best is the same
 * on every run.
 *
 * @param results            one per scenario, in input order, names distinct
 * @param baselineOutputHash output_hash of the plan churn was measured against, empty when none
 */
public record ScenarioReport(List<ScenarioResult> results, String baselineOutputHash) {

    /** Fewest drivers first: the full cost, then the name. */
    private static final Comparator<ScenarioResult> BY_COST =
            Comparator.comparing(ScenarioResult::cost).thenComparing(ScenarioResult::name);

    /**
     * Creates the record, checking its components.
     *
     * @param results one per scenario, in input order, names distinct
     * @param baselineOutputHash output_hash of the plan churn was measured against, empty when none
     */
    public ScenarioReport {
        results = List.copyOf(results);
        Objects.requireNonNull(baselineOutputHash, "baselineOutputHash");
        Set<String> names = new HashSet<>();
        for (ScenarioResult r : results) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("scenario '" + r.name() + "' appears twice");
            }
        }
    }

    /** {@return the passing scenario with the fewest drivers (then the cost's later levels, then the name)} */
    public Optional<ScenarioResult> bestByDrivers() {
        return results.stream().filter(ScenarioResult::auditPasses).min(BY_COST);
    }

    /**
     * {@return the passing scenario with the least churn against the baseline (then the cost, then the name);
     * empty without a baseline}
     */
    public Optional<ScenarioResult> bestByChurn() {
        Comparator<ScenarioResult> byChurn = (a, b) -> a.churn().compareRate(b.churn());
        return results.stream().filter(r -> r.auditPasses() && r.churn().measured())
                .min(byChurn.thenComparing(BY_COST));
    }

    /** {@return the same report with every solve time set to 0, for comparing runs} */
    public ScenarioReport withoutTimes() {
        return new ScenarioReport(results.stream().map(ScenarioResult::withoutTimes).toList(), baselineOutputHash);
    }
}
