package io.solvereign.api.audit;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a rule audits: the forecast (source of every tour's absolute instants), the plan's
 * assignments, the rules to hold them to (the caller's policy) and what the plan records about its
 * own configuration. Only {@link Assignment#driverId()} and {@link Assignment#tourInstanceId()} are
 * used to judge the labour rules; times, days and block labels of an assignment are re-derived from
 * the forecast, and PLAN_INTEGRITY reports every one that disagrees.
 *
 * @param forecast    the forecast the plan claims to cover
 * @param assignments the plan's assignments; stored sorted in output_hash order so audits never
 *                    depend on the order a caller gave them in
 * @param ruleSet     the policy: limits and warning thresholds, never taken from the plan
 * @param recorded    the plan's recorded rule set, seed, budget, version and config hash
 */
public record AuditInput(Forecast forecast, List<Assignment> assignments, RuleSet ruleSet, RecordedConfig recorded) {

    /**
     * Creates the record, checking its components.
     *
     * @param forecast the forecast the plan claims to cover
     * @param assignments the plan's assignments; stored sorted in output_hash order so audits never
     *                    depend on the order a caller gave them in
     * @param ruleSet the policy: limits and warning thresholds, never taken from the plan
     * @param recorded the plan's recorded rule set, seed, budget, version and config hash
     */
    public AuditInput {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(recorded, "recorded");
        List<Assignment> sorted = new ArrayList<>(Objects.requireNonNull(assignments, "assignments"));
        Collections.sort(sorted);
        assignments = List.copyOf(sorted);
    }

    /**
     * Hand-built assignments judged under {@code ruleSet}, with nothing recorded about a configuration.
     *
     * @param forecast the forecast the plan claims to cover
     * @param assignments the plan's assignments; stored sorted in output_hash order so audits never
     *                    depend on the order a caller gave them in
     * @param ruleSet the policy: limits and warning thresholds, never taken from the plan
     */
    public AuditInput(Forecast forecast, List<Assignment> assignments, RuleSet ruleSet) {
        this(forecast, assignments, ruleSet, RecordedConfig.unrecorded(ruleSet));
    }

    /**
     * {@return the input for a plan judged under the built-in site rules {@link RuleSet#defaults()}, never its own}
     *
     * @param forecast the forecast the plan claims to cover
     * @param plan the plan
     */
    public static AuditInput of(Forecast forecast, Plan plan) {
        return of(forecast, plan, RuleSet.defaults());
    }

    /**
     * {@return the input for a plan judged under the caller's {@code policy}, never the plan's own rule set}
     *
     * @param forecast the forecast the plan claims to cover
     * @param plan the plan
     * @param policy the site's rule set the plan is judged under
     */
    public static AuditInput of(Forecast forecast, Plan plan, RuleSet policy) {
        Objects.requireNonNull(plan, "plan");
        return new AuditInput(forecast, plan.assignments(), policy, RecordedConfig.of(plan));
    }
}
