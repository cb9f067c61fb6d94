package io.solvereign.harness.runbook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastJson;
import io.solvereign.api.internal.io.Hashes;
import io.solvereign.api.internal.io.VersionJson;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.TenantSite;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.store.LockRequest;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.version.ForecastDiff;
import io.solvereign.api.version.WeekKey;
import io.solvereign.engine.Solvers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The partial-forecast drill (H3, DOMAIN §12): a week arrives in three patches, as it does on a
 * Monday at the depot: (1) Monday and Tuesday as JSON, (2) Wednesday to Friday as text lines with a
 * correction (one Monday line's count raised, one Tuesday line removed by a {@code -} line), (3) the
 * rest as JSON. After each patch the week is composed and solved; the second plan (a PARTIAL week)
 * must be refused at lock with {@code PARTIAL_FORECAST}, the last (COMPLETE) must lock. The results
 * (version ids, hashes, completeness, diff counts, checks) go to {@code reports/partial-forecast.json};
 * they hold no wall-clock value, so a re-run gives the same bytes and the same {@code results_hash}.
 */
public final class PartialForecastDrill {
    /** Who the drill's trail entries name. */
    public static final String ACTOR = "partial-forecast-drill";
    /** Tenant and site the drill's JSON patches carry. */
    static final TenantSite SITE = new TenantSite("drill", "drill_site");
    private static final Set<Weekday> FIRST = Set.of(Weekday.MO, Weekday.DI);
    private static final Set<Weekday> SECOND = Set.of(Weekday.MI, Weekday.DO, Weekday.FR);

    /**
     * @param week         the full week to deliver in patches (needs tours Monday to Saturday, no skills,
     *                     and at least two lines on Tuesday)
     * @param seed         search seed of every solve
     * @param expectedDays days a COMPLETE week has
     */
    public record Options(Forecast week, long seed, int expectedDays) {
    }

    /** One patch's figures. */
    public record Step(String patchFile, String patchId, String composedId, String inputHash, String completeness,
                       ForecastDiff.Summary diff, String planId, String outputHash, int drivers, int instances,
                       int assignments) {
    }

    /**
     * @param steps        the three patches' figures
     * @param checks       the pass criteria
     * @param resultsJson  the bytes of {@code reports/partial-forecast.json}
     * @param resultsHash  SHA-256 of {@code resultsJson}
     */
    public record Outcome(List<Step> steps, List<DrillChecks.Check> checks, byte[] resultsJson, String resultsHash) {
        /** True when every check passed. */
        public boolean passed() {
            return !checks.isEmpty() && checks.stream().allMatch(DrillChecks.Check::passed);
        }
    }

    private PartialForecastDrill() {
    }

    /**
     * Runs the drill into {@code artifacts} (its {@code input/}, {@code workspace/}, {@code reports/} and
     * {@code logs/} sub-folders are replaced).
     *
     * @throws SolvereignException {@code EMPTY_FORECAST} when the week cannot be split as the drill needs
     */
    public static Outcome run(Path artifacts, Clock clock, Options o, Consumer<String> progress) {
        Forecast week = o.week();
        requireShape(week);
        DryRunFiles.prepare(artifacts);
        Path root = artifacts.toAbsolutePath().normalize();
        Runbook runbook = Runbook.open(root.resolve("workspace"), clock);
        WeekKey key = WeekKey.of(week.weekAnchor());
        WeekChain chain = new WeekChain(runbook, key, week.zone());
        List<TourTemplate> corrected = new ArrayList<>();
        List<byte[]> patches = patches(week, corrected);
        List<String> names = List.of("patch-1-mo-di.json", "patch-2-mi-fr-correction.txt", "patch-3-rest.json");
        List<Step> steps = new ArrayList<>();
        Optional<String> partialRefusal = Optional.empty();
        boolean completeLocked = false;
        for (int i = 0; i < 3; i++) {
            Path file = root.resolve("input").resolve(names.get(i));
            write(file, patches.get(i));
            WeekChain.Result r = chain.compose(ACTOR, List.of(new WeekChain.PatchInput(names.get(i), patches.get(i))),
                    o.expectedDays());
            Forecast composed = r.composition().forecast();
            SolveResult solved = Solvers.create().solve(SolveRequest.newBuilder(composed).seed(o.seed()).build());
            if (solved.status() == SolveStatus.INFEASIBLE) {
                throw new SolvereignException(ErrorCode.INFEASIBLE, "no legal plan for the week after " + names.get(i));
            }
            Plan plan = solved.plan();
            PlanVersion pv = runbook.storeDraft(ACTOR, "partial-forecast drill after " + names.get(i),
                    r.composed().id(), "", plan);
            Step step = new Step(names.get(i), r.patches().get(0).id(), r.composed().id(), r.composed().inputHash(),
                    r.completeness().state().name(), r.diff().summary(), pv.id(), plan.outputHash(),
                    plan.kpis().drivers(), composed.instances().size(), plan.assignments().size());
            steps.add(step);
            progress.accept(names.get(i) + ": " + step.composedId() + " " + step.completeness() + ", "
                    + step.instances() + " tours, plan " + pv.id() + " with " + step.drivers() + " drivers");
            if (i == 1) {
                partialRefusal = lockRefusal(runbook, pv.id());
            } else if (i == 2) {
                completeLocked = lockRefusal(runbook, pv.id()).isEmpty();
            }
        }
        List<DrillChecks.Check> checks = checks(week, corrected, steps, partialRefusal, completeLocked);
        byte[] json = VersionJson.pretty(results(key, steps, checks)).getBytes(StandardCharsets.UTF_8);
        write(root.resolve("reports").resolve("partial-forecast.json"), json);
        return new Outcome(List.copyOf(steps), checks, json, Hashes.sha256Hex(json));
    }

    /** Audits and tries to lock; the refusal's code and message, or empty when the plan was locked. */
    private static Optional<String> lockRefusal(Runbook runbook, String planId) {
        ReleaseGate.Outcome audit = ReleaseGate.auditAndRecord(runbook, planId, ACTOR);
        try {
            runbook.lifecycle().lock(new LockRequest(planId, ACTOR, "partial-forecast drill", audit.verdict(), false,
                    Optional.empty()));
            return Optional.empty();
        } catch (SolvereignException e) {
            return Optional.of(e.code().name());
        }
    }

    private static List<DrillChecks.Check> checks(Forecast week, List<TourTemplate> corrected, List<Step> steps,
                                                  Optional<String> partialRefusal, boolean completeLocked) {
        List<DrillChecks.Check> out = new ArrayList<>();
        List<String> states = steps.stream().map(Step::completeness).toList();
        out.add(new DrillChecks.Check("completeness PARTIAL, PARTIAL, COMPLETE",
                states.equals(List.of("PARTIAL", "PARTIAL", "COMPLETE")), String.join(", ", states)));
        List<int[]> expected = List.of(
                new int[] {fingerprints(week, FIRST), 0, 0},
                new int[] {fingerprints(week, SECOND), 1, 1},
                new int[] {fingerprints(week, rest()), 0, 0});
        boolean diffs = true;
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            ForecastDiff.Summary s = steps.get(i).diff();
            int[] e = expected.get(i);
            diffs &= s.added() == e[0] && s.removed() == e[1] && s.changed() == e[2];
            got.append(i == 0 ? "" : "; ").append("+").append(s.added()).append(" -").append(s.removed()).append(" ~")
                    .append(s.changed()).append(" (expected +").append(e[0]).append(" -").append(e[1]).append(" ~")
                    .append(e[2]).append(')');
        }
        out.add(new DrillChecks.Check("diff counts per patch", diffs, got.toString()));
        String expectedHash = CanonicalForm.inputHash(Forecast.of(week.weekAnchor(), week.zone(), corrected));
        String finalHash = steps.get(steps.size() - 1).inputHash();
        out.add(new DrillChecks.Check("composed week = corrected week", finalHash.equals(expectedHash),
                "input_hash " + finalHash + (finalHash.equals(expectedHash) ? "" : ", expected " + expectedHash)));
        boolean covered = steps.stream().allMatch(s -> s.assignments() == s.instances());
        out.add(new DrillChecks.Check("coverage 100 % after each patch", covered, String.join(", ", steps.stream()
                .map(s -> s.assignments() + "/" + s.instances()).toList())));
        out.add(new DrillChecks.Check("lock of the PARTIAL week refused", partialRefusal.equals(Optional.of(
                ErrorCode.PARTIAL_FORECAST.name())), partialRefusal.map(c -> "refused: " + c).orElse("locked")));
        out.add(new DrillChecks.Check("lock of the COMPLETE week", completeLocked,
                completeLocked ? steps.get(2).planId() + " LOCKED" : "refused"));
        return out;
    }

    private static ObjectNode results(WeekKey key, List<Step> steps, List<DrillChecks.Check> checks) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("drill", "partial-forecast");
        o.put("week", key.toString());
        ArrayNode s = o.putArray("steps");
        for (Step st : steps) {
            ObjectNode n = s.addObject();
            n.put("patch_file", st.patchFile()).put("patch_id", st.patchId()).put("composed_id", st.composedId())
                    .put("input_hash", st.inputHash()).put("completeness", st.completeness())
                    .put("plan_id", st.planId()).put("output_hash", st.outputHash()).put("drivers", st.drivers())
                    .put("tours", st.instances());
            n.putObject("diff").put("added", st.diff().added()).put("removed", st.diff().removed())
                    .put("changed", st.diff().changed()).put("unchanged", st.diff().unchanged());
        }
        ArrayNode c = o.putArray("checks");
        checks.forEach(ch -> c.addObject().put("name", ch.name()).put("passed", ch.passed()).put("detail", ch.detail()));
        o.put("passed", checks.stream().allMatch(DrillChecks.Check::passed));
        return o;
    }

    /** The three patches; {@code corrected} receives the week as it stands after the correction. */
    private static List<byte[]> patches(Forecast week, List<TourTemplate> corrected) {
        TreeMap<Fingerprint, Integer> lines = new TreeMap<>();
        week.templates().forEach(t -> lines.merge(t.fingerprint(), t.count(), Integer::sum));
        List<TourTemplate> first = new ArrayList<>();
        List<TourTemplate> third = new ArrayList<>();
        StringBuilder second = new StringBuilder("# Wednesday to Friday, and a correction of Monday and Tuesday\n");
        Fingerprint raised = lines.keySet().stream().filter(fp -> fp.day() == Weekday.MO).findFirst().orElseThrow();
        Fingerprint removed = lines.descendingKeySet().stream().filter(fp -> fp.day() == Weekday.DI).findFirst()
                .orElseThrow();
        lines.forEach((fp, n) -> {
            TourTemplate t = new TourTemplate(fp, n, 0);
            if (FIRST.contains(fp.day())) {
                first.add(t);
            } else if (SECOND.contains(fp.day())) {
                second.append(textLine(fp, n)).append('\n');
            } else {
                third.add(t);
            }
            if (fp.equals(raised)) {
                corrected.add(new TourTemplate(fp, n + 1, 0));
            } else if (!fp.equals(removed)) {
                corrected.add(t);
            }
        });
        second.append(textLine(raised, lines.get(raised) + 1)).append('\n');
        second.append("- ").append(removed.canonicalLine()).append('\n');
        return List.of(ForecastJson.write(Forecast.of(week.weekAnchor(), week.zone(), first), SITE),
                second.toString().getBytes(StandardCharsets.UTF_8),
                ForecastJson.write(Forecast.of(week.weekAnchor(), week.zone(), third), SITE));
    }

    private static String textLine(Fingerprint fp, int count) {
        StringBuilder sb = new StringBuilder(fp.day().abbreviation());
        for (int i = 0; i < fp.parts().size(); i++) {
            TimeRange r = fp.parts().get(i);
            sb.append(i == 0 ? " " : " + ").append(r.format());
        }
        sb.append(' ').append(count).append(" Fahrer");
        if (!fp.depot().isEmpty()) {
            sb.append(" Depot ").append(fp.depot());
        }
        return sb.toString();
    }

    private static Set<Weekday> rest() {
        return Set.of(Weekday.SA, Weekday.SO);
    }

    private static int fingerprints(Forecast week, Set<Weekday> days) {
        return (int) week.templates().stream().map(TourTemplate::fingerprint).filter(fp -> days.contains(fp.day()))
                .distinct().count();
    }

    private static void requireShape(Forecast week) {
        int[] perDay = week.toursPerDay();
        long tuesdayLines = week.templates().stream().map(TourTemplate::fingerprint).filter(fp -> fp.day() == Weekday.DI)
                .distinct().count();
        boolean skills = week.templates().stream().anyMatch(t -> !t.fingerprint().skill().isEmpty());
        for (int d = 0; d < 6; d++) {
            if (perDay[d] == 0 || tuesdayLines < 2 || skills) {
                throw new SolvereignException(ErrorCode.EMPTY_FORECAST, "the partial-forecast drill needs a week with "
                        + "tours Monday to Saturday, at least two lines on Tuesday and no skills");
            }
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
