package io.solvereign.harness.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted password hashes with the JDK's {@code PBKDF2WithHmacSHA256}: a random 16-byte salt per user,
 * a 256-bit key, and the iteration count stored in the hash, written as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$KEY} (Base64). {@link #DEFAULT_ITERATIONS} follows OWASP's
 * 2023 advice for this function; older hashes with fewer iterations still verify.
 */
public final class PasswordHashes {
    /** The iteration count of new hashes (OWASP password storage cheat sheet, PBKDF2-HMAC-SHA256). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewer iterations than this are refused, so a users file cannot be weakened by hand. */
    static final int MIN_ITERATIONS = 10_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    /** Hashes with {@code iterations} rounds (at least {@value #MIN_ITERATIONS}). */
    public PasswordHashes(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be >= " + MIN_ITERATIONS + ", was " + iterations);
        }
        this.iterations = iterations;
    }

    /** Hashes with {@link #DEFAULT_ITERATIONS}. */
    public static PasswordHashes standard() {
        return new PasswordHashes(DEFAULT_ITERATIONS);
    }

    /** A new salted hash of the password. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /** True when the password matches the stored hash (constant-time compare); false for a malformed hash. */
    public static boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            if (rounds < MIN_ITERATIONS) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, rounds));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when the text has the form of a hash this class writes. */
    static boolean looksLikeHash(String stored) {
        return stored != null && stored.startsWith(PREFIX + "$") && stored.split("\\$", -1).length == 4;
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds) {
        KeySpec spec = new PBEKeySpec(password, salt, rounds, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }
}
