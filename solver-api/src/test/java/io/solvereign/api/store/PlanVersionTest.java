package io.solvereign.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.Hashes;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlanVersionTest {
    private static final byte[] OUT = {'{', '}'};
    private static final PlanVersion DRAFT = new PlanVersion("P0001", "F0001", PlanStatus.DRAFT, "", OUT, new byte[0],
            Hashes.sha256Hex(OUT), Instant.EPOCH);

    @Test
    void aDraftMayTakeAuditResultsAndThenChangeStatusWithoutContentChanges() {
        PlanVersion audited = DRAFT.withAuditResults(new byte[] {'1'});
        PlanVersion.requireLegalUpdate(DRAFT, audited);
        PlanVersion.requireLegalUpdate(audited, audited.withStatus(PlanStatus.LOCKED));
        assertThrows(IllegalArgumentException.class,
                () -> PlanVersion.requireLegalUpdate(DRAFT, audited.withStatus(PlanStatus.LOCKED)));
    }

    @Test
    void identityNeverChanges() {
        PlanVersion other = new PlanVersion("P0001", "F0002", PlanStatus.DRAFT, "", OUT, new byte[0],
                Hashes.sha256Hex(OUT), Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, () -> PlanVersion.requireLegalUpdate(DRAFT, other));
    }

    @Test
    void lockedMayOnlyBecomeSupersededAndSupersededIsFinal() {
        PlanVersion locked = DRAFT.withStatus(PlanStatus.LOCKED);
        PlanVersion.requireLegalUpdate(locked, locked.withStatus(PlanStatus.SUPERSEDED));
        SolvereignException e = assertThrows(SolvereignException.class,
                () -> PlanVersion.requireLegalUpdate(locked, locked.withAuditResults(new byte[] {'x'})));
        assertEquals(ErrorCode.ALREADY_LOCKED, e.code());
        SolvereignException s = assertThrows(SolvereignException.class, () -> PlanVersion.requireLegalUpdate(
                locked.withStatus(PlanStatus.SUPERSEDED), locked.withStatus(PlanStatus.SUPERSEDED)));
        assertEquals(ErrorCode.INVALID_TRANSITION, s.code());
    }

    @Test
    void bytesAreComparedByContentAndCopied() {
        byte[] out = OUT.clone();
        PlanVersion p = new PlanVersion("P0001", "F0001", PlanStatus.DRAFT, "", out, new byte[0],
                Hashes.sha256Hex(OUT), Instant.EPOCH);
        out[0] = 'X';
        assertEquals(DRAFT, p);
        assertEquals(DRAFT.hashCode(), p.hashCode());
        assertNotEquals(DRAFT, p.withAuditResults(new byte[] {'1'}));
    }

    @Test
    void idsAreZeroPaddedSequences() {
        assertEquals("P0001", PlanStore.planId(1));
        assertEquals("F0042", PlanStore.forecastId(42));
        assertEquals("P12345", PlanStore.planId(12345));
        assertThrows(IllegalArgumentException.class, () -> PlanStore.planId(0));
    }
}
