package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Forecast;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN §3 reproducibility on the built-in example: the same output_hash on a second solve in this
 * JVM, in child JVMs with and without {@code -XX:ActiveProcessorCount=1}, and after shuffling the
 * forecast's lines.
 */
class DeterminismIT {

    @Test
    void aSecondSolveInTheSameJvmGivesTheSamePlan() {
        SolveResult first = GoldenSolves.builtin();
        SolveResult again = GoldenSolves.solve(GoldenSolves.builtinForecast());
        assertEquals(first.plan().outputHash(), again.plan().outputHash());
        assertEquals(first.plan().assignments(), again.plan().assignments());
        assertEquals(first.plan().lowerBoundCertificate(), again.plan().lowerBoundCertificate());
    }

    @Test
    void childJvmsWithOneAndAllCoresGiveTheSameOutputHash() throws Exception {
        String expected = GoldenSolves.builtin().plan().outputHash();
        List<String> all = child(List.of());
        List<String> one = child(List.of("-XX:ActiveProcessorCount=1"));
        assertEquals("processors=1", one.get(0), "the flag must reach the child JVM");
        assertEquals("output_hash=" + expected, all.get(1), "default child JVM (" + all.get(0) + ")");
        assertEquals("output_hash=" + expected, one.get(1), "child JVM with -XX:ActiveProcessorCount=1");
    }

    @Test
    void shuffledForecastLinesGiveTheSameOutputHash() {
        List<String> lines = new ArrayList<>(GoldenSolves.builtinText().lines().toList());
        List<String> original = List.copyOf(lines);
        Collections.shuffle(lines, new Random(20_260_105L));
        assertNotEquals(original, lines, "the shuffle must change the order");
        Forecast shuffled = GoldenSolves.parse(String.join("\n", lines) + "\n");
        SolveResult r = GoldenSolves.solve(shuffled);
        SolveResult first = GoldenSolves.builtin();
        assertEquals(first.plan().inputHash(), r.plan().inputHash());
        assertEquals(first.plan().outputHash(), r.plan().outputHash());
    }

    /** Runs {@link HashMain} in a fresh JVM on this test class path; returns its {@code processors=} and {@code output_hash=} lines. */
    private static List<String> child(List<String> jvmFlags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(HashMain.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM did not finish: " + cmd);
        assertEquals(0, p.exitValue(), "child JVM failed: " + cmd + "\n" + out);
        List<String> lines = out.lines().filter(l -> l.startsWith("processors=") || l.startsWith("output_hash=")).toList();
        assertEquals(2, lines.size(), "child output: " + out);
        return lines;
    }
}
