package io.solvereign.examples;

import io.solvereign.api.Forecasts;
import io.solvereign.api.Plans;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.audit.Auditors;
import io.solvereign.engine.Solvers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** Plans a week, writes the plan and audits it: {@code java EmbeddingExample week.csv solver_output.json}. */
public final class EmbeddingExample {

    /** Exits 0 when the release gate opens, 1 when it stays closed. */
    public static void main(String[] args) {
        AuditReport audit = planWeek(Path.of(args[0]), Path.of(args[1]));
        System.exit(audit.releaseGate() ? 0 : 1);
    }

    /** Reads the forecast, solves it, writes the plan to {@code planFile} and returns its audit. */
    public static AuditReport planWeek(Path forecastFile, Path planFile) {
        Forecast week = Forecasts
                .read(forecastFile, InputFormat.AUTO, LocalDate.of(2026, 1, 5), ZoneId.of("Europe/Vienna"))
                .requireSolvable();                      // SolvereignException listing every FAIL line otherwise
        SolveResult result = Solvers.create().solve(SolveRequest.newBuilder(week).seed(7).build());
        System.out.println(result.plan().kpis().drivers() + " drivers, bound " + result.lowerBound());
        Plans.write(result.plan(), planFile);

        // Independent check on absolute instants under the site's rules (never the plan's own);
        // Solvers.reproducer() re-solves with the plan's seed, rules and budget and compares output_hash.
        AuditReport audit = Auditors.standard().audit(week, result.plan(), RuleSet.defaults(), Solvers.reproducer());
        System.out.println(audit.summary() + ", release gate " + audit.releaseGate());
        return audit;
    }

    private EmbeddingExample() {
    }
}
