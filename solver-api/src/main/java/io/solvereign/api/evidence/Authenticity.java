package io.solvereign.api.evidence;

/**
 * What a verification proved about who made a pack, beside its integrity. Integrity (every hash,
 * the manifest, the checksums) only shows the files agree with each other: anyone with the public
 * API can rebuild a consistent pack. Only the HMAC signature checked under the site's key shows the
 * pack was made by a holder of that key and not changed since.
 */
public enum Authenticity {
    /** The signature was checked under the given key and matches. */
    VERIFIED("verified"),
    /** A key was given and the signature is missing or wrong, or a required signature is absent. */
    FAILED("failed"),
    /** No key was given, so nothing about the pack's origin was checked. */
    NOT_CHECKED("not checked");

    private final String words;

    Authenticity(String words) {
        this.words = words;
    }

    /** {@return the status in words, as text and JSON output show it ({@code not checked})} */
    public String words() {
        return words;
    }
}
