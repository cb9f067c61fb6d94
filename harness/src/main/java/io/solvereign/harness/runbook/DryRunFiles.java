package io.solvereign.harness.runbook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.CanonicalJson;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.harness.export.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The artifacts folder of a dry run: {@code input/} (the forecast as given), {@code workspace/} (a
 * fresh workspace), {@code evidence/} (the pack), {@code reports/} ({@code dry-run.md}, the plan, its
 * exports and audit results) and {@code logs/} ({@code dry-run.log}, {@code trail.jsonl}). A marker file
 * says the folder belongs to dry runs; only then are these sub-folders replaced by the next run.
 */
final class DryRunFiles {
    static final String MARKER = ".solvereign-dry-run";
    static final List<String> FOLDERS = List.of("input", "workspace", "evidence", "reports", "logs");

    private final Path root;
    /** The workspace folder: {@code workspace/} under the root unless the caller named another. */
    private final Path workspace;

    private DryRunFiles(Path root, Path workspace) {
        this.root = root;
        this.workspace = workspace != null ? workspace.toAbsolutePath().normalize() : root.resolve("workspace");
    }

    /** Checks the folder is empty or an earlier dry run's, removes the earlier run's sub-folders, creates them. */
    static DryRunFiles prepare(Path artifacts) {
        return prepare(artifacts, null);
    }

    /**
     * As {@link #prepare(Path)}, with the workspace in {@code workspace} when not null; that folder must
     * be absent or empty, since a dry run starts from a fresh workspace.
     */
    static DryRunFiles prepare(Path artifacts, Path workspace) {
        Path root = artifacts.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "--out " + artifacts
                    + " is a file, not a folder; give a folder path (it is created when absent)");
        }
        if (workspace != null && Files.isDirectory(workspace)) {
            try (Stream<Path> s = Files.list(workspace)) {
                if (s.findAny().isPresent()) {
                    throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "--workspace " + workspace
                            + " is not empty; a rehearsal needs a fresh workspace: give a new folder or leave it out");
                }
            } catch (IOException e) {
                throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot read " + workspace + ": "
                        + e.getMessage(), e);
            }
        } else if (workspace != null && Files.exists(workspace)) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "--workspace " + workspace
                    + " is a file, not a folder; give a new folder path");
        }
        try {
            if (Files.isDirectory(root) && !Files.exists(root.resolve(MARKER))) {
                try (Stream<Path> s = Files.list(root)) {
                    if (s.findAny().isPresent()) {
                        throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, root + " holds files that no "
                                + "dry run made; choose another --artifacts folder or empty it");
                    }
                }
            }
            Files.createDirectories(root);
            Files.writeString(root.resolve(MARKER), "made by solvereign dry-run; its sub-folders are replaced by the next run\n");
            for (String f : FOLDERS) {
                deleteTree(root.resolve(f));
                if (workspace == null || !f.equals("workspace")) {
                    Files.createDirectories(root.resolve(f));
                }
            }
            if (workspace != null) {
                Files.createDirectories(workspace);
            }
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot prepare " + root + ": " + e.getMessage(), e);
        }
        return new DryRunFiles(root, workspace);
    }

    /** The files of an artifacts folder a dry run has just prepared (workspace as given to {@code prepare}). */
    static DryRunFiles existing(Path artifacts, Path workspace) {
        return new DryRunFiles(artifacts.toAbsolutePath().normalize(), workspace);
    }

    /** Writes {@code reports/drill-<kind>.md} and refreshes {@code logs/trail.jsonl}; returns the report. */
    Path writeDrillReport(String kind, DryRun.Outcome baseline, List<StepResult> steps, List<DrillChecks.Check> checks,
                          List<TrailEntry> trail) {
        Path report = write(reports().resolve("drill-" + kind + ".md"),
                DrillReport.markdown(kind, root, baseline, steps, checks).getBytes(StandardCharsets.UTF_8));
        writeTrail(trail);
        return report;
    }

    /** {@code logs/trail.jsonl}: the workspace's trail, one canonical JSON object a line. */
    private void writeTrail(List<TrailEntry> trail) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        StringBuilder sb = new StringBuilder();
        for (TrailEntry e : trail) {
            ObjectNode details = f.objectNode();
            e.details().forEach(details::put);
            ObjectNode n = f.objectNode().put("sequence", e.sequence()).put("at", e.at().toString())
                    .put("actor", e.actor()).put("action", e.action().name()).put("subject_id", e.subjectId())
                    .put("reason", e.reason());
            n.set("details", details);
            sb.append(CanonicalJson.canonicalize(n)).append('\n');
        }
        write(root.resolve("logs/trail.jsonl"), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    Path workspace() {
        return workspace;
    }

    Path reports() {
        return root.resolve("reports");
    }

    void writeInput(String name, byte[] bytes) {
        write(root.resolve("input").resolve(Path.of(name).getFileName().toString()), bytes);
    }

    void writeReportFile(String name, byte[] bytes) {
        write(reports().resolve(name), bytes);
    }

    Path writeEvidence(String name, byte[] bytes) {
        return write(root.resolve("evidence").resolve(name), bytes);
    }

    byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path relative to the artifacts folder, with {@code /}. */
    String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Writes {@code reports/dry-run.md}, {@code logs/dry-run.log} and {@code logs/trail.jsonl}; returns the report. */
    Path writeReportAndLogs(String inputName, List<StepResult> results, List<TrailEntry> trail) {
        Path report = write(reports().resolve("dry-run.md"),
                DryRunReport.markdown(inputName, root, results).getBytes(StandardCharsets.UTF_8));
        write(root.resolve("logs/dry-run.log"), DryRunReport.log(results).getBytes(StandardCharsets.UTF_8));
        writeTrail(trail);
        return report;
    }

    private static Path write(Path file, byte[] bytes) {
        return AtomicFiles.write(file, bytes);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
