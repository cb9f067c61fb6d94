package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.EvidenceInputs;
import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.ManifestFile;
import io.solvereign.api.internal.io.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes evidence packs (DOMAIN §14) and names their parts.
 *
 * <p>Layout: the five data files ({@code audit_results.json}, {@code canonical_input.txt},
 * {@code forecast_input}, {@code kpis.json}, {@code solver_output.json}), {@code manifest.json} (ids,
 * hashes, rule set, data files with size and SHA-256, {@code manifest_hash}), optional
 * {@code signature.hmac} (lowercase hex HMAC-SHA256 of the manifest bytes and a newline), and
 * {@code checksums.txt} (sha256sum lines {@code <hex>  <name>} for every other entry, sorted by name).
 * The same inputs and key always give the same bytes.
 */
public final class EvidencePack {
    /** Value of the manifest's {@code format}. */
    public static final String FORMAT = "solvereign-evidence/1";
    /** The manifest entry. */
    public static final String MANIFEST = "manifest.json";
    /** The original forecast bytes. */
    public static final String FORECAST_INPUT = "forecast_input";
    /** The canonical forecast text. */
    public static final String CANONICAL_INPUT = "canonical_input.txt";
    /** The plan as solved. */
    public static final String SOLVER_OUTPUT = "solver_output.json";
    /** The audit results. */
    public static final String AUDIT_RESULTS = "audit_results.json";
    /** The key figures. */
    public static final String KPIS = "kpis.json";
    /** sha256sum-style list of every other entry. */
    public static final String CHECKSUMS = "checksums.txt";
    /** The optional HMAC of the manifest. */
    public static final String SIGNATURE = "signature.hmac";
    /** Manifest {@code signature} value of a signed pack. */
    public static final String SIGNATURE_HMAC = "hmac-sha256";
    /** Manifest {@code signature} value of an unsigned pack. */
    public static final String SIGNATURE_NONE = "none";
    /** The data files every pack holds, sorted. */
    public static final List<String> DATA_FILES = List.of(AUDIT_RESULTS, CANONICAL_INPUT, FORECAST_INPUT, KPIS,
            SOLVER_OUTPUT);

    private EvidencePack() {
    }

    /** An unsigned pack. */
    public static byte[] write(EvidenceInputs inputs) {
        return write(inputs, new byte[0], false);
    }

    /**
     * A pack signed with HMAC-SHA256 of the manifest bytes under the key.
     *
     * @throws IllegalArgumentException for an empty key
     */
    public static byte[] write(EvidenceInputs inputs, byte[] hmacKey) {
        Objects.requireNonNull(hmacKey, "hmacKey");
        if (hmacKey.length == 0) {
            throw new IllegalArgumentException("HMAC key must not be empty");
        }
        return write(inputs, hmacKey, true);
    }

    /** The parsed manifest of a pack, empty when it is missing or malformed. */
    public static Optional<EvidenceManifest> readManifest(byte[] zip) {
        byte[] bytes = StoredZip.read(zip).entries().get(MANIFEST);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ManifestCodec.toRecord(ManifestCodec.parseObject(bytes)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] write(EvidenceInputs in, byte[] key, boolean signed) {
        Objects.requireNonNull(in, "inputs");
        SortedMap<String, byte[]> entries = new TreeMap<>();
        entries.put(AUDIT_RESULTS, in.auditResultsJson());
        entries.put(CANONICAL_INPUT, in.canonicalInput().getBytes(StandardCharsets.UTF_8));
        entries.put(FORECAST_INPUT, in.forecastInput());
        entries.put(KPIS, in.kpisJson());
        entries.put(SOLVER_OUTPUT, in.solverOutputJson());
        List<ManifestFile> files = new ArrayList<>();
        entries.forEach((name, bytes) -> files.add(new ManifestFile(name, bytes.length, Hashes.sha256Hex(bytes))));

        Map<String, String> ids = new TreeMap<>(Map.of("plan_id", in.planId(), "forecast_version_id",
                in.forecastVersionId(), "baseline_plan_id", in.baselinePlanId()));
        if (!in.workspaceId().isEmpty()) {
            ids.put(EvidenceManifest.WORKSPACE_ID, in.workspaceId());
            ids.put(EvidenceManifest.PLAN_UID, in.planUid());
        }
        Map<String, Object> manifest = ManifestCodec.body(FORMAT, ids,
                Map.of("input_hash", in.inputHash(), "solver_config_hash", in.solverConfigHash(),
                        "output_hash", in.outputHash()),
                ManifestCodec.parseObject(in.ruleSetJson()), signed ? SIGNATURE_HMAC : SIGNATURE_NONE, files);
        manifest.put(ManifestCodec.MANIFEST_HASH, ManifestCodec.hashOf(manifest));
        byte[] manifestBytes = ManifestCodec.canonical(manifest);
        entries.put(MANIFEST, manifestBytes);
        if (signed) {
            entries.put(SIGNATURE, (Hmac.sha256Hex(key, manifestBytes) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        TreeMap<String, String> sums = new TreeMap<>();
        entries.forEach((name, bytes) -> sums.put(name, Hashes.sha256Hex(bytes)));
        entries.put(CHECKSUMS, checksumsText(sums).getBytes(StandardCharsets.UTF_8));
        return StoredZip.write(entries);
    }

    /** sha256sum text: one {@code <hex>  <name>\n} line per entry, sorted by name. */
    static String checksumsText(SortedMap<String, String> nameToHex) {
        StringBuilder sb = new StringBuilder();
        nameToHex.forEach((name, hex) -> sb.append(hex).append("  ").append(name).append('\n'));
        return sb.toString();
    }
}
