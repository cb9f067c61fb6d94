package io.solvereign.harness.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.PlanReproducer;
import io.solvereign.api.evidence.EvidenceCheck;
import io.solvereign.api.evidence.EvidenceContents;
import io.solvereign.api.internal.evidence.EvidencePack;
import io.solvereign.api.evidence.EvidenceFinding;
import io.solvereign.api.evidence.FindingKind;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.audit.Auditors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The verification step that needs the audits and the engine: re-runs the audits on the pack's plan
 * and forecast and compares them with {@code audit_results.json}; with a re-solve it also compares
 * the engine's output_hash with the manifest and the whole audit file byte for byte. Without a
 * re-solve the reproducibility part of the stored results is taken as recorded.
 */
public final class EvidenceReplay {
    /** Name of the check. */
    public static final String NAME = "re-audit";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvidenceReplay() {
    }

    /**
     * The check; {@code reproducer} is null for no re-solve. The audits re-run under {@code policy},
     * the site rules the pack's audit ran under ({@code audit --rules}), since the plan-integrity
     * check compares the plan's recorded rules with them.
     */
    public static EvidenceCheck check(PlanReproducer reproducer, RuleSet policy) {
        return EvidenceCheck.of(reproducer == null ? NAME : NAME + "+re-solve", c -> run(c, reproducer, policy));
    }

    private static List<EvidenceFinding> run(EvidenceContents c, PlanReproducer reproducer, RuleSet policy) {
        Optional<byte[]> planBytes = c.solverOutputJson();
        Optional<byte[]> stored = c.auditResultsJson();
        if (planBytes.isEmpty() || stored.isEmpty()) {
            return List.of(); // the built-in checks already report the missing file
        }
        Plan plan;
        try {
            plan = PlanJson.read(new String(planBytes.get(), StandardCharsets.UTF_8), EvidencePack.SOLVER_OUTPUT);
        } catch (SolvereignException e) {
            return List.of(); // plan-hashes reports an unreadable plan
        }
        String inputHash = c.manifest().inputHash();
        Optional<Forecast> forecast = forecast(c, plan, inputHash);
        if (forecast.isEmpty()) {
            return List.of(new EvidenceFinding(FindingKind.PLAN_INCONSISTENT, EvidencePack.FORECAST_INPUT,
                    "neither forecast_input nor canonical_input.txt reads as a forecast with input_hash " + inputHash));
        }
        List<EvidenceFinding> out = new ArrayList<>();
        AuditReport report;
        if (reproducer != null) {
            String actual = reproducer.reproduce(forecast.get(), plan);
            String expected = c.manifest().outputHash();
            if (!actual.equals(expected)) {
                out.add(new EvidenceFinding(FindingKind.OUTPUT_HASH_DRIFT, EvidencePack.SOLVER_OUTPUT,
                        "a re-solve gave output_hash " + actual + ", manifest.json records " + expected));
            }
            report = Auditors.standard().audit(forecast.get(), plan, policy, (f, p) -> actual);
        } else {
            report = Auditors.standard().audit(forecast.get(), plan, policy);
        }
        out.addAll(compare(stored.get(), ReleaseGate.bytes(report), reproducer != null));
        return out;
    }

    /** The forecast from the original bytes in any format, else from the canonical text. */
    private static Optional<Forecast> forecast(EvidenceContents c, Plan plan, String inputHash) {
        Optional<byte[]> original = c.forecastInput();
        if (original.isPresent()) {
            String text = new String(original.get(), StandardCharsets.UTF_8);
            for (InputFormat f : List.of(InputFormat.AUTO, InputFormat.TEXT, InputFormat.DAY_CSV, InputFormat.TOUR_CSV)) {
                ParseResult r = ForecastParser.parse(text, f, plan.weekAnchor(), plan.zone());
                if (r.solvable() && CanonicalForm.inputHash(r.forecast()).equals(inputHash)) {
                    return Optional.of(r.forecast());
                }
            }
        }
        Optional<byte[]> canonical = c.file(EvidencePack.CANONICAL_INPUT);
        if (canonical.isPresent()) {
            ParseResult r = ForecastParser.parse(new String(canonical.get(), StandardCharsets.UTF_8), InputFormat.TEXT,
                    plan.weekAnchor(), plan.zone());
            if (r.solvable() && CanonicalForm.inputHash(r.forecast()).equals(inputHash)) {
                return Optional.of(r.forecast());
            }
        }
        return Optional.empty();
    }

    /** With a re-solve every byte must match; without, the checks and near-violations must. */
    private static List<EvidenceFinding> compare(byte[] stored, byte[] rerun, boolean whole) {
        JsonNode s;
        JsonNode r;
        try {
            s = MAPPER.readTree(stored);
            r = MAPPER.readTree(rerun);
        } catch (IOException e) {
            return List.of(new EvidenceFinding(FindingKind.AUDIT_DRIFT, EvidencePack.AUDIT_RESULTS, "is not valid JSON"));
        }
        if (s == null || !s.isObject()) {
            return List.of(new EvidenceFinding(FindingKind.AUDIT_DRIFT, EvidencePack.AUDIT_RESULTS, "is not a JSON object"));
        }
        List<String> diffs = new ArrayList<>();
        checkDiffs(s.path("checks"), r.path("checks"), diffs);
        if (!s.path("near_violations").equals(r.path("near_violations"))) {
            diffs.add("near-violations: recorded " + s.path("near_violations").size() + ", re-run "
                    + r.path("near_violations").size());
        }
        if (whole && !s.path("reproducibility").equals(r.path("reproducibility"))) {
            diffs.add("REPRODUCIBILITY: recorded " + s.path("reproducibility").path("status").asText() + ", re-run "
                    + r.path("reproducibility").path("status").asText());
        }
        if (diffs.isEmpty() && whole && !java.util.Arrays.equals(stored, rerun)) {
            diffs.add("same results, other bytes (verdict, release_gate or layout edited)");
        }
        boolean checksPass = true;
        for (JsonNode c : s.path("checks")) {
            checksPass &= "PASS".equals(c.path("status").asText());
        }
        String repro = s.path("reproducibility").path("status").asText();
        if (s.path("release_gate").asBoolean() != (checksPass && "PASS".equals(repro))) {
            diffs.add("release_gate " + s.path("release_gate") + " does not follow from its own checks and "
                    + "REPRODUCIBILITY " + repro);
        }
        return diffs.stream().map(d -> new EvidenceFinding(FindingKind.AUDIT_DRIFT, EvidencePack.AUDIT_RESULTS,
                "re-running the audits differs: " + d)).toList();
    }

    private static void checkDiffs(JsonNode stored, JsonNode rerun, List<String> diffs) {
        Iterator<JsonNode> a = stored.elements();
        for (JsonNode b : rerun) {
            JsonNode s = a.hasNext() ? a.next() : null;
            if (s == null || !s.equals(b)) {
                diffs.add(b.path("id").asText() + ": recorded " + (s == null ? "nothing"
                        : s.path("status").asText() + " " + s.path("count").asText()) + ", re-run "
                        + b.path("status").asText() + " " + b.path("count").asText());
            }
        }
        if (a.hasNext()) {
            diffs.add("audit_results.json lists more checks than the audits run");
        }
    }
}
