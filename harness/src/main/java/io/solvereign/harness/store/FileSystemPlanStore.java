package io.solvereign.harness.store;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.store.Approval;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanStore;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * {@link PlanStore} on a workspace folder:
 * <pre>
 * SHA256SUMS                          sha256 of every file below (sha256sum format)
 * kill-switch.json  trail.jsonl       kill switch state; the trail, one JSON object a line
 * approvals.jsonl  kpi-baselines.jsonl approvals and KPI drift baselines, one JSON object a line
 * forecasts/F0001/forecast.json       id, input_hash, created_at, kind, week_key, parent_id, attributes
 * forecasts/F0001/forecast_input      the original bytes
 * forecasts/F0001/canonical_input.txt
 * plans/P0001/plan.json               id, forecast_version_id, status, baseline_plan_id, output_hash, created_at
 * plans/P0001/solver_output.json      verbatim
 * plans/P0001/audit_results.json      verbatim (empty until audited)
 * </pre>
 * Writes are atomic per file; {@link #open} and every read check the files against
 * {@code SHA256SUMS} and throw {@code PLAN_TAMPERED} naming any file changed, missing or added on
 * disk. Methods are synchronized; one process should use a workspace at a time.
 */
public final class FileSystemPlanStore implements PlanStore {
    static final String TRAIL = "trail.jsonl";
    static final String KILL_SWITCH = "kill-switch.json";
    static final String APPROVALS = "approvals.jsonl";
    static final String KPI_BASELINES = "kpi-baselines.jsonl";

    private final Workspace ws;

    private FileSystemPlanStore(Workspace ws) {
        this.ws = ws;
    }

    /**
     * Opens the workspace, creating the folder when absent, and checks every stored file.
     *
     * @throws SolvereignException {@code PLAN_TAMPERED} naming every file that changed on disk
     */
    public static FileSystemPlanStore open(Path workspace) {
        FileSystemPlanStore store = new FileSystemPlanStore(Workspace.open(Objects.requireNonNull(workspace, "workspace")));
        store.trail();
        return store;
    }

    /** The workspace folder (absolute). */
    public Path workspace() {
        return ws.root();
    }

    /** Checks every stored file against {@code SHA256SUMS} again; throws {@code PLAN_TAMPERED} on drift. */
    public synchronized void verify() {
        ws.verifyAll();
    }

    @Override
    public synchronized ForecastVersion addForecast(String inputHash, byte[] originalBytes, String canonicalText,
                                                    ForecastMeta meta, Instant createdAt) {
        String id = PlanStore.forecastId(ids("forecasts/", "/forecast.json").size() + 1L);
        ForecastVersion f = new ForecastVersion(id, inputHash, originalBytes, canonicalText, createdAt, meta);
        String dir = "forecasts/" + id + "/";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(dir + "forecast_input", f.originalBytes());
        files.put(dir + "canonical_input.txt", canonicalText.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> fields = new TreeMap<>(StoreJson.forecastMeta(meta));
        fields.putAll(Map.of("id", id, "input_hash", inputHash, "created_at", createdAt.toString()));
        files.put(dir + "forecast.json", StoreJson.file(fields));
        ws.write(files);
        return f;
    }

    @Override
    public synchronized Optional<ForecastVersion> findForecast(String forecastVersionId) {
        String dir = "forecasts/" + Objects.requireNonNull(forecastVersionId, "forecastVersionId") + "/";
        if (!ws.contains(dir + "forecast.json")) {
            return Optional.empty();
        }
        String meta = dir + "forecast.json";
        Map<String, Object> m = StoreJson.parse(ws.readVerified(meta), meta);
        return Optional.of(new ForecastVersion(forecastVersionId, StoreJson.text(m, "input_hash", meta),
                ws.readVerified(dir + "forecast_input"),
                new String(ws.readVerified(dir + "canonical_input.txt"), StandardCharsets.UTF_8),
                StoreJson.instant(m, "created_at", meta), StoreJson.forecastMeta(m, meta)));
    }

    @Override
    public synchronized List<ForecastVersion> forecasts() {
        return ids("forecasts/", "/forecast.json").stream().map(id -> findForecast(id).orElseThrow()).toList();
    }

    @Override
    public synchronized PlanVersion addPlan(NewPlan plan, Instant createdAt) {
        Objects.requireNonNull(plan, "plan");
        PlanVersion p = PlanVersion.draft(PlanStore.planId(ids("plans/", "/plan.json").size() + 1L), plan, createdAt);
        ws.write(planFiles(p, true));
        return p;
    }

    @Override
    public synchronized Optional<PlanVersion> findPlan(String planId) {
        String dir = "plans/" + Objects.requireNonNull(planId, "planId") + "/";
        String meta = dir + "plan.json";
        if (!ws.contains(meta)) {
            return Optional.empty();
        }
        Map<String, Object> m = StoreJson.parse(ws.readVerified(meta), meta);
        return Optional.of(new PlanVersion(planId, StoreJson.text(m, "forecast_version_id", meta),
                StoreJson.status(m, meta), StoreJson.text(m, "baseline_plan_id", meta),
                ws.readVerified(dir + "solver_output.json"), ws.readVerified(dir + "audit_results.json"),
                StoreJson.text(m, "output_hash", meta), StoreJson.instant(m, "created_at", meta)));
    }

    @Override
    public synchronized List<PlanVersion> plans() {
        return ids("plans/", "/plan.json").stream().map(id -> findPlan(id).orElseThrow()).toList();
    }

    @Override
    public synchronized PlanVersion updatePlan(PlanVersion next) {
        Objects.requireNonNull(next, "next");
        PlanVersion current = findPlan(next.id()).orElseThrow(() -> new SolvereignException(ErrorCode.NOT_FOUND,
                "no plan version '" + next.id() + "' in " + ws.root()));
        PlanVersion.requireLegalUpdate(current, next);
        boolean contentChanged = !current.sameContent(next);
        ws.write(planFiles(next, contentChanged));
        return next;
    }

    @Override
    public synchronized TrailEntry appendTrail(Instant at, String actor, TrailAction action, String subjectId,
                                               String reason, Map<String, String> details) {
        List<TrailEntry> trail = trail();
        TrailEntry e = TrailEntry.of(trail.size() + 1L, at, actor, action, subjectId, reason, details);
        StringBuilder text = new StringBuilder();
        for (TrailEntry t : trail) {
            text.append(StoreJson.line(StoreJson.trailEntry(t))).append('\n');
        }
        text.append(StoreJson.line(StoreJson.trailEntry(e))).append('\n');
        ws.write(Map.of(TRAIL, text.toString().getBytes(StandardCharsets.UTF_8)));
        return e;
    }

    @Override
    public synchronized List<TrailEntry> trail() {
        if (!ws.contains(TRAIL)) {
            return List.of();
        }
        String[] lines = new String(ws.readVerified(TRAIL), StandardCharsets.UTF_8).split("\n");
        List<TrailEntry> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String where = TRAIL + " line " + (i + 1);
            TrailEntry e = StoreJson.trailEntry(StoreJson.parse(lines[i], where), where);
            if (e.sequence() != i + 1L) {
                throw new SolvereignException(ErrorCode.PLAN_TAMPERED, where + " has sequence " + e.sequence());
            }
            out.add(e);
        }
        return List.copyOf(out);
    }

    @Override
    public synchronized Approval addApproval(String planId, String actor, String reason,
                                             Map<String, Boolean> conditionsMet, Instant at) {
        List<Approval> all = approvals();
        Approval a = new Approval(all.size() + 1L, planId, actor, reason, new TreeMap<>(conditionsMet), at);
        appendLine(APPROVALS, StoreJson.approval(a));
        return a;
    }

    @Override
    public synchronized List<Approval> approvals() {
        return readLines(APPROVALS, StoreJson::approval, Approval::sequence);
    }

    @Override
    public synchronized KpiBaseline addKpiBaseline(String site, String approver, String reason, List<String> planIds,
                                                   String samplesJson, Instant at) {
        List<KpiBaseline> all = kpiBaselines();
        KpiBaseline b = new KpiBaseline(all.size() + 1L, site, approver, reason, planIds, samplesJson, at);
        appendLine(KPI_BASELINES, StoreJson.kpiBaseline(b));
        return b;
    }

    @Override
    public synchronized List<KpiBaseline> kpiBaselines() {
        return readLines(KPI_BASELINES, StoreJson::kpiBaseline, KpiBaseline::sequence);
    }

    /** Rewrites a JSON-lines file with one more line (atomic per file, like the trail). */
    private void appendLine(String file, Map<String, Object> fields) {
        String old = ws.contains(file) ? new String(ws.readVerified(file), StandardCharsets.UTF_8) : "";
        ws.write(Map.of(file, (old + StoreJson.line(fields) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads a JSON-lines file whose records carry sequence numbers 1, 2, 3 ... */
    private <T> List<T> readLines(String file, BiFunction<Map<String, Object>, String, T> reader,
                                  ToLongFunction<T> sequence) {
        if (!ws.contains(file)) {
            return List.of();
        }
        String[] lines = new String(ws.readVerified(file), StandardCharsets.UTF_8).split("\n");
        List<T> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String where = file + " line " + (i + 1);
            T record = reader.apply(StoreJson.parse(lines[i], where), where);
            if (sequence.applyAsLong(record) != i + 1L) {
                throw new SolvereignException(ErrorCode.PLAN_TAMPERED, where + " has sequence "
                        + sequence.applyAsLong(record));
            }
            out.add(record);
        }
        return List.copyOf(out);
    }

    @Override
    public synchronized KillSwitch killSwitch() {
        if (!ws.contains(KILL_SWITCH)) {
            return KillSwitch.initial();
        }
        return StoreJson.killSwitch(StoreJson.parse(ws.readVerified(KILL_SWITCH), KILL_SWITCH), KILL_SWITCH);
    }

    @Override
    public synchronized void setKillSwitch(KillSwitch state) {
        ws.write(Map.of(KILL_SWITCH, StoreJson.file(StoreJson.killSwitch(Objects.requireNonNull(state, "state")))));
    }

    private static Map<String, byte[]> planFiles(PlanVersion p, boolean withContent) {
        String dir = "plans/" + p.id() + "/";
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (withContent) {
            files.put(dir + "solver_output.json", p.solverOutputJson());
            files.put(dir + "audit_results.json", p.auditResultsJson());
        }
        files.put(dir + "plan.json", StoreJson.file(Map.of("id", p.id(), "forecast_version_id", p.forecastVersionId(),
                "status", p.status().name(), "baseline_plan_id", p.baselinePlanId(), "output_hash", p.outputHash(),
                "created_at", p.createdAt().toString())));
        return files;
    }

    /** Ids stored under {@code prefix<id>suffix}, in sequence order (shorter ids first, then by text). */
    private List<String> ids(String prefix, String suffix) {
        List<String> ids = new ArrayList<>();
        for (String rel : ws.indexed(prefix).keySet()) {
            if (rel.endsWith(suffix) && rel.indexOf('/', prefix.length()) == rel.length() - suffix.length()) {
                ids.add(rel.substring(prefix.length(), rel.length() - suffix.length()));
            }
        }
        ids.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return ids;
    }

    /** A sorted view of the index, for tests of this package. */
    TreeMap<String, String> indexSnapshot() {
        return new TreeMap<>(ws.indexed(""));
    }
}
