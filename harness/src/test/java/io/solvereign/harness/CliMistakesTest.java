package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * User and environment mistakes, one row each: the exit code, exactly one line on stderr that names
 * the option or file (the given fragment), and no Java in it (no {@code Exception}, no {@code at io.},
 * no qualified class name). {@code {dir}} in an argument is the shared temp folder, which holds a
 * workspace with one solved plan P0001, the small week {@code week.txt}, a file {@code afile} and a
 * forecast mixing {@code ;} and {@code ,}.
 */
class CliMistakesTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void workspaceWithAPlan() throws IOException {
        RunbookFixture f = new RunbookFixture(dir);
        assertEquals("P0001", f.solve());
        Files.writeString(dir.resolve("afile"), "not a folder\n");
        Files.writeString(dir.resolve("bad-rules.json"), "{\"max_weekly_minutes\": \"lots\"}");
        Files.writeString(dir.resolve("mixed.csv"), "Tag;Start;Ende;Anzahl\nMo,06:00,10:00,2\nDi,06:00,10:00,2\n"
                + "Mi,06:00,10:00,2\n", StandardCharsets.UTF_8);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                row(64, "--example", "solve"),
                row(64, "either --input or --example", "solve", "-i", "{dir}/week.txt", "--example"),
                row(64, "time zone", "import", "-i", "{dir}/week.txt", "--time-zone", "Mars/Olympus"),
                row(64, "YYYY-MM-DD", "import", "-i", "{dir}/week.txt", "--week-anchor", "05.01.2026"),
                row(64, "Monday", "import", "-i", "{dir}/week.txt", "--week-anchor", "2026-01-06"),
                row(64, "'abc' is not a whole number", "solve", "-i", "{dir}/week.txt", "--seed", "abc"),
                row(64, "--work-budget", "solve", "-i", "{dir}/week.txt", "--work-budget", "1e6"),
                row(64, "--absent-count", "drill", "sick-call", "--example", "--absent-count", "three"),
                row(64, "'yesterday' is not an ISO date-time", "repair", "--plan", "P0001", "--absent", "D001", "--now", "yesterday"),
                row(64, "YYYY-MM-DD", "freeze-day", "--date", "2026-13-01"),
                row(64, "auto, text, daycsv, tourcsv or json", "import", "-i", "{dir}/week.txt", "--format", "xlsx"),
                row(64, "did you mean", "solve", "--inptu", "{dir}/week.txt"),
                row(64, "ISO week", "plans", "--week", "2026-2"),
                row(64, "DRAFT, LOCKED or SUPERSEDED", "plans", "--status", "OPEN"),
                row(64, "--input FILE", "audit", "--plan", "{dir}/out/solver_output.json"),
                row(64, "--lock-window", "approve", "--plan", "P0001", "--by", "a", "--reason", "r", "--lock-window", "2026"),
                row(64, "Mo,Di,Mi,Do,Fr,Sa,So", "repair", "--plan", "P0001", "--absent", "D001", "--days", "Xy"),
                row(2, "is a file", "solve", "-i", "{dir}/week.txt", "-o", "{dir}/afile"),
                row(2, "/proc/solvereign-out", "solve", "-i", "{dir}/week.txt", "-o", "/proc/solvereign-out"),
                row(2, "is a file", "export-evidence", "--plan", "P0001", "-o", "{dir}/afile"),
                row(2, "is a file", "dry-run", "-i", "{dir}/week.txt", "-o", "{dir}/afile"),
                row(2, "cannot read", "import", "-i", "{dir}/missing.csv"),
                row(2, "cannot read", "hash", "-i", "{dir}"),
                row(2, "mixes ';'", "solve", "-i", "{dir}/mixed.csv"),
                row(2, "NOT_FOUND", "show", "--plan", "P0042"),
                row(2, "NOT_FOUND", "lock", "--plan", "P0042", "--by", "a", "--reason", "r"),
                row(2, "AUDIT_GATE_FAIL", "approve", "--plan", "P0001", "--by", "a", "--reason", "r"),
                row(2, "missing.zip", "verify-evidence", "-i", "{dir}/missing.zip"),
                row(2, "afile", "status", "-w", "{dir}/afile"),
                row(2, "max_weekly_minutes", "solve", "-i", "{dir}/week.txt", "--rules", "{dir}/bad-rules.json"),
                row(2, "missing-rules.json", "repair", "--plan", "P0001", "--absent", "D001", "--rules",
                        "{dir}/missing-rules.json"));
    }

    private static Arguments row(int exit, String names, String... args) {
        return Arguments.of(exit, names, List.of(args));
    }

    @ParameterizedTest(name = "{2} -> {0}")
    @MethodSource("mistakes")
    void aMistakeIsOneLineWithItsExitCode(int exit, String names, List<String> args) {
        List<String> all = new ArrayList<>();
        args.forEach(a -> all.add(a.replace("{dir}", dir.toString())));
        if (!all.contains("-w") && !all.get(0).equals("hash")) {
            all.addAll(List.of("-w", dir.resolve("ws").toString()));
        }
        if (!all.contains("--now") && !all.get(0).equals("hash") && !all.get(0).equals("drill")) {
            all.addAll(List.of("--now", RunbookFixture.NOW));
        }
        Cli r = Cli.run(all.toArray(String[]::new));
        String err = r.err().strip();
        assertEquals(exit, r.exit(), err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("solvereign "), err);
        assertTrue(err.contains(names), "names " + names + ": " + err);
        assertFalse(err.contains("Exception") || err.contains("at io.") || err.matches(".*\\bjava\\.[a-z]+\\..*"), err);
    }

    @Test
    void aFullDiskIsNamedWithItsFix() {
        String line = CliErrors.describe(new FileSystemException("/data/out/plan.json", null, "No space left on device"));
        assertEquals("cannot write /data/out/plan.json: No space left on device; free disk space or write somewhere else",
                line);
        assertEquals("cannot write x: Read-only file system; choose a writable folder",
                CliErrors.describe(new FileSystemException("x", null, "Read-only file system")));
        assertEquals("cannot read the file: disk gone", CliErrors.clean("java.io.IOException: cannot read the file: disk gone"));
    }
}
