package io.solvereign.harness.runbook;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.BoundedFiles;
import io.solvereign.api.io.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Where the HMAC key of evidence packs comes from: a key file given on the command line, else the
 * environment variable {@code SOLVEREIGN_HMAC_SECRET}, else none (packs are unsigned).
 */
public final class HmacKeys {
    /** The environment variable holding the key (its UTF-8 bytes). */
    public static final String ENV = "SOLVEREIGN_HMAC_SECRET";

    private HmacKeys() {
    }

    /**
     * The key bytes, empty when there is none.
     *
     * @param keyFile a file whose bytes are the key (one trailing line break is dropped), or null
     * @param env     reads an environment variable ({@code System::getenv} in production)
     * @throws SolvereignException {@code UNREADABLE_INPUT} when the key file cannot be read or is empty,
     *                             {@code INPUT_TOO_LARGE} above its limit (64 KB)
     */
    public static byte[] resolve(Path keyFile, UnaryOperator<String> env) {
        if (keyFile != null) {
            byte[] bytes = BoundedFiles.readBytes(keyFile, ReadLimits.fromProperties(System::getProperty).keyBytes(),
                    "--hmac-key-file", "keyBytes");
            bytes = dropLineBreak(bytes);
            if (bytes.length == 0) {
                throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "--hmac-key-file " + keyFile + " is empty");
            }
            return bytes;
        }
        String secret = env.apply(ENV);
        return secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Editors add a final newline; it is never meant as part of the key. */
    private static byte[] dropLineBreak(byte[] b) {
        int n = b.length;
        if (n > 0 && b[n - 1] == '\n') {
            n--;
            if (n > 0 && b[n - 1] == '\r') {
                n--;
            }
        }
        return Arrays.copyOf(b, n);
    }
}
