package io.solvereign.api.internal.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A plan too big for the heap is refused before any byte is read, with the fix named (issue 8, hostile files). */
class PlanHeapCheckTest {
    private static final long MB = 1024 * 1024;

    @Test
    void aPlanNeedingMoreThanTheHeapIsRefusedNamingSizesAndTheFix() {
        SolvereignException e = assertThrows(SolvereignException.class,
                () -> PlanJson.requireHeapFor(Path.of("big.json"), 88 * MB, 64 * MB));
        assertEquals(ErrorCode.INPUT_TOO_LARGE, e.code());
        assertTrue(e.getMessage().contains("big.json") && e.getMessage().contains("64 MB")
                && e.getMessage().contains("-Xmx"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aPlanWithinHalfTheHeapIsRead() {
        assertDoesNotThrow(() -> PlanJson.requireHeapFor(Path.of("ok.json"), 88 * MB, 256 * MB));
        assertThrows(SolvereignException.class, () -> PlanJson.requireHeapFor(Path.of("edge.json"), 128 * MB + 1, 256 * MB));
    }
}
