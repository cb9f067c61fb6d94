package io.solvereign.api.internal.evidence;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 as lowercase hex. */
final class Hmac {
    private static final String ALGORITHM = "HmacSHA256";

    private Hmac() {
    }

    /**
     * Lowercase hex HMAC-SHA256 of the message under the key.
     *
     * @throws IllegalArgumentException for an empty key
     */
    static String sha256Hex(byte[] key, byte[] message) {
        if (key.length == 0) {
            throw new IllegalArgumentException("HMAC key must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform must provide " + ALGORITHM, e);
        }
    }
}
