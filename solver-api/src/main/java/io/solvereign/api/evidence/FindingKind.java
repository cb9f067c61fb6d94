package io.solvereign.api.evidence;

/** What kind of drift a verification finding reports. */
public enum FindingKind {
    /** The zip cannot be read (or holds no entries). */
    CORRUPT_ZIP,
    /** The zip's bytes differ from the canonical layout of its own entries (re-packed or edited structure). */
    ZIP_NOT_CANONICAL,
    /** An entry name occurs twice. */
    DUPLICATE_ENTRY,
    /** A required or listed file is absent. */
    MISSING_FILE,
    /** A file that belongs to no pack layout, or is listed nowhere. */
    EXTRA_FILE,
    /** A file's bytes differ from its recorded size or SHA-256. */
    HASH_MISMATCH,
    /** {@code manifest.json} is not valid JSON of the expected shape. */
    MALFORMED_MANIFEST,
    /** {@code manifest_hash} is not the hash of the rest of the manifest. */
    MANIFEST_HASH_MISMATCH,
    /** {@code manifest.json} is not in canonical form (whitespace, key order). */
    MANIFEST_NOT_CANONICAL,
    /** {@code checksums.txt} disagrees with the files, is malformed, or is not sorted sha256sum text. */
    CHECKSUMS_MISMATCH,
    /** A key was given but the pack has no signature. */
    SIGNATURE_MISSING,
    /** The HMAC-SHA256 of the manifest does not match {@code signature.hmac}. */
    SIGNATURE_MISMATCH,
    /** The manifest says the pack is signed, but no key was given to check it (and unsigned packs are not allowed). */
    SIGNATURE_UNCHECKED,
    /** Re-running the audits gave other results than {@code audit_results.json} (reported by a check). */
    AUDIT_DRIFT,
    /** A re-solve gave another output_hash (reported by a check). */
    OUTPUT_HASH_DRIFT,
    /** solver_output.json is not a readable plan, or its hashes disagree with the manifest or each other. */
    PLAN_INCONSISTENT,
    /** A pluggable check threw instead of answering. */
    CHECK_ERROR
}
