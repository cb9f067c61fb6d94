package io.solvereign.engine;

import io.solvereign.api.SolveResult;
import io.solvereign.api.audit.AuditReport;
import java.util.Objects;

/**
 * A solve and the independent audit of its plan, as returned by
 * {@link Solvers#solveAndAudit(io.solvereign.api.SolveRequest, io.solvereign.api.audit.Auditor)}.
 *
 * @param result the solve: plan, status, cost and bounds
 * @param audit  the audit of {@code result.plan()} under the request's rule set, re-solve included
 */
public record AuditedSolve(SolveResult result, AuditReport audit) {

    /**
     * Checks that both parts are present.
     *
     * @param result the solve
     * @param audit  its audit
     */
    public AuditedSolve {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(audit, "audit");
    }

    /**
     * Whether the plan may be released: every check passed and the re-solve reproduced its
     * {@code output_hash} ({@link AuditReport#releaseGate()}).
     *
     * @return true when the release gate is open
     */
    public boolean releaseGate() {
        return audit.releaseGate();
    }
}
