package io.solvereign.api.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies evidence packs (DOMAIN §14): re-reads every entry, checks every size and SHA-256 against
 * the manifest, the {@code manifest_hash}, {@code checksums.txt}, the signature when a key is given,
 * missing and extra files and the canonical zip layout, then runs the pluggable checks. Every drift
 * is a {@link Finding} naming its file. Never throws for a corrupt or hostile zip.
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

    /** Configures a verifier; setters validate at once. */
    final class Builder {
        private byte[] hmacKey = new byte[0];
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

        /** Adds a check run after the built-in ones, in the order added. */
        public Builder addCheck(EvidenceCheck check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /** The immutable verifier. */
        public EvidenceVerifier build() {
            byte[] key = hmacKey.clone();
            List<EvidenceCheck> list = List.copyOf(checks);
            return zip -> new PackVerification(Objects.requireNonNull(zip, "zip"), key, list).run();
        }
    }
}
