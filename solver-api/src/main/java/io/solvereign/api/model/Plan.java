package io.solvereign.api.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A full assignment of every instance of a forecast to drivers, with the hashes that make it
 * reproducible (DOMAIN §3). Lifecycle status lives outside, in the plan store.
 *
 * @param inputHash        SHA-256 of the canonical forecast lines
 * @param solverConfigHash SHA-256 of the canonical JSON of rule set, seed and solver version
 * @param outputHash       SHA-256 of the canonical JSON of sorted assignments, config hash and KPIs
 * @param seed             the search seed
 * @param workBudget       the search budget in move evaluations (part of the solver config: it changes the result)
 * @param solverVersion    version string of the solver that made the plan
 * @param weekAnchor       Monday of the week
 * @param zone             site time zone
 * @param ruleSet          the rules the plan was made under
 * @param assignments      sorted by (driver_id, day, tour_instance_id)
 * @param kpis             key figures
 * @param lowerBoundCertificate the certified lower bound on drivers with the weights that prove it (anyone can
 *                         re-check it); its {@code drivers()} equals {@link Kpis#lowerBound()}; JSON key
 *                         {@code lower_bound} of the plan
 */
public record Plan(String inputHash, String solverConfigHash, String outputHash, long seed, long workBudget, String solverVersion,
                   LocalDate weekAnchor, ZoneId zone, RuleSet ruleSet, List<Assignment> assignments, Kpis kpis,
                   LowerBoundCertificate lowerBoundCertificate) {

    /**
     * Creates the record, checking its components.
     *
     * @param inputHash SHA-256 of the canonical forecast lines
     * @param solverConfigHash SHA-256 of the canonical JSON of rule set, seed and solver version
     * @param outputHash SHA-256 of the canonical JSON of sorted assignments, config hash and KPIs
     * @param seed the search seed
     * @param workBudget the search budget in move evaluations (part of the solver config: it changes the result)
     * @param solverVersion version string of the solver that made the plan
     * @param weekAnchor Monday of the week
     * @param zone site time zone
     * @param ruleSet the rules the plan was made under
     * @param assignments sorted by (driver_id, day, tour_instance_id)
     * @param kpis key figures
     * @param lowerBoundCertificate the certified lower bound on drivers with the weights that prove it (anyone can
     *                              re-check it); its {@code drivers()} equals {@link Kpis#lowerBound()}; JSON key
     *                              {@code lower_bound} of the plan
     */
    public Plan {
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(solverConfigHash, "solverConfigHash");
        Objects.requireNonNull(outputHash, "outputHash");
        Objects.requireNonNull(solverVersion, "solverVersion");
        Objects.requireNonNull(weekAnchor, "weekAnchor");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(ruleSet, "ruleSet");
        assignments = List.copyOf(assignments);
        Objects.requireNonNull(kpis, "kpis");
        Objects.requireNonNull(lowerBoundCertificate, "lowerBoundCertificate");
    }
}
