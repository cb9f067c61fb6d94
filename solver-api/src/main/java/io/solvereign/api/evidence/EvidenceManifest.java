package io.solvereign.api.evidence;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The parsed {@code manifest.json} of an evidence pack (DOMAIN §14). The stored bytes are the
 * canonical JSON (sorted keys, no whitespace) of these fields; {@code manifest_hash} is the SHA-256 of
 * the canonical JSON of all other fields.
 *
 * @param format       pack format, {@code solvereign-evidence/1}
 * @param ids          {@code plan_id}, {@code forecast_version_id}, {@code baseline_plan_id}, and for a plan
 *                     from a workspace {@code workspace_id} and {@code plan_uid}
 * @param hashes       {@code input_hash}, {@code solver_config_hash}, {@code output_hash}
 * @param ruleSetJson  the rule set as canonical JSON text
 * @param signature    {@code hmac-sha256} when the pack is signed, else {@code none}
 * @param files        the data files with size and SHA-256, sorted by name
 * @param manifestHash {@code manifest_hash}
 */
public record EvidenceManifest(String format, SortedMap<String, String> ids, SortedMap<String, String> hashes,
                               String ruleSetJson, String signature, List<ManifestFile> files, String manifestHash) {

    /**
     * Creates the record, checking its components.
     *
     * @param format pack format, {@code solvereign-evidence/1}
     * @param ids {@code plan_id}, {@code forecast_version_id}, {@code baseline_plan_id}, and for a plan
     *            from a workspace {@code workspace_id} and {@code plan_uid}
     * @param hashes {@code input_hash}, {@code solver_config_hash}, {@code output_hash}
     * @param ruleSetJson the rule set as canonical JSON text
     * @param signature {@code hmac-sha256} when the pack is signed, else {@code none}
     * @param files the data files with size and SHA-256, sorted by name
     * @param manifestHash {@code manifest_hash}
     */
    public EvidenceManifest {
        Objects.requireNonNull(format, "format");
        ids = Collections.unmodifiableSortedMap(new TreeMap<>(ids));
        hashes = Collections.unmodifiableSortedMap(new TreeMap<>(hashes));
        Objects.requireNonNull(ruleSetJson, "ruleSetJson");
        Objects.requireNonNull(signature, "signature");
        files = List.copyOf(files);
        Objects.requireNonNull(manifestHash, "manifestHash");
    }

    /** Key in {@code ids} of the workspace that held the plan. */
    public static final String WORKSPACE_ID = "workspace_id";
    /** Key in {@code ids} of the plan's globally unique identity. */
    public static final String PLAN_UID = "plan_uid";

    /** {@return the workspace id, empty when the pack names none} */
    public String workspaceId() {
        return ids.getOrDefault(WORKSPACE_ID, "");
    }

    /** {@return the plan's globally unique identity, empty when the pack names none} */
    public String planUid() {
        return ids.getOrDefault(PLAN_UID, "");
    }

    /** {@return the plan id, empty when absent} */
    public String planId() {
        return ids.getOrDefault("plan_id", "");
    }

    /** {@return {@code input_hash}, empty when absent} */
    public String inputHash() {
        return hashes.getOrDefault("input_hash", "");
    }

    /** {@return {@code solver_config_hash}, empty when absent} */
    public String solverConfigHash() {
        return hashes.getOrDefault("solver_config_hash", "");
    }

    /** {@return {@code output_hash}, empty when absent} */
    public String outputHash() {
        return hashes.getOrDefault("output_hash", "");
    }

    /**
     * {@return the listed file with this name, if any}
     *
     * @param name the entry name, e.g. {@code solver_output.json}
     */
    public Optional<ManifestFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
