package io.solvereign.harness.runbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The markdown report of a drill: the baseline dry run in one line, the drill's steps, the pass criteria. */
final class DrillReport {
    private DrillReport() {
    }

    static String markdown(String kind, Path artifacts, DryRun.Outcome baseline, List<StepResult> steps,
                           List<DrillChecks.Check> checks) {
        boolean ok = baseline.passed() && steps.stream().allMatch(StepResult::passed) && !checks.isEmpty()
                && checks.stream().allMatch(DrillChecks.Check::passed);
        StringBuilder sb = new StringBuilder();
        sb.append("# SOLVEREIGN drill: ").append(kind).append("\n\n");
        sb.append("- artifacts: `").append(artifacts).append("`\n");
        sb.append("- baseline: dry run ").append(baseline.passed() ? "PASS" : "FAIL")
                .append(" (IMPORT -> SOLVE -> AUDIT -> EXPORT EVIDENCE -> LOCK -> VERIFY, see `reports/dry-run.md`)\n");
        sb.append("- result: **").append(ok ? "PASS" : "FAIL").append("**\n\n");
        if (!checks.isEmpty()) {
            sb.append("| criterion | result | measured |\n|---|---|---|\n");
            for (DrillChecks.Check c : checks) {
                sb.append("| ").append(c.name()).append(" | ").append(c.passed() ? "PASS" : "FAIL").append(" | ")
                        .append(c.detail().replace("|", "\\|")).append(" |\n");
            }
        }
        for (StepResult r : steps) {
            sb.append("\n## ").append(r.step()).append(": ").append(r.status()).append(" (").append(r.millis())
                    .append(" ms)\n\n");
            if (!r.problem().isEmpty()) {
                sb.append("**Problem:** ").append(r.problem()).append("\n\n");
            }
            for (Map.Entry<String, String> f : r.figures().entrySet()) {
                sb.append("- ").append(f.getKey()).append(": ").append(f.getValue()).append('\n');
            }
        }
        return sb.toString();
    }
}
