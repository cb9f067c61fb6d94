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
 * assignments and the rules to hold them to. Only {@link Assignment#driverId()} and
 * {@link Assignment#tourInstanceId()} are trusted; times, days and block labels of an assignment are
 * re-derived from the forecast.
 *
 * @param forecast    the forecast the plan claims to cover
 * @param assignments the plan's assignments; stored sorted in output_hash order so audits never
 *                    depend on the order a caller gave them in
 * @param ruleSet     limits and warning thresholds
 */
public record AuditInput(Forecast forecast, List<Assignment> assignments, RuleSet ruleSet) {

    public AuditInput {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(ruleSet, "ruleSet");
        List<Assignment> sorted = new ArrayList<>(Objects.requireNonNull(assignments, "assignments"));
        Collections.sort(sorted);
        assignments = List.copyOf(sorted);
    }

    /** The input for a plan: its assignments under its own rule set. */
    public static AuditInput of(Forecast forecast, Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return new AuditInput(forecast, plan.assignments(), plan.ruleSet());
    }
}
