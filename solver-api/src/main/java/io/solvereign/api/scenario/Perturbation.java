package io.solvereign.api.scenario;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One change to re-solve under in a sensitivity analysis: a change of the rules, of the demand, or
 * both. The standard ones of DOMAIN §13 come from {@link #standard()}; callers add their own.
 *
 * @param name     unique within an analysis, e.g. {@code weekly_cap_58h}
 * @param rules    the rule change, applied to the base plan's rule set
 * @param forecast the demand change, applied to the base forecast
 */
public record Perturbation(String name, UnaryOperator<RuleSet> rules, UnaryOperator<Forecast> forecast) {

    /**
     * Creates the record, checking its components.
     *
     * @param name unique within an analysis, e.g. {@code weekly_cap_58h}
     * @param rules the rule change, applied to the base plan's rule set
     * @param forecast the demand change, applied to the base forecast
     */
    public Perturbation {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a perturbation name must not be blank");
        }
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(forecast, "forecast");
    }

    /**
     * {@return a change of the rules only}
     *
     * @param name unique within an analysis, e.g. {@code weekly_cap_58h}
     * @param rules the rule change, applied to the base plan's rule set
     */
    public static Perturbation ofRules(String name, UnaryOperator<RuleSet> rules) {
        return new Perturbation(name, rules, UnaryOperator.identity());
    }

    /**
     * {@return the weekly cap set to the given hours (e.g. 58 or 52)}
     *
     * @param hours whole hours
     */
    public static Perturbation weeklyCapHours(int hours) {
        return ofRules("weekly_cap_" + hours + "h", r -> r.toBuilder().maxWeeklyMinutes(hours * 60).build());
    }

    /**
     * {@return the minimum rest between blocks set to the given hours}
     *
     * @param hours whole hours
     */
    public static Perturbation restHours(int hours) {
        return ofRules("rest_" + hours + "h", r -> r.toBuilder().minRestMinutes(hours * 60).build());
    }

    /** {@return a 3er on two consecutive days allowed} */
    public static Perturbation consecutiveTriplesAllowed() {
        return ofRules("consecutive_3er_allowed", r -> r.toBuilder().forbidConsecutiveTriples(false).build());
    }

    /**
     * {@return demand scaled by a whole percentage ({@link DemandScaling}), e.g. +5 or -5}
     *
     * @param percent a whole percentage
     */
    public static Perturbation demandPercent(int percent) {
        String name = "demand_" + (percent >= 0 ? "plus_" : "minus_") + Math.abs(percent) + "pct";
        return new Perturbation(name, UnaryOperator.identity(), f -> DemandScaling.scale(f, percent));
    }

    /**
     * {@return the perturbations of DOMAIN §13 in this order: weekly cap 58 h and 52 h, 3er on consecutive days
     * allowed, rest 10 h, demand +5 % and -5 %}
     */
    public static List<Perturbation> standard() {
        return List.of(weeklyCapHours(58), weeklyCapHours(52), consecutiveTriplesAllowed(), restHours(10),
                demandPercent(5), demandPercent(-5));
    }
}
