package io.solvereign.api;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Work a solve did. Work is counted in deterministic units (move evaluations of the search, pivots
 * of the bound), never in time, so these figures are reproducible. Nothing here enters a hash.
 *
 * @param workDone        search move evaluations spent
 * @param workBudget      the budget the request allowed
 * @param safetyCapFired  true when the wall-clock safety cap stopped the search early; the result
 *                        is then legal but may differ from an uncapped run
 * @param phaseWork       work units per phase name, sorted by name
 */
public record SolveStats(long workDone, long workBudget, boolean safetyCapFired, SortedMap<String, Long> phaseWork) {

    /**
     * Creates the record, checking its components.
     *
     * @param workDone search move evaluations spent
     * @param workBudget the budget the request allowed
     * @param safetyCapFired true when the wall-clock safety cap stopped the search early; the result
     *                       is then legal but may differ from an uncapped run
     * @param phaseWork work units per phase name, sorted by name
     */
    public SolveStats {
        Objects.requireNonNull(phaseWork, "phaseWork");
        phaseWork = Collections.unmodifiableSortedMap(new TreeMap<>(phaseWork));
    }
}
