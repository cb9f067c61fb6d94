package io.solvereign.api.store;

import io.solvereign.api.internal.store.Checks;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One imported forecast, stored exactly as received plus its canonical form (DOMAIN §3, §12).
 *
 * @param id            sequence id, e.g. {@code F0001}
 * @param inputHash     SHA-256 of {@code canonicalText} (lowercase hex)
 * @param originalBytes the input file exactly as received (copied in and out)
 * @param canonicalText the canonical lines joined by {@code \n}
 * @param createdAt     when it was imported, from the lifecycle's clock
 * @param meta          kind, week, parent and attributes ({@link ForecastMeta#none()} for a plain import)
 */
public record ForecastVersion(String id, String inputHash, byte[] originalBytes, String canonicalText,
                              Instant createdAt, ForecastMeta meta) {

    public ForecastVersion {
        Checks.requireText("id", id);
        Checks.requireSha256("inputHash", inputHash);
        originalBytes = Objects.requireNonNull(originalBytes, "originalBytes").clone();
        Objects.requireNonNull(canonicalText, "canonicalText");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(meta, "meta");
    }

    /** A plain import without week, parent or attributes. */
    public ForecastVersion(String id, String inputHash, byte[] originalBytes, String canonicalText, Instant createdAt) {
        this(id, inputHash, originalBytes, canonicalText, createdAt, ForecastMeta.none());
    }

    /** A copy of the original input bytes. */
    @Override
    public byte[] originalBytes() {
        return originalBytes.clone();
    }

    /** Equal when every component is equal, bytes compared by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ForecastVersion f && id.equals(f.id) && inputHash.equals(f.inputHash)
                && Arrays.equals(originalBytes, f.originalBytes) && canonicalText.equals(f.canonicalText)
                && createdAt.equals(f.createdAt) && meta.equals(f.meta);
    }

    /** Hash over every component, bytes by content. */
    @Override
    public int hashCode() {
        return Objects.hash(id, inputHash, Arrays.hashCode(originalBytes), canonicalText, createdAt, meta);
    }

    /** Id, hash, sizes and time; never the content. */
    @Override
    public String toString() {
        return "ForecastVersion[" + id + ", input_hash=" + inputHash + ", " + originalBytes.length + " bytes, "
                + "created_at=" + createdAt + ", " + meta.kind()
                + (meta.weekKey().isEmpty() ? "" : " " + meta.weekKey()) + "]";
    }
}
