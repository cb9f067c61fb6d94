/**
 * Evidence packs (DOMAIN §14): one reproducible zip per plan holding its inputs, outputs, audit
 * results and a manifest of hashes, plus a verifier that re-reads every file and names every drift.
 *
 * <p>{@link io.solvereign.api.evidence.EvidencePack#write} turns {@link io.solvereign.api.evidence.EvidenceInputs}
 * into zip bytes: entries sorted by name, stored uncompressed (so no zlib version can change the
 * bytes), every entry time fixed at 2026-01-01 00:00 local DOS time with no extended
 * timestamp field (1980-01-01 00:00 would make the JDK add a zone-dependent one), no wall clock
 * anywhere; the same inputs give byte-identical zips. {@link io.solvereign.api.evidence.EvidenceVerifier} checks a zip and returns a
 * {@link io.solvereign.api.evidence.VerificationResult}; it never throws for a corrupt pack.
 * Further checks (re-run audits, re-solve) plug in as {@link io.solvereign.api.evidence.EvidenceCheck}s.
 */
package io.solvereign.api.evidence;
