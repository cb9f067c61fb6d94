package io.solvereign.api.scenario;

import io.solvereign.api.Infeasibility;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.AuditStatus;
import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.Kpis;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of one scenario. Everything but {@code solveMillis} depends only on the forecast and
 * the config, so a parallel run gives the same figures as a sequential one.
 *
 * @param config          the scenario
 * @param status          how good the plan is known to be; INFEASIBLE when some tours cannot be planned
 * @param cost            drivers, then the config's objective order
 * @param kpis            drivers, FTE/PT, block mix, weekly hours, the driver and part-time lower bounds
 * @param infeasibilities why tours could not be planned; empty unless INFEASIBLE
 * @param audit           every check of the caller's auditor on the plan, with the scenario's rules as
 *                        the policy (no re-solve: reproducibility is NOT_RUN)
 * @param churn           against the baseline plan, {@link Churn#NOT_MEASURED} without one
 * @param outputHash      the plan's output_hash
 * @param solveMillis     wall-clock time of the solve; the only figure that varies between runs
 */
public record ScenarioResult(ScenarioConfig config, SolveStatus status, LexCost cost, Kpis kpis,
                             List<Infeasibility> infeasibilities, AuditReport audit, Churn churn, String outputHash,
                             long solveMillis) {

    /**
     * Creates the record, checking its components.
     *
     * @param config the scenario
     * @param status how good the plan is known to be; INFEASIBLE when some tours cannot be planned
     * @param cost drivers, then the config's objective order
     * @param kpis drivers, FTE/PT, block mix, weekly hours, the driver and part-time lower bounds
     * @param infeasibilities why tours could not be planned; empty unless INFEASIBLE
     * @param audit every check of the caller's auditor on the plan, with the scenario's rules as
     *              the policy (no re-solve: reproducibility is NOT_RUN)
     * @param churn against the baseline plan, {@link Churn#NOT_MEASURED} without one
     * @param outputHash the plan's output_hash
     * @param solveMillis wall-clock time of the solve; the only figure that varies between runs
     */
    public ScenarioResult {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(kpis, "kpis");
        infeasibilities = List.copyOf(infeasibilities);
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(churn, "churn");
        Objects.requireNonNull(outputHash, "outputHash");
    }

    /** {@return the scenario's name} */
    public String name() {
        return config.name();
    }

    /** {@return true when every tour is planned and every audit check passes: only such scenarios can be best} */
    public boolean auditPasses() {
        return status != SolveStatus.INFEASIBLE && audit.verdict() == AuditStatus.PASS;
    }

    /** {@return the same result with the solve time set to 0, for comparing runs} */
    public ScenarioResult withoutTimes() {
        return new ScenarioResult(config, status, cost, kpis, infeasibilities, audit, churn,
                outputHash, 0);
    }

    /** {@return the longest weekly work of a driver in hours with two decimals, e.g. {@code 54.50}} */
    public String maxWeeklyHours() {
        long centi = Math.round(kpis.maxWorkMinutes() * 100.0 / 60.0);
        return String.format(Locale.ROOT, "%d.%02d", centi / 100, centi % 100);
    }
}
