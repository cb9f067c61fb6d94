package io.solvereign.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.Plans;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.io.ExampleForecasts;
import io.solvereign.examples.EmbeddingExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example plans the built-in week up to an open release gate (two solves). */
class EmbeddingExampleIT {

    @Test
    void exampleOpensTheReleaseGateOnTheBuiltInWeek(@TempDir Path dir) throws IOException {
        Path week = Files.write(dir.resolve("week.txt"), ExampleForecasts.viennaWeekBytes());
        Path planFile = dir.resolve("solver_output.json");

        AuditReport audit = EmbeddingExample.planWeek(week, planFile);

        assertTrue(audit.releaseGate(), audit.summary());
        assertEquals(audit.reproducibility().expectedOutputHash(), Plans.read(planFile).outputHash(),
                "the written plan is the audited one");
    }
}
