package io.solvereign.api;

import io.solvereign.api.evidence.EvidenceInputs;
import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.EvidenceVerifier;
import io.solvereign.api.evidence.VerificationResult;
import io.solvereign.api.internal.evidence.EvidencePack;
import java.util.Optional;

/**
 * Evidence packs (DOMAIN §14): a deterministic zip of the forecast, its canonical form, the plan,
 * the audit results and the KPIs, with a manifest of sizes and SHA-256s and an optional HMAC
 * signature; and their verification. The same inputs and key always give the same bytes.
 *
 * <pre>{@code
 * byte[] zip = Evidence.export(inputs, key);
 * VerificationResult r = Evidence.verify(zip, key);   // r.ok(), r.findings(), r.authenticity()
 * }</pre>
 *
 * For extra checks or a signature policy, build a verifier with {@link #verifier()}.
 */
public final class Evidence {
    private Evidence() {
    }

    /** An unsigned pack: proves integrity, not authorship. */
    public static byte[] export(EvidenceInputs inputs) {
        return EvidencePack.write(inputs);
    }

    /**
     * A pack signed with HMAC-SHA256 of its manifest under the key.
     *
     * @throws IllegalArgumentException for an empty key
     */
    public static byte[] export(EvidenceInputs inputs, byte[] hmacKey) {
        return EvidencePack.write(inputs, hmacKey);
    }

    /**
     * Verifies a pack without a key: every entry, size, SHA-256, the manifest hash, the checksums and
     * the zip layout. Such a pack is never reported as authentic. Never throws for a corrupt zip.
     */
    public static VerificationResult verify(byte[] zip) {
        return EvidenceVerifier.create().verify(zip);
    }

    /**
     * Verifies a pack and its signature under the key; an unsigned pack then fails.
     *
     * @throws IllegalArgumentException for an empty key
     */
    public static VerificationResult verify(byte[] zip, byte[] hmacKey) {
        return EvidenceVerifier.newBuilder().hmacKey(hmacKey).build().verify(zip);
    }

    /** A builder for a verifier with a key, a signature policy, limits and extra checks. */
    public static EvidenceVerifier.Builder verifier() {
        return EvidenceVerifier.newBuilder();
    }

    /** The parsed manifest of a pack, empty when it is missing or malformed. */
    public static Optional<EvidenceManifest> readManifest(byte[] zip) {
        return EvidencePack.readManifest(zip);
    }
}
