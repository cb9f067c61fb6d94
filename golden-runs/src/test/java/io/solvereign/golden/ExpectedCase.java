package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Kpis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One expected file of {@code src/test/resources/expected/} (format in golden-runs/README.md). The
 * file is read generically; the actual values are computed here from the solve, independently of
 * {@code harness golden} which writes the file, and compared field by field under the same names.
 */
final class ExpectedCase {
    static final String SCHEMA = "solvereign.golden/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExpectedCase() {
    }

    /** The expected file {@code expected/<name>.json} from the test class path; fails when missing. */
    static JsonNode read(String name) {
        String resource = "/expected/" + name + ".json";
        try (InputStream in = ExpectedCase.class.getResourceAsStream(resource)) {
            assertNotNull(in, "expected file " + resource + " is missing; create it with `harness golden --update`");
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("expected file " + resource + " is not JSON", e);
        }
    }

    /** The fields of a solved case, flattened ({@code block_mix.1er}), values as text. */
    static Map<String, String> actual(String name, String input, SolveResult r) {
        Kpis k = r.plan().kpis();
        Map<String, String> m = new TreeMap<>();
        m.put("schema", SCHEMA);
        m.put("case", name);
        m.put("input", input);
        m.put("seed", Long.toString(r.plan().seed()));
        m.put("work_budget", Long.toString(SolveRequest.DEFAULT_WORK_BUDGET));
        m.put("solver_version", r.plan().solverVersion());
        m.put("input_hash", r.plan().inputHash());
        m.put("solver_config_hash", r.plan().solverConfigHash());
        m.put("output_hash", r.plan().outputHash());
        m.put("status", r.status().name());
        m.put("cost", r.cost().toString());
        m.put("tours", Integer.toString(k.tours()));
        m.put("drivers", Integer.toString(k.drivers()));
        m.put("fte_drivers", Integer.toString(k.fteDrivers()));
        m.put("pt_drivers", Integer.toString(k.ptDrivers()));
        m.put("lower_bound", Integer.toString(k.lowerBound()));
        m.put("gap", Integer.toString(k.drivers() - k.lowerBound()));
        m.put("pt_lower_bound", Integer.toString(k.ptLowerBound()));
        for (BlockType t : BlockType.values()) {
            m.put("block_mix." + t.label(), Integer.toString(k.blocksOf(t)));
        }
        m.put("total_work_minutes", Long.toString(k.totalWorkMinutes()));
        m.put("min_work_minutes", Long.toString(k.minWorkMinutes()));
        m.put("max_work_minutes", Long.toString(k.maxWorkMinutes()));
        return m;
    }

    /** Fails with one line per differing field ({@code drivers: expected 143, got 142}) and the fix. */
    static void assertMatches(String name, String input, SolveResult r) {
        Map<String, String> expected = flatten(read(name), "", new TreeMap<>());
        Map<String, String> actual = actual(name, input, r);
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        StringBuilder diff = new StringBuilder();
        for (String key : keys) {
            String e = expected.getOrDefault(key, "(absent)");
            String a = actual.getOrDefault(key, "(absent)");
            if (!e.equals(a)) {
                diff.append("\n  ").append(key).append(": expected ").append(e).append(", got ").append(a);
            }
        }
        if (diff.length() > 0) {
            fail("golden case " + name + " differs from expected/" + name + ".json:" + diff
                    + "\nIf the change is intended, run `java -jar harness/target/solvereign.jar golden --update`"
                    + " from the repository root and commit the rewritten file.");
        }
    }

    static Map<String, String> flatten(JsonNode node, String prefix, Map<String, String> into) {
        if (!node.isObject()) {
            into.put(prefix, node.isTextual() ? node.asText() : node.toString());
            return into;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), into);
        }
        return into;
    }
}
