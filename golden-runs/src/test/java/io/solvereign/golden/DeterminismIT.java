package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Forecast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN §3 reproducibility on the built-in example: the same output_hash on a second solve in this
 * JVM, in child JVMs with and without {@code -XX:ActiveProcessorCount=1}, and after shuffling the
 * forecast's lines; and on a short week whose attempts run in parallel, with one core.
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
        Map<String, String> all = ChildJvm.hashMain(ChildJvm.thisJava(), List.of());
        Map<String, String> one = ChildJvm.hashMain(ChildJvm.thisJava(), List.of("-XX:ActiveProcessorCount=1"));
        assertEquals("1", one.get("processors"), "the flag must reach the child JVM");
        assertEquals(expected, all.get("output_hash"), "default child JVM (" + all.get("processors") + " processors)");
        assertEquals(expected, one.get("output_hash"), "child JVM with -XX:ActiveProcessorCount=1");
    }

    /**
     * On a short week the selections run side by side on a pool of at most one thread per processor:
     * the plan must not depend on it (one core runs them one after another).
     */
    @Test
    void parallelAttemptsGiveTheSameOutputHashOnOneCore() throws Exception {
        String expected = GoldenSolves.solve(HashMain.shortWeek()).plan().outputHash();
        Map<String, String> one = ChildJvm.hashMain(ChildJvm.thisJava(), List.of("-XX:ActiveProcessorCount=1"), "short");
        assertEquals("1", one.get("processors"), "the flag must reach the child JVM");
        assertEquals(expected, one.get("output_hash"), "child JVM with -XX:ActiveProcessorCount=1 ("
                + Runtime.getRuntime().availableProcessors() + " processors here)");
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
}
