package io.solvereign.harness.store;

import io.solvereign.api.internal.io.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ledger's hash chain. Each ledger record links the previous record's link with its own position,
 * kind, reference and content hash: {@code link = H(prev_link \n seq \n kind \n ref \n content_hash)},
 * where {@code H} is SHA-256 without a key and HMAC-SHA256 with one. Without a key an edit that does
 * not recompute every later link is detected; with a key no rewrite can be made consistent without it.
 */
final class Chain {
    /** Mode stored in {@code workspace_meta} so that a downgrade to the unkeyed mode is noticed. */
    static final String KEYED = "hmac-sha256";
    static final String UNKEYED = "sha256";

    private final byte[] key;

    Chain(byte[] key) {
        this.key = key.clone();
    }

    boolean keyed() {
        return key.length > 0;
    }

    String mode() {
        return keyed() ? KEYED : UNKEYED;
    }

    /** The link of a record given the previous link (the genesis link is the workspace id). */
    String link(String prevLink, long seq, String kind, String ref, String contentHash) {
        return digest(prevLink + "\n" + seq + "\n" + kind + "\n" + ref + "\n" + contentHash);
    }

    /** The seal of the chain head (a different domain than links, so no stored link can stand in for it). */
    String seal(long seq, String link) {
        return digest("solvereign head seal\n" + seq + "\n" + link);
    }

    /** A value that only the right key reproduces, stored to tell a wrong key from a forged chain. */
    String keyCheck(String workspaceId) {
        return digest("solvereign key check\n" + workspaceId);
    }

    private String digest(String text) {
        if (!keyed()) {
            return Hashes.sha256Hex(text);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
