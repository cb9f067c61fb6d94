package io.solvereign.api.audit;

import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import java.util.Objects;

/**
 * What a plan says about how it was made (DOMAIN §3): its rule set, seed, search budget, solver
 * version and the {@code solver_config_hash} over them. The audit never judges by these: the
 * PLAN_INTEGRITY check recomputes the hash and compares the rule set with the caller's policy.
 *
 * @param ruleSet          the rule set recorded in the plan
 * @param seed             the recorded seed
 * @param workBudget       the recorded work budget
 * @param solverVersion    the recorded solver version
 * @param solverConfigHash the recorded hash; empty when nothing was recorded (hand-built assignments)
 */
public record RecordedConfig(RuleSet ruleSet, long seed, long workBudget, String solverVersion,
                             String solverConfigHash) {

    /**
     * Creates the record, checking its components.
     *
     * @param ruleSet the rule set recorded in the plan
     * @param seed the recorded seed
     * @param workBudget the recorded work budget
     * @param solverVersion the recorded solver version
     * @param solverConfigHash the recorded hash; empty when nothing was recorded (hand-built assignments)
     */
    public RecordedConfig {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(solverVersion, "solverVersion");
        Objects.requireNonNull(solverConfigHash, "solverConfigHash");
    }

    /**
     * {@return what the plan records}
     *
     * @param plan the plan
     */
    public static RecordedConfig of(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return new RecordedConfig(plan.ruleSet(), plan.seed(), plan.workBudget(), plan.solverVersion(),
                plan.solverConfigHash());
    }

    /**
     * Nothing recorded: hand-built assignments judged under {@code policy}; the hash is not checked
     * and the rule set equals the policy.
     *
     * @param policy the site's rule set the plan is judged under
     * @return the configuration of a plan that records none
     */
    public static RecordedConfig unrecorded(RuleSet policy) {
        return new RecordedConfig(policy, 0, 0, "", "");
    }

    /** {@return true when a plan recorded a configuration (its hash is then checked)} */
    public boolean recorded() {
        return !solverConfigHash.isEmpty();
    }
}
