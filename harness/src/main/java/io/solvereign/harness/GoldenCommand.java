package io.solvereign.harness;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.io.ExampleForecasts;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.engine.Solvers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code golden}: re-solves the golden regression cases (the built-in example, and the Wien week when
 * a {@code shared/golden} folder is reachable) and compares each with its expected file in
 * {@code golden-runs/src/test/resources/expected/}, printing every changed field as
 * {@code drivers: 143 -> 142}. {@code --update} rewrites the files; {@code --check} (the default
 * without {@code --update}) exits 1 when a case differs. The file format is documented in
 * {@code golden-runs/README.md}; the golden-runs tests read the same field names.
 */
@Command(name = "golden", mixinStandardHelpOptions = true,
        description = {"Re-solve the golden cases and compare them with (or rewrite) their expected files.",
            "",
            "Run from the repository root. Exit 0 when all match or were rewritten, 1 when a case differs (--check)."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign golden --check", "  solvereign golden --update --golden-dir ../shared/golden"})
final class GoldenCommand implements Callable<Integer> {
    /** Exit code when a case differs from its expected file. */
    static final int DIFFERS = 1;
    /** Value of the {@code schema} field of every expected file. */
    static final String SCHEMA = "solvereign.golden/1";
    /** Seed of every golden case (the same as {@code solve}'s default). */
    static final long SEED = 1;
    static final String WIEN_FILE = "wien-standard-week.csv";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    @Spec
    CommandSpec spec;

    @Option(names = "--update", description = "Rewrite the expected files whose content changed.")
    boolean update;

    @Option(names = "--check", description = "Exit 1 when any case differs (the default without --update).")
    boolean check;

    @Option(names = "--expected-dir", paramLabel = "DIR", defaultValue = "golden-runs/src/test/resources/expected",
            description = "Folder of the expected files (default: ${DEFAULT-VALUE}).")
    Path expectedDir;

    @Option(names = "--golden-dir", paramLabel = "DIR",
            description = "Folder holding " + WIEN_FILE + " (default: the first shared/golden above the working directory).")
    Path goldenDir;

    @picocli.CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    /** Collects the JSON result when {@code --json} is given. */
    private ObjectNode result;
    /** Progress of the running cases, when run from the command line. */
    private Progress progress;

    /** One golden case: expected-file stem, where its input comes from, and how to read it. */
    record Case(String name, String input, Supplier<Forecast> forecast) {
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(expectedDir)) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "--expected-dir " + expectedDir
                    + " is not a folder (maybe run from the repository root)");
        }
        PrintWriter out = spec.commandLine().getOut();
        // With --json the text lines go nowhere; the JSON object is printed once at the end.
        PrintWriter text = output.json() ? new PrintWriter(java.io.Writer.nullWriter()) : out;
        List<Case> cases = cases(text);
        int exit;
        result = output.json() ? MAPPER.createObjectNode() : null;
        try (Progress progress = output.progressWithEta(spec.commandLine().getErr(), "golden", cases.size())) {
            this.progress = progress;
            exit = run(cases, text);
        }
        if (result != null) {
            result.put("differs", exit == DIFFERS);
            out.println(result.toPrettyString());
        }
        out.flush();
        return exit;
    }

    /** The built-in example, plus the Wien week when its folder is given or found. */
    List<Case> cases(PrintWriter out) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("builtin-example", "built-in:" + ExampleForecasts.VIENNA_WEEK_NAME, () -> ForecastParser
                .parse(new String(ExampleForecasts.viennaWeekBytes(), StandardCharsets.UTF_8), InputFormat.AUTO)
                .requireSolvable()));
        Path dir = goldenDir != null ? goldenDir : findGolden(Path.of("").toAbsolutePath());
        if (dir == null) {
            out.println("wien-standard-week: skipped (no shared/golden above the working directory; give --golden-dir)");
            return cases;
        }
        Path file = dir.resolve(WIEN_FILE);
        if (!Files.isRegularFile(file)) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "golden folder " + dir + " has no " + WIEN_FILE);
        }
        cases.add(new Case("wien-standard-week", "shared/golden/" + WIEN_FILE, () -> ForecastParser
                .read(file, InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE).requireSolvable()));
        return cases;
    }

    /** Solves every case, prints its differences, rewrites files when updating; returns the exit code. */
    int run(List<Case> cases, PrintWriter out) {
        boolean differs = false;
        for (Case c : cases) {
            if (progress != null) {
                progress.step("case " + c.name());
            }
            Forecast forecast = c.forecast().get();
            ObjectNode actual = caseJson(c, Solvers.create().solve(SolveRequest.newBuilder(forecast).seed(SEED).build()));
            byte[] bytes = bytes(actual);
            Path file = expectedDir.resolve(c.name() + ".json");
            byte[] old = read(file);
            JsonNode expected = old == null ? null : parse(old, file, out);
            List<String> changes = diff(expected, actual);
            if (expected == null) {
                out.println(c.name() + ": no expected file yet (" + changes.size() + " fields)");
            } else {
                out.println(c.name() + ": " + (changes.isEmpty() ? "unchanged" : changes.size() + " field(s) differ"));
                changes.forEach(line -> out.println("  " + line));
            }
            differs |= !changes.isEmpty();
            if (result != null) {
                ObjectNode r = result.withArray("cases").addObject().put("case", c.name())
                        .put("status", expected == null ? "new" : changes.isEmpty() ? "unchanged" : "differs");
                changes.forEach(r.putArray("changes")::add);
            }
            if (update && !Arrays.equals(old, bytes)) {
                write(file, bytes);
                out.println("  rewrote " + file);
            }
        }
        return differs && (check || !update) ? DIFFERS : ExitCodes.OK;
    }

    /** The expected-file content of a solved case; TreeMaps keep the keys sorted at every level. */
    static ObjectNode caseJson(Case c, SolveResult r) {
        Kpis k = r.plan().kpis();
        Map<String, Object> n = new TreeMap<>();
        n.put("schema", SCHEMA);
        n.put("case", c.name());
        n.put("input", c.input());
        n.put("seed", r.plan().seed());
        n.put("work_budget", r.stats().workBudget());
        n.put("solver_version", r.plan().solverVersion());
        n.put("input_hash", r.plan().inputHash());
        n.put("solver_config_hash", r.plan().solverConfigHash());
        n.put("output_hash", r.plan().outputHash());
        n.put("status", r.status().name());
        n.put("cost", r.cost().toString());
        n.put("tours", k.tours());
        n.put("drivers", k.drivers());
        n.put("fte_drivers", k.fteDrivers());
        n.put("pt_drivers", k.ptDrivers());
        n.put("lower_bound", k.lowerBound());
        n.put("gap", k.gap());
        n.put("pt_lower_bound", k.ptLowerBound());
        Map<String, Integer> mix = new TreeMap<>();
        for (BlockType t : BlockType.values()) {
            mix.put(t.label(), k.blocksOf(t));
        }
        n.put("block_mix", mix);
        n.put("total_work_minutes", k.totalWorkMinutes());
        n.put("min_work_minutes", k.minWorkMinutes());
        n.put("max_work_minutes", k.maxWorkMinutes());
        return MAPPER.valueToTree(n);
    }

    /** The file bytes of a case: pretty JSON, {@code "key": value}, two-space indent, {@code \n} line ends, a final newline. */
    static byte[] bytes(ObjectNode caseJson) {
        try {
            return (WRITER.writeValueAsString(caseJson) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** Field-by-field differences as {@code path: old -> new}, sorted by path; nested keys as {@code block_mix.1er}. */
    static List<String> diff(JsonNode expected, JsonNode actual) {
        Map<String, String> was = flatten(expected, "", new TreeMap<>());
        Map<String, String> now = flatten(actual, "", new TreeMap<>());
        TreeSet<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(now.keySet());
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            String a = was.getOrDefault(key, "(absent)");
            String b = now.getOrDefault(key, "(absent)");
            if (!a.equals(b)) {
                out.add(key + ": " + a + " -> " + b);
            }
        }
        return out;
    }

    private static Map<String, String> flatten(JsonNode node, String prefix, Map<String, String> into) {
        if (node == null) {
            return into;
        }
        if (!node.isObject()) {
            into.put(prefix.isEmpty() ? "(root)" : prefix, node.isTextual() ? node.asText() : node.toString());
            return into;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), into);
        }
        return into;
    }

    /** The first {@code shared/golden} folder at or above {@code start}, or null. */
    static Path findGolden(Path start) {
        for (Path p = Objects.requireNonNull(start, "start"); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared").resolve("golden"))) {
                return p.resolve("shared").resolve("golden");
            }
        }
        return null;
    }

    private static byte[] read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A malformed expected file reads as absent (every field shows as changed) rather than failing. */
    private static JsonNode parse(byte[] bytes, Path file, PrintWriter out) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            out.println("note: " + file + " is not valid JSON; treating it as absent");
            return null;
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Path tmp = Files.write(file.resolveSibling(file.getFileName() + ".tmp"), bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write " + file + ": " + e, e);
        }
    }
}
