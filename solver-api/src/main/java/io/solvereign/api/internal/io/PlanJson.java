package io.solvereign.api.internal.io;

import io.solvereign.api.io.ReadLimits;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;

/**
 * Writes and reads a {@link Plan} as {@code solver_output.json} (schema {@value #SCHEMA}):
 * pretty-printed with {@code \n} line ends, keys in a fixed order and assignments sorted, so the
 * same plan always gives the same bytes. Reading is strict and survives hand-edited files: any
 * problem is one {@link ErrorCode#MALFORMED_PLAN} naming the file, the JSON path and what is
 * wrong. Whether tour ids exist or repeat is not checked here; the audits report that.
 */
public final class PlanJson {
    /** The schema tag in every plan file. */
    public static final String SCHEMA = "solvereign.plan/1";
    /** Conventional file name of a plan. */
    public static final String FILE_NAME = "solver_output.json";
    static final List<String> KEYS = List.of("schema", "input_hash", "solver_config_hash", "output_hash", "seed",
            "work_budget",
            "solver_version", "week_anchor_date", "time_zone", "rule_set", "kpis", "lower_bound", "assignments");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Reads one member at a time from a stream: the rest of the file follows, so no trailing-token check. */
    private static final ObjectReader MEMBER = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Two-space indent and {@code \n} line ends on every platform; also used by {@link AuditReportJson}. */
    static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private PlanJson() {
    }

    /** The plan as a JSON tree, keys in schema order, assignments sorted. */
    public static ObjectNode toJson(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", SCHEMA);
        o.put("input_hash", plan.inputHash());
        o.put("solver_config_hash", plan.solverConfigHash());
        o.put("output_hash", plan.outputHash());
        o.put("seed", plan.seed());
        o.put("work_budget", plan.workBudget());
        o.put("solver_version", plan.solverVersion());
        o.put("week_anchor_date", plan.weekAnchor().toString());
        o.put("time_zone", plan.zone().getId());
        o.set("rule_set", RuleSetJson.toJson(plan.ruleSet()));
        o.set("kpis", ModelJson.toJson(plan.kpis()));
        o.set("lower_bound", ModelJson.toJson(plan.lowerBound()));
        List<Assignment> sorted = new ArrayList<>(plan.assignments());
        Collections.sort(sorted);
        ArrayNode a = o.putArray("assignments");
        sorted.forEach(x -> a.add(ModelJson.toJson(x)));
        return o;
    }

    /** The file text: pretty-printed, {@code \n} line ends, ending with a newline. */
    public static String write(Plan plan) {
        try {
            return WRITER.writeValueAsString(toJson(plan)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** The UTF-8 bytes of {@link #write(Plan)}. */
    public static byte[] writeBytes(Plan plan) {
        return write(plan).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the plan to a file (replacing it). @throws java.io.UncheckedIOException on I/O failure */
    public static void write(Plan plan, Path file) {
        try {
            Files.write(file, writeBytes(plan));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads a plan file within the {@link ReadLimits#defaults() default limits}.
     *
     * @throws SolvereignException {@link ErrorCode#UNREADABLE_INPUT} when the file cannot be read,
     *                             {@link ErrorCode#INPUT_TOO_LARGE} above the plan limit,
     *                             {@link ErrorCode#MALFORMED_PLAN} when its content is not a plan
     */
    public static Plan read(Path file) {
        return read(file, ReadLimits.defaults());
    }

    /**
     * Reads a plan file within {@link ReadLimits#planBytes()}. The file is parsed as a stream and
     * each assignment is turned into its record as soon as it is read, so memory grows with the
     * plan's assignments, never with a copy of the file's text or of its whole JSON tree.
     *
     * @throws SolvereignException as {@link #read(Path)}
     */
    public static Plan read(Path file, ReadLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        JsonFields f = new JsonFields(ErrorCode.MALFORMED_PLAN, file.toString());
        requireHeapFor(file, BoundedFiles.check(file, limits.planBytes(), "plan", "planBytes"),
                Runtime.getRuntime().maxMemory());
        try (InputStream in = BoundedFiles.open(file, limits.planBytes(), "plan", "planBytes");
             JsonParser p = MAPPER.getFactory().createParser(in)) {
            return stream(p, f);
        } catch (JsonProcessingException e) {
            throw malformed(f, e);
        } catch (IOException e) {
            throw BoundedFiles.failure(file, "plan", e);
        }
    }

    /** Heap bytes a plan needs per byte of its file, measured on an 88 MB plan (audited in 256 MB of heap). */
    private static final long HEAP_PER_PLAN_BYTE = 2;

    /**
     * Refuses at once a plan whose records cannot fit this JVM's heap (they take about twice the file's
     * bytes), instead of filling the heap first: the refusal costs no memory and names the fix.
     */
    static void requireHeapFor(Path file, long bytes, long heap) {
        if (bytes > heap / HEAP_PER_PLAN_BYTE) {
            throw new SolvereignException(ErrorCode.INPUT_TOO_LARGE, "plan " + file + " is " + ReadLimits.describe(bytes)
                    + "; reading it needs about " + ReadLimits.describe(bytes * HEAP_PER_PLAN_BYTE) + " of heap and this"
                    + " JVM has " + ReadLimits.describe(heap) + "; run java with a larger -Xmx");
        }
    }

    /** The top-level members as small trees, except {@code assignments}, which are read one by one. */
    private static Plan stream(JsonParser p, JsonFields f) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw f.error("$", "empty file, expected a plan object");
        }
        if (first != JsonToken.START_OBJECT) {
            throw f.error("$", "expected an object, found " + JsonFields.describe(MEMBER.readTree(p)));
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        List<Assignment> assignments = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("assignments") && value == JsonToken.START_ARRAY) {
                assignments = new ArrayList<>();
                Strings ids = new Strings();
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    Assignment a = ModelJson.assignment(MEMBER.readTree(p), f, "$.assignments[" + i + "]");
                    assignments.add(ids.shared(a));
                }
                root.putArray(name);
            } else {
                root.set(name, MEMBER.readTree(p));
            }
        }
        if (p.nextToken() != null) {
            throw f.error("$", "unexpected content after the plan object");
        }
        return PlanReader.plan(root, f, assignments);
    }

    private static SolvereignException malformed(JsonFields f, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return f.error(where, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }

    /**
     * One copy of each driver id, instance id and block id across a plan's assignments: a plan of a million
     * assignments names a few hundred drivers, and keeping one string per assignment would cost more
     * than the file itself.
     */
    private static final class Strings {
        private final Map<String, String> seen = new HashMap<>();

        Assignment shared(Assignment a) {
            return new Assignment(one(a.driverId()), one(a.tourInstanceId()), a.day(), one(a.blockId()), a.blockType(),
                    a.startMinute(), a.endMinute(), a.crossesMidnight());
        }

        private String one(String s) {
            return seen.computeIfAbsent(s, k -> k);
        }
    }

    /**
     * Reads plan text.
     *
     * @param sourceName put in front of every message (e.g. the file name)
     * @throws SolvereignException {@link ErrorCode#MALFORMED_PLAN}: {@code <source>: <json path>: <problem>}
     */
    public static Plan read(String content, String sourceName) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceName, "sourceName");
        JsonFields f = new JsonFields(ErrorCode.MALFORMED_PLAN, sourceName);
        JsonNode root;
        try {
            root = MAPPER.readTree(content.startsWith("\uFEFF") ? content.substring(1) : content);
        } catch (JsonProcessingException e) {
            throw malformed(f, e);
        }
        if (root == null || root.isMissingNode()) {
            throw f.error("$", "empty file, expected a plan object");
        }
        return PlanReader.plan(root, f, null);
    }
}
