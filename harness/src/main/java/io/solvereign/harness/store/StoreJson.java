package io.solvereign.harness.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.io.CanonicalJson;
import io.solvereign.api.store.Approval;
import io.solvereign.api.store.ForecastKind;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deterministic JSON of the store's metadata: RFC 8785 canonical JSON, one object per line and a
 * final newline, instants in ISO-8601 UTC. Parsing is strict; a stored file that parses badly was
 * changed on disk.
 */
final class StoreJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private StoreJson() {
    }

    /** One RFC 8785 canonical JSON line (sorted keys, no whitespace) without the newline. */
    static String line(Map<String, ?> fields) {
        return CanonicalJson.canonicalize(MAPPER.valueToTree(fields));
    }

    /** The file form: one line plus newline, UTF-8. */
    static byte[] file(Map<String, ?> fields) {
        return (line(fields) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> parse(String text, String file) {
        try {
            Map<String, Object> m = MAPPER.readValue(text, MAP);
            if (m == null) {
                throw new SolvereignException(ErrorCode.PLAN_TAMPERED, file + " holds no JSON object");
            }
            return m;
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, file + " is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    static Map<String, Object> parse(byte[] bytes, String file) {
        return parse(new String(bytes, StandardCharsets.UTF_8), file);
    }

    static String text(Map<String, Object> m, String key, String file) {
        if (!(m.get(key) instanceof String s)) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, file + ": field '" + key + "' missing or not a string");
        }
        return s;
    }

    static Instant instant(Map<String, Object> m, String key, String file) {
        try {
            return Instant.parse(text(m, key, file));
        } catch (DateTimeParseException e) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, file + ": field '" + key + "' is not an instant", e);
        }
    }

    static <E extends Enum<E>> E constant(Class<E> type, Map<String, Object> m, String key, String file) {
        try {
            return Enum.valueOf(type, text(m, key, file));
        } catch (IllegalArgumentException e) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, file + ": field '" + key + "' is not a "
                    + type.getSimpleName(), e);
        }
    }

    static PlanStatus status(Map<String, Object> m, String file) {
        return constant(PlanStatus.class, m, "status", file);
    }

    static Map<String, Object> killSwitch(KillSwitch k) {
        return Map.of("on", k.on(), "reason", k.reason(), "actor", k.actor(), "at", k.at().toString());
    }

    static KillSwitch killSwitch(Map<String, Object> m, String file) {
        if (!(m.get("on") instanceof Boolean on)) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, file + ": field 'on' missing or not a boolean");
        }
        return new KillSwitch(on, text(m, "reason", file), text(m, "actor", file), instant(m, "at", file));
    }

    static Map<String, Object> trailEntry(TrailEntry e) {
        return Map.of("sequence", e.sequence(), "at", e.at().toString(), "actor", e.actor(),
                "action", e.action().name(), "subject_id", e.subjectId(), "reason", e.reason(), "details", e.details());
    }

    static TrailEntry trailEntry(Map<String, Object> m, String where) {
        if (!(m.get("sequence") instanceof Number seq) || !(m.get("details") instanceof Map<?, ?> d)) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, where + ": sequence or details missing");
        }
        TreeMap<String, String> details = new TreeMap<>();
        d.forEach((k, v) -> details.put(String.valueOf(k), String.valueOf(v)));
        return new TrailEntry(seq.longValue(), instant(m, "at", where), text(m, "actor", where),
                constant(TrailAction.class, m, "action", where), text(m, "subject_id", where),
                text(m, "reason", where), details);
    }

    static Map<String, Object> forecastMeta(ForecastMeta meta) {
        return Map.of("kind", meta.kind().name(), "week_key", meta.weekKey(), "parent_id", meta.parentId(),
                "attributes", meta.attributes());
    }

    /** The meta of a stored forecast; files written before meta existed hold none and read as a plain import. */
    static ForecastMeta forecastMeta(Map<String, Object> m, String file) {
        if (!m.containsKey("kind")) {
            return ForecastMeta.none();
        }
        return ForecastMeta.of(constant(ForecastKind.class, m, "kind", file), text(m, "week_key", file),
                text(m, "parent_id", file), stringMap(m, "attributes", file));
    }

    static Map<String, Object> approval(Approval a) {
        return Map.of("sequence", a.sequence(), "plan_id", a.planId(), "actor", a.actor(), "reason", a.reason(),
                "conditions_met", a.conditionsMet(), "at", a.at().toString());
    }

    static Approval approval(Map<String, Object> m, String where) {
        if (!(m.get("sequence") instanceof Number seq) || !(m.get("conditions_met") instanceof Map<?, ?> c)) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, where + ": sequence or conditions_met missing");
        }
        TreeMap<String, Boolean> conditions = new TreeMap<>();
        for (Map.Entry<?, ?> e : c.entrySet()) {
            if (!(e.getValue() instanceof Boolean b)) {
                throw new SolvereignException(ErrorCode.PLAN_TAMPERED, where + ": condition " + e.getKey()
                        + " is not a boolean");
            }
            conditions.put(String.valueOf(e.getKey()), b);
        }
        return new Approval(seq.longValue(), text(m, "plan_id", where), text(m, "actor", where),
                text(m, "reason", where), conditions, instant(m, "at", where));
    }

    static Map<String, Object> kpiBaseline(KpiBaseline b) {
        return Map.of("sequence", b.sequence(), "site", b.site(), "approver", b.approver(), "reason", b.reason(),
                "plan_ids", b.planIds(), "samples_json", b.samplesJson(), "at", b.at().toString());
    }

    static KpiBaseline kpiBaseline(Map<String, Object> m, String where) {
        if (!(m.get("sequence") instanceof Number seq) || !(m.get("plan_ids") instanceof List<?> ids)) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, where + ": sequence or plan_ids missing");
        }
        return new KpiBaseline(seq.longValue(), text(m, "site", where), text(m, "approver", where),
                text(m, "reason", where), ids.stream().map(String::valueOf).toList(), text(m, "samples_json", where),
                instant(m, "at", where));
    }

    private static TreeMap<String, String> stringMap(Map<String, Object> m, String key, String file) {
        if (!(m.get(key) instanceof Map<?, ?> raw)) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, file + ": field '" + key + "' missing or not an object");
        }
        TreeMap<String, String> out = new TreeMap<>();
        raw.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }
}
