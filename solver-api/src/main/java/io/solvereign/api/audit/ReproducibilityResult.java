package io.solvereign.api.audit;

import java.util.Objects;

/**
 * The reproducibility gate: did a real re-solve give the plan's {@code output_hash}?
 *
 * @param status             PASS when the hashes match, FAIL when they differ or the re-solve
 *                           failed, NOT_RUN when no re-solve was asked for
 * @param expectedOutputHash the plan's recorded output_hash (empty when audited without a plan)
 * @param actualOutputHash   the re-solve's output_hash, empty unless it ran and returned
 * @param detail             a human sentence saying what happened
 */
public record ReproducibilityResult(AuditStatus status, String expectedOutputHash, String actualOutputHash,
                                    String detail) {

    /**
     * Creates the record, checking its components.
     *
     * @param status PASS when the hashes match, FAIL when they differ or the re-solve
     *               failed, NOT_RUN when no re-solve was asked for
     * @param expectedOutputHash the plan's recorded output_hash (empty when audited without a plan)
     * @param actualOutputHash the re-solve's output_hash, empty unless it ran and returned
     * @param detail a human sentence saying what happened
     */
    public ReproducibilityResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expectedOutputHash, "expectedOutputHash");
        Objects.requireNonNull(actualOutputHash, "actualOutputHash");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * No re-solve was run, so the release gate stays closed.
     *
     * @param expectedOutputHash the plan's recorded output_hash (empty when audited without a plan)
     * @return a result with status {@code NOT_RUN}
     */
    public static ReproducibilityResult notRun(String expectedOutputHash) {
        return new ReproducibilityResult(AuditStatus.NOT_RUN, expectedOutputHash, "",
                "not run: no re-solve was requested");
    }

    /**
     * Compares the recorded hash with the re-solve's hash.
     *
     * @param expectedOutputHash the plan's recorded output_hash (empty when audited without a plan)
     * @param actualOutputHash the re-solve's output_hash, empty unless it ran and returned
     * @return PASS when the hashes are equal, else FAIL
     */
    public static ReproducibilityResult compare(String expectedOutputHash, String actualOutputHash) {
        boolean same = expectedOutputHash.equals(actualOutputHash);
        return new ReproducibilityResult(same ? AuditStatus.PASS : AuditStatus.FAIL, expectedOutputHash,
                actualOutputHash, same ? "re-solve gave the same output_hash"
                        : "re-solve gave output_hash " + actualOutputHash + ", plan records " + expectedOutputHash);
    }

    /**
     * {@return the re-solve itself failed; reported as FAIL with the reason}
     *
     * @param expectedOutputHash the plan's recorded output_hash (empty when audited without a plan)
     * @param reason why, recorded in the trail (not blank)
     */
    public static ReproducibilityResult failed(String expectedOutputHash, String reason) {
        return new ReproducibilityResult(AuditStatus.FAIL, expectedOutputHash, "", "re-solve failed: " + reason);
    }
}
