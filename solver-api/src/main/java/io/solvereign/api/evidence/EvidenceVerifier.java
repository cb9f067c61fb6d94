package io.solvereign.api.evidence;

import io.solvereign.api.internal.evidence.PackVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies evidence packs (DOMAIN §14): re-reads every entry, checks every size and SHA-256 against
 * the manifest, the {@code manifest_hash}, {@code checksums.txt}, the signature when a key is given,
 * missing and extra files and the canonical zip layout, then runs the pluggable checks. Every drift
 * is a {@link Finding} naming its file. Integrity and authenticity are reported apart
 * ({@link VerificationResult#authenticity()}): without a key a pack is never called authentic, a
 * pack that says it is signed fails unless {@link Builder#allowUnsigned(boolean)}, and
 * {@link Builder#requireSignature(boolean)} fails unsigned packs. Never throws for a corrupt zip; a
 * zip whose entries inflate beyond the limits is refused with
 * {@link io.solvereign.api.ErrorCode#INPUT_TOO_LARGE} before anything is buffered.
 *
 * <pre>{@code
 * VerificationResult r = EvidenceVerifier.newBuilder().hmacKey(key).addCheck(reAudit).build().verify(zip);
 * }</pre>
 */
public interface EvidenceVerifier {

    /** Verifies the zip bytes. */
    VerificationResult verify(byte[] zip);

    /** A verifier without key and without extra checks. */
    static EvidenceVerifier create() {
        return newBuilder().build();
    }

    /** A builder for a verifier with a key and/or extra checks. */
    static Builder newBuilder() {
        return new Builder();
    }

    /**
     * What the verifier demands of signatures beyond checking one under a given key.
     *
     * @param required       an unsigned pack fails ({@code --require-signature})
     * @param allowUnchecked a pack that says it is signed passes without a key to check it ({@code --allow-unsigned})
     */
    record Signatures(boolean required, boolean allowUnchecked) {
    }

    /** Configures a verifier; setters validate at once. */
    final class Builder {
        private byte[] hmacKey = new byte[0];
        private boolean requireSignature;
        private boolean allowUnsigned;
        private io.solvereign.api.io.ReadLimits limits = io.solvereign.api.io.ReadLimits.defaults();
        private final List<EvidenceCheck> checks = new ArrayList<>();

        private Builder() {
        }

        /**
         * Checks {@code signature.hmac} with this key; a pack without signature then fails.
         *
         * @throws IllegalArgumentException for an empty key
         */
        public Builder hmacKey(byte[] key) {
            Objects.requireNonNull(key, "key");
            if (key.length == 0) {
                throw new IllegalArgumentException("HMAC key must not be empty");
            }
            hmacKey = key.clone();
            return this;
        }

        /** An unsigned pack fails, with or without a key. Default: false. */
        public Builder requireSignature(boolean require) {
            requireSignature = require;
            return this;
        }

        /**
         * A pack whose manifest says it is signed passes without a key to check the signature
         * (authenticity is then reported as not checked). Default: false, such a pack fails.
         */
        public Builder allowUnsigned(boolean allow) {
            allowUnsigned = allow;
            return this;
        }

        /** Limits on each inflated entry and on all entries together. Default: {@link io.solvereign.api.io.ReadLimits#defaults()}. */
        public Builder limits(io.solvereign.api.io.ReadLimits readLimits) {
            limits = Objects.requireNonNull(readLimits, "readLimits");
            return this;
        }

        /** Adds a check run after the built-in ones, in the order added. */
        public Builder addCheck(EvidenceCheck check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /** The immutable verifier. */
        public EvidenceVerifier build() {
            byte[] key = hmacKey.clone();
            List<EvidenceCheck> list = List.copyOf(checks);
            Signatures policy = new Signatures(requireSignature, allowUnsigned);
            io.solvereign.api.io.ReadLimits caps = limits;
            return zip -> new PackVerification(Objects.requireNonNull(zip, "zip"), key, list, policy, caps).run();
        }
    }
}
