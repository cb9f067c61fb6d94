package io.solvereign.harness;

import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.Finding;
import io.solvereign.api.audit.NearViolation;
import io.solvereign.api.audit.ReproducibilityResult;
import java.util.List;
import java.util.Locale;

/** The human-readable form of an audit report: one line per check, the first findings under it. */
final class AuditText {
    /** Findings listed per check (and near-violations in all) before the rest is summarised. */
    static final int LISTED = 10;

    private AuditText() {
    }

    static String format(AuditReport report, Object plan, Object forecast) {
        StringBuilder sb = new StringBuilder();
        sb.append("audit of ").append(plan).append(" against ").append(forecast).append('\n');
        for (CheckResult c : report.checks()) {
            sb.append(String.format(Locale.ROOT, "%-16s %-7s %d\n", c.id(), c.status(), c.count()));
            list(sb, "  - ", c.violations());
        }
        ReproducibilityResult r = report.reproducibility();
        sb.append(String.format(Locale.ROOT, "%-16s %-7s %s\n", AuditReport.REPRODUCIBILITY, r.status(), r.detail()));
        List<NearViolation> near = report.nearViolations();
        sb.append("near-violations: ").append(near.size()).append('\n');
        list(sb, "  ~ ", near);
        sb.append("verdict: ").append(report.verdict())
                .append(", release gate: ").append(report.releaseGate() ? "open" : "closed").append('\n');
        return sb.toString();
    }

    private static void list(StringBuilder sb, String bullet, List<? extends Finding> findings) {
        for (int i = 0; i < Math.min(LISTED, findings.size()); i++) {
            sb.append(bullet).append(findings.get(i).message()).append('\n');
        }
        if (findings.size() > LISTED) {
            sb.append(bullet).append("... and ").append(findings.size() - LISTED).append(" more\n");
        }
    }
}
