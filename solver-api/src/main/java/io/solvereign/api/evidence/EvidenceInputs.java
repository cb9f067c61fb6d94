package io.solvereign.api.evidence;

import io.solvereign.api.internal.evidence.ManifestCodec;
import io.solvereign.api.internal.io.CanonicalJson;
import io.solvereign.api.internal.io.Hashes;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.internal.io.RuleSetJson;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything an evidence pack holds, gathered before writing. Build with {@link #newBuilder()}; each
 * setter checks its value at once, {@link Builder#build()} checks that every value is set and that
 * the input hash is the SHA-256 of the canonical input. Byte arrays are copied in and out.
 */
public final class EvidenceInputs {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final String planId;
    private final String forecastVersionId;
    private final String baselinePlanId;
    private final String workspaceId;
    private final String planUid;
    private final String inputHash;
    private final String solverConfigHash;
    private final String outputHash;
    private final byte[] ruleSetJson;
    private final byte[] forecastInput;
    private final String canonicalInput;
    private final byte[] solverOutputJson;
    private final byte[] auditResultsJson;
    private final byte[] kpisJson;

    private EvidenceInputs(Builder b) {
        planId = require("planId", b.planId);
        forecastVersionId = require("forecastVersionId", b.forecastVersionId);
        baselinePlanId = b.baselinePlanId;
        workspaceId = b.workspaceId;
        planUid = b.planUid;
        inputHash = require("inputHash", b.inputHash);
        solverConfigHash = require("solverConfigHash", b.solverConfigHash);
        outputHash = require("outputHash", b.outputHash);
        ruleSetJson = require("ruleSetJson", b.ruleSetJson);
        forecastInput = require("forecastInput", b.forecastInput);
        canonicalInput = require("canonicalInput", b.canonicalInput);
        solverOutputJson = require("solverOutputJson", b.solverOutputJson);
        auditResultsJson = require("auditResultsJson", b.auditResultsJson);
        kpisJson = require("kpisJson", b.kpisJson);
        String actual = Hashes.sha256Hex(canonicalInput);
        if (!actual.equals(inputHash)) {
            throw new IllegalArgumentException("inputHash " + inputHash + " is not the SHA-256 of canonicalInput ("
                    + actual + ")");
        }
    }

    /** A new builder; baseline plan id defaults to empty (none). */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Plan version id, e.g. {@code P0001}. */
    public String planId() {
        return planId;
    }

    /** Forecast version id, e.g. {@code F0001}. */
    public String forecastVersionId() {
        return forecastVersionId;
    }

    /** Baseline plan id, empty when none. */
    public String baselinePlanId() {
        return baselinePlanId;
    }

    /** The id of the workspace that holds the plan, empty when not stored in one. */
    public String workspaceId() {
        return workspaceId;
    }

    /** The plan's globally unique identity, empty when not stored in a workspace. */
    public String planUid() {
        return planUid;
    }

    /** {@code input_hash}. */
    public String inputHash() {
        return inputHash;
    }

    /** {@code solver_config_hash}. */
    public String solverConfigHash() {
        return solverConfigHash;
    }

    /** {@code output_hash}. */
    public String outputHash() {
        return outputHash;
    }

    /** The rule set as JSON (an object), embedded in the manifest. */
    public byte[] ruleSetJson() {
        return ruleSetJson.clone();
    }

    /** The forecast file exactly as received. */
    public byte[] forecastInput() {
        return forecastInput.clone();
    }

    /** The canonical lines joined by {@code \n}. */
    public String canonicalInput() {
        return canonicalInput;
    }

    /** {@code solver_output.json} bytes. */
    public byte[] solverOutputJson() {
        return solverOutputJson.clone();
    }

    /** {@code audit_results.json} bytes. */
    public byte[] auditResultsJson() {
        return auditResultsJson.clone();
    }

    /** {@code kpis.json} bytes. */
    public byte[] kpisJson() {
        return kpisJson.clone();
    }

    private static <T> T require(String name, T value) {
        if (value == null) {
            throw new IllegalStateException(name + " was not set");
        }
        return value;
    }

    /** Collects the inputs; every setter validates and copies its argument. */
    public static final class Builder {
        private String planId;
        private String forecastVersionId;
        private String baselinePlanId = "";
        private String workspaceId = "";
        private String planUid = "";
        private String inputHash;
        private String solverConfigHash;
        private String outputHash;
        private byte[] ruleSetJson;
        private byte[] forecastInput;
        private String canonicalInput;
        private byte[] solverOutputJson;
        private byte[] auditResultsJson;
        private byte[] kpisJson;

        private Builder() {
        }

        /** Sets the plan version id (not blank). */
        public Builder planId(String id) {
            planId = text("planId", id);
            return this;
        }

        /** Sets the forecast version id (not blank). */
        public Builder forecastVersionId(String id) {
            forecastVersionId = text("forecastVersionId", id);
            return this;
        }

        /** Sets the baseline plan id; empty for none. */
        public Builder baselinePlanId(String id) {
            baselinePlanId = Objects.requireNonNull(id, "baselinePlanId");
            return this;
        }

        /** Sets the workspace id and the plan's globally unique identity (both empty for none). */
        public Builder identity(String workspaceId, String planUid) {
            this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
            this.planUid = Objects.requireNonNull(planUid, "planUid");
            return this;
        }

        /** Sets {@code input_hash} (64 lowercase hex digits). */
        public Builder inputHash(String hash) {
            inputHash = sha256("inputHash", hash);
            return this;
        }

        /** Sets {@code solver_config_hash} (64 lowercase hex digits). */
        public Builder solverConfigHash(String hash) {
            solverConfigHash = sha256("solverConfigHash", hash);
            return this;
        }

        /** Sets {@code output_hash} (64 lowercase hex digits). */
        public Builder outputHash(String hash) {
            outputHash = sha256("outputHash", hash);
            return this;
        }

        /** Sets the rule set JSON; it must be a JSON object. */
        public Builder ruleSetJson(byte[] json) {
            ManifestCodec.requireJsonObject(Objects.requireNonNull(json, "ruleSetJson"));
            ruleSetJson = json.clone();
            return this;
        }

        /** Sets the rule set JSON to the canonical JSON of the rule set. */
        public Builder ruleSet(RuleSet rules) {
            return ruleSetJson(CanonicalJson.canonicalBytes(RuleSetJson.toJson(Objects.requireNonNull(rules, "rules"))));
        }

        /**
         * Takes from the plan its input, config and output hashes, its rule set, and its
         * {@code solver_output.json} as {@link PlanJson#writeBytes(Plan)} writes it; call
         * {@link #solverOutputJson(byte[])} afterwards to use stored bytes instead.
         */
        public Builder plan(Plan plan) {
            Objects.requireNonNull(plan, "plan");
            inputHash(plan.inputHash());
            solverConfigHash(plan.solverConfigHash());
            outputHash(plan.outputHash());
            ruleSet(plan.ruleSet());
            return solverOutputJson(PlanJson.writeBytes(plan));
        }

        /** Sets the original forecast bytes. */
        public Builder forecastInput(byte[] bytes) {
            forecastInput = Objects.requireNonNull(bytes, "forecastInput").clone();
            return this;
        }

        /** Sets the canonical input text. */
        public Builder canonicalInput(String text) {
            canonicalInput = Objects.requireNonNull(text, "canonicalInput");
            return this;
        }

        /** Sets the {@code solver_output.json} bytes. */
        public Builder solverOutputJson(byte[] bytes) {
            solverOutputJson = Objects.requireNonNull(bytes, "solverOutputJson").clone();
            return this;
        }

        /** Sets the {@code audit_results.json} bytes. */
        public Builder auditResultsJson(byte[] bytes) {
            auditResultsJson = Objects.requireNonNull(bytes, "auditResultsJson").clone();
            return this;
        }

        /** Sets the {@code kpis.json} bytes. */
        public Builder kpisJson(byte[] bytes) {
            kpisJson = Objects.requireNonNull(bytes, "kpisJson").clone();
            return this;
        }

        /**
         * The immutable inputs.
         *
         * @throws IllegalStateException    when a value other than the baseline is missing
         * @throws IllegalArgumentException when inputHash is not the SHA-256 of canonicalInput
         */
        public EvidenceInputs build() {
            return new EvidenceInputs(this);
        }

        private static String text(String name, String value) {
            if (Objects.requireNonNull(value, name).isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }

        private static String sha256(String name, String value) {
            if (!SHA256.matcher(Objects.requireNonNull(value, name)).matches()) {
                throw new IllegalArgumentException(name + " must be 64 lowercase hex digits, was '" + value + "'");
            }
            return value;
        }
    }
}
