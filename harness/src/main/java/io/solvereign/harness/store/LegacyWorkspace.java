package io.solvereign.harness.store;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.Hashes;
import io.solvereign.api.store.Approval;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Read-only access to a workspace of the retired file store (folders of JSON files indexed by
 * {@code SHA256SUMS}), for {@code migrate-workspace} only. Nothing here writes: the old layout is
 * never produced again. Every file is checked against the index; a mismatch is {@code PLAN_TAMPERED}.
 */
public final class LegacyWorkspace {
    /** The checksum index that marks an old workspace. */
    public static final String INDEX = "SHA256SUMS";

    private final Path root;
    private final TreeMap<String, String> index;

    private LegacyWorkspace(Path root, TreeMap<String, String> index) {
        this.root = root;
        this.index = index;
    }

    /**
     * Reads the index of an old workspace.
     *
     * @throws SolvereignException {@code UNREADABLE_INPUT} when the folder holds no {@code SHA256SUMS}
     */
    public static LegacyWorkspace open(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        Path index = root.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, root + " is not a workspace of the old file "
                    + "layout (no " + INDEX + ")");
        }
        return new LegacyWorkspace(root, SumsText.parse(new String(read(root, INDEX), StandardCharsets.UTF_8), INDEX));
    }

    /** The folder. */
    public Path root() {
        return root;
    }

    /** Every forecast version in id order. */
    public List<ForecastVersion> forecasts() {
        List<ForecastVersion> out = new ArrayList<>();
        for (String id : ids("forecasts/", "/forecast.json")) {
            String dir = "forecasts/" + id + "/";
            Map<String, Object> m = StoreJson.parse(verified(dir + "forecast.json"), dir + "forecast.json");
            out.add(new ForecastVersion(id, StoreJson.text(m, "input_hash", dir), verified(dir + "forecast_input"),
                    new String(verified(dir + "canonical_input.txt"), StandardCharsets.UTF_8),
                    StoreJson.instant(m, "created_at", dir), StoreJson.forecastMeta(m, dir)));
        }
        return out;
    }

    /** Every plan version in id order. */
    public List<PlanVersion> plans() {
        List<PlanVersion> out = new ArrayList<>();
        for (String id : ids("plans/", "/plan.json")) {
            String dir = "plans/" + id + "/";
            Map<String, Object> m = StoreJson.parse(verified(dir + "plan.json"), dir + "plan.json");
            out.add(new PlanVersion(id, StoreJson.text(m, "forecast_version_id", dir), StoreJson.status(m, dir),
                    StoreJson.text(m, "baseline_plan_id", dir), verified(dir + "solver_output.json"),
                    verified(dir + "audit_results.json"), StoreJson.text(m, "output_hash", dir),
                    StoreJson.instant(m, "created_at", dir)));
        }
        return out;
    }

    /** The trail in sequence order. */
    public List<TrailEntry> trail() {
        return lines("trail.jsonl", StoreJson::trailEntry);
    }

    /** Approvals in sequence order. */
    public List<Approval> approvals() {
        return lines("approvals.jsonl", StoreJson::approval);
    }

    /** KPI baselines in sequence order. */
    public List<KpiBaseline> kpiBaselines() {
        return lines("kpi-baselines.jsonl", StoreJson::kpiBaseline);
    }

    /** The kill switch state. */
    public KillSwitch killSwitch() {
        String f = "kill-switch.json";
        return index.containsKey(f) ? StoreJson.killSwitch(StoreJson.parse(verified(f), f), f) : KillSwitch.initial();
    }

    private <T> List<T> lines(String file, BiFunction<Map<String, Object>, String, T> reader) {
        if (!index.containsKey(file)) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        String[] lines = new String(verified(file), StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String where = file + " line " + (i + 1);
            out.add(reader.apply(StoreJson.parse(lines[i], where), where));
        }
        return out;
    }

    private byte[] verified(String rel) {
        String expected = index.get(rel);
        if (expected == null) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, rel + " is not in " + INDEX);
        }
        byte[] bytes = read(root, rel);
        String actual = Hashes.sha256Hex(bytes);
        if (!actual.equals(expected)) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, rel + " changed on disk: expected sha256 " + expected
                    + " got " + actual);
        }
        return bytes;
    }

    private static byte[] read(Path root, String rel) {
        try {
            return Files.readAllBytes(root.resolve(rel));
        } catch (NoSuchFileException e) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, rel + " missing on disk in " + root);
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "cannot read " + root.resolve(rel) + ": "
                    + e.getMessage());
        }
    }

    /** Ids indexed as {@code prefix<id>suffix}, in sequence order (shorter ids first, then by text). */
    private List<String> ids(String prefix, String suffix) {
        List<String> ids = new ArrayList<>();
        for (String rel : index.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
            if (rel.endsWith(suffix) && rel.indexOf('/', prefix.length()) == rel.length() - suffix.length()) {
                ids.add(rel.substring(prefix.length(), rel.length() - suffix.length()));
            }
        }
        ids.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return ids;
    }
}
