package io.solvereign.api.scenario;

import io.solvereign.api.Infeasibility;
import io.solvereign.api.SolveStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One perturbation's re-solve, measured against the base plan.
 *
 * @param result       the re-solve (its config is named after the perturbation); churn is against the base plan
 * @param driversDelta drivers of the re-solve minus drivers of the base plan
 * @param ptDelta      part-time drivers of the re-solve minus those of the base plan
 */
public record SensitivityResult(ScenarioResult result, int driversDelta, int ptDelta) {

    /**
     * Creates the record, checking its components.
     *
     * @param result the re-solve (its config is named after the perturbation); churn is against the base plan
     * @param driversDelta drivers of the re-solve minus drivers of the base plan
     * @param ptDelta part-time drivers of the re-solve minus those of the base plan
     */
    public SensitivityResult {
        Objects.requireNonNull(result, "result");
        if (!result.churn().measured()) {
            throw new IllegalArgumentException("a sensitivity result measures churn against the base plan");
        }
    }

    /** {@return the perturbation's name} */
    public String name() {
        return result.name();
    }

    /**
     * {@return false when some tours cannot be planned under the perturbation; {@link #infeasibleRules()} says why}
     */
    public boolean feasible() {
        return result.status() != SolveStatus.INFEASIBLE;
    }

    /** {@return the rules that make tours unplannable, in report order, each once; empty when feasible} */
    public List<String> infeasibleRules() {
        return result.infeasibilities().stream().map(Infeasibility::rule).distinct().toList();
    }

    /** {@return the class by churn against the base plan; empty when the perturbation is infeasible} */
    public Optional<StabilityClass> stability() {
        return feasible() ? Optional.of(StabilityClass.of(result.churn())) : Optional.empty();
    }
}
