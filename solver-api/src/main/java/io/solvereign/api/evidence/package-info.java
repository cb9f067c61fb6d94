/**
 * Evidence packs (DOMAIN §14): one reproducible zip per plan holding its inputs, outputs, audit
 * results and a manifest of hashes, plus a verifier that re-reads every file and names every drift.
 *
 * <p>This package holds what goes in and what comes out: {@link io.solvereign.api.evidence.EvidenceInputs},
 * the {@link io.solvereign.api.evidence.EvidenceManifest}, the {@link io.solvereign.api.evidence.VerificationResult}
 * with its findings, the {@link io.solvereign.api.evidence.EvidenceVerifier} configuration, and the
 * {@link io.solvereign.api.evidence.EvidenceCheck} SPI through which further checks (re-run audits,
 * re-solve) plug in. Write and verify packs with {@link io.solvereign.api.Evidence}.
 */
package io.solvereign.api.evidence;
