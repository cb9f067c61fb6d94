package io.solvereign.harness.runbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The markdown report and the plain log of a dry run. */
final class DryRunReport {
    private DryRunReport() {
    }

    static String markdown(String inputName, Path artifacts, List<StepResult> results) {
        long passed = results.stream().filter(StepResult::passed).count();
        boolean ok = passed == results.size();
        long total = results.stream().mapToLong(StepResult::millis).sum();
        StringBuilder sb = new StringBuilder();
        sb.append("# SOLVEREIGN dry run\n\n");
        sb.append("- input: `").append(inputName).append("`\n");
        sb.append("- artifacts: `").append(artifacts).append("` (input/, workspace/, evidence/, reports/, logs/)\n");
        sb.append("- result: **").append(ok ? "PASS" : "FAIL").append("** (").append(passed).append('/')
                .append(results.size()).append(" steps passed, ").append(total).append(" ms)\n\n");
        sb.append("| # | step | result | ms | key figures |\n|---|---|---|---:|---|\n");
        for (int i = 0; i < results.size(); i++) {
            StepResult r = results.get(i);
            sb.append("| ").append(i + 1).append(" | ").append(r.step()).append(" | ").append(r.status()).append(" | ")
                    .append(r.status() == StepResult.Status.NOT_RUN ? "-" : Long.toString(r.millis())).append(" | ")
                    .append(cell(headline(r))).append(" |\n");
        }
        for (StepResult r : results) {
            sb.append("\n## ").append(r.step()).append(": ").append(r.status()).append("\n\n");
            if (!r.problem().isEmpty()) {
                sb.append("**Problem:** ").append(r.problem()).append("\n\n");
            }
            if (r.status() == StepResult.Status.NOT_RUN) {
                sb.append("Not run: an earlier step failed.\n");
            }
            for (Map.Entry<String, String> f : r.figures().entrySet()) {
                sb.append("- ").append(f.getKey()).append(": ").append(f.getValue()).append('\n');
            }
        }
        return sb.toString();
    }

    static String log(List<StepResult> results) {
        StringBuilder sb = new StringBuilder();
        for (StepResult r : results) {
            sb.append(String.format(Locale.ROOT, "%-16s %-7s %6d ms%s%n", r.step(), r.status(), r.millis(),
                    r.problem().isEmpty() ? "" : "  " + r.problem()));
            r.figures().forEach((k, v) -> sb.append("    ").append(k).append(": ").append(v).append('\n'));
        }
        return sb.toString();
    }

    /** The few figures that fit a table cell. */
    private static String headline(StepResult r) {
        Map<String, String> f = r.figures();
        if (!r.problem().isEmpty()) {
            return r.problem();
        }
        return switch (r.step()) {
            case "IMPORT" -> join(f, "forecast version", "tours", "input_hash");
            case "SOLVE" -> join(f, "plan", "drivers", "lower bound", "block mix");
            case "AUDIT" -> "7 checks + REPRODUCIBILITY, release gate " + f.getOrDefault("release gate", "?");
            case "EXPORT EVIDENCE" -> join(f, "file", "sha256");
            case "LOCK" -> join(f, "plan");
            case "VERIFY" -> join(f, "evidence", "workspace");
            default -> "";
        };
    }

    private static String join(Map<String, String> f, String... keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            if (f.containsKey(k)) {
                sb.append(sb.length() == 0 ? "" : "; ").append(k).append(' ').append(f.get(k));
            }
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
