package io.solvereign.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages form no cycle with its entry package: the stages (block, bound, select,
 * assign, repair, scenario, internal) never import {@code io.solvereign.engine.X} (Solvers,
 * Repairs, ...); only the entry package wires them together.
 */
class PackageCycleTest {
    private static final Path ENGINE = Path.of("src", "main", "java", "io", "solvereign", "engine");
    private static final Pattern ENTRY_IMPORT = Pattern.compile("(?m)^import (static )?io\\.solvereign\\.engine\\.[A-Z]");

    @Test
    void noStagePackageImportsTheEntryPackage() throws IOException {
        assertTrue(Files.isDirectory(ENGINE), "run from the solver-engine module: " + ENGINE.toAbsolutePath());
        List<String> offenders;
        long scanned;
        try (Stream<Path> files = Files.walk(ENGINE)) {
            List<Path> stageFiles = files
                    .filter(f -> f.toString().endsWith(".java") && !f.getParent().equals(ENGINE))
                    .sorted()
                    .toList();
            scanned = stageFiles.size();
            offenders = stageFiles.stream().filter(PackageCycleTest::importsEntry).map(Path::toString).toList();
        }
        assertTrue(scanned > 20, "scanned only " + scanned + " stage files");
        assertEquals(List.of(), offenders);
    }

    private static boolean importsEntry(Path file) {
        try {
            return ENTRY_IMPORT.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
