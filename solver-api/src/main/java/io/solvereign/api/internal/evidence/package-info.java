/**
 * Implementation, not API (exported only to the SOLVEREIGN modules): the evidence zip writer and verifier.
 *
 * <p>{@link io.solvereign.api.internal.evidence.EvidencePack#write} turns
 * {@link io.solvereign.api.evidence.EvidenceInputs} into zip bytes: entries sorted by name, stored
 * uncompressed (so no zlib version can change the bytes), every entry time fixed at 2026-01-01 00:00
 * local DOS time with no extended timestamp field (1980-01-01 00:00 would make the JDK add a
 * zone-dependent one), no wall clock anywhere; the same inputs give byte-identical zips.
 * {@link io.solvereign.api.internal.evidence.PackVerification} checks a zip for an
 * {@link io.solvereign.api.evidence.EvidenceVerifier}; it never throws for a corrupt pack.
 */
package io.solvereign.api.internal.evidence;
