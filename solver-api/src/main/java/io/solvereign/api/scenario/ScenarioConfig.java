package io.solvereign.api.scenario;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.model.RuleSet;
import java.util.Objects;

/**
 * One named what-if: the rule set (any field may differ from the site's, e.g. the weekly cap or the
 * objective order), the seed and the work budget.
 *
 * @param name       unique within a run; also the last tie-break of the best scenario
 * @param ruleSet    the rules to plan under
 * @param seed       the search seed
 * @param workBudget the search budget in move evaluations
 */
public record ScenarioConfig(String name, RuleSet ruleSet, long seed, long workBudget) {

    /**
     * Creates the record, checking its components.
     *
     * @param name unique within a run; also the last tie-break of the best scenario
     * @param ruleSet the rules to plan under
     * @param seed the search seed
     * @param workBudget the search budget in move evaluations
     */
    public ScenarioConfig {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a scenario name must not be blank");
        }
        Objects.requireNonNull(ruleSet, "ruleSet");
        if (workBudget < 0) {
            throw new IllegalArgumentException("workBudget must be >= 0, was " + workBudget);
        }
    }

    /**
     * {@return a scenario under the given rules with the default work budget}
     *
     * @param name unique within a run; also the last tie-break of the best scenario
     * @param ruleSet the rules to plan under
     * @param seed the search seed
     */
    public static ScenarioConfig of(String name, RuleSet ruleSet, long seed) {
        return new ScenarioConfig(name, ruleSet, seed, SolveRequest.DEFAULT_WORK_BUDGET);
    }
}
