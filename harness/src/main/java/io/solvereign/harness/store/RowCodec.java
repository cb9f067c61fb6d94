package io.solvereign.harness.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.store.ForecastKind;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.TrailAction;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How column values are written and read back: JSON text for maps and lists, ISO-8601 instants, enum
 * names. A value that does not read back was changed outside the store ({@code PLAN_TAMPERED}).
 */
final class RowCodec {
    static final ObjectMapper JSON = new ObjectMapper();

    private RowCodec() {
    }

    static String metaJson(ForecastMeta meta) {
        Map<String, String> m = new TreeMap<>();
        m.put("kind", meta.kind().name());
        m.put("week_key", meta.weekKey());
        m.put("parent_id", meta.parentId());
        m.put("attributes", RecordHashes.mapJson(meta.attributes()));
        return RecordHashes.mapJson(m);
    }

    static ForecastMeta meta(String json, String where) {
        SortedMap<String, String> m = stringMap(json, where);
        try {
            return new ForecastMeta(ForecastKind.valueOf(m.getOrDefault("kind", "")), m.getOrDefault("week_key", ""),
                    m.getOrDefault("parent_id", ""), stringMap(m.getOrDefault("attributes", "{}"), where));
        } catch (IllegalArgumentException e) {
            throw tampered(where + " has unreadable meta: " + e.getMessage());
        }
    }

    static SortedMap<String, String> stringMap(String json, String where) {
        return parse(json, new TypeReference<TreeMap<String, String>>() { }, where);
    }

    static <T> T parse(String json, TypeReference<T> type, String where) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw tampered(where + " holds unreadable JSON");
        }
    }

    static Instant instant(String text, String where) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            throw tampered(where + " has an unreadable time '" + text + "'");
        }
    }

    static TrailAction action(String name, String where) {
        try {
            return TrailAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw tampered(where + " has unknown action '" + name + "'");
        }
    }

    static SolvereignException tampered(String what) {
        return new SolvereignException(ErrorCode.PLAN_TAMPERED, what);
    }
}
