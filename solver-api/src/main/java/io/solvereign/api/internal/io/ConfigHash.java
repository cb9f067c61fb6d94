package io.solvereign.api.internal.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.model.RuleSet;
import java.util.Objects;

/**
 * {@code solver_config_hash} (DOMAIN §3): SHA-256 of the canonical JSON
 * {@code {"rule_set":{...},"seed":N,"solver_version":"...","work_budget":N}}. Any change to a rule,
 * the seed, the search budget or the solver version changes it, so (input_hash, solver_config_hash)
 * determines output_hash.
 */
public final class ConfigHash {
    private ConfigHash() {
    }

    /** The hashed document. */
    public static ObjectNode json(RuleSet ruleSet, long seed, long workBudget, String solverVersion) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(solverVersion, "solverVersion");
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("rule_set", RuleSetJson.toJson(ruleSet));
        o.put("seed", seed);
        o.put("solver_version", solverVersion);
        o.put("work_budget", workBudget);
        return o;
    }

    /** Lowercase hex SHA-256 of the canonical JSON of {@link #json(RuleSet, long, long, String)}. */
    public static String of(RuleSet ruleSet, long seed, long workBudget, String solverVersion) {
        return CanonicalJson.sha256(json(ruleSet, seed, workBudget, solverVersion));
    }
}
