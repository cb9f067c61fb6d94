package io.solvereign.api.internal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.Plan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code output_hash} (DOMAIN §3): SHA-256 of the canonical JSON
 * {@code {"assignments":[...],"kpis":{...},"solver_config_hash":"..."}}, the assignments sorted by
 * (driver_id, day, tour_instance_id) with the keys of {@link ModelJson#toJson(Assignment)}. The
 * order of the given list does not matter.
 */
public final class OutputHash {
    private OutputHash() {
    }

    /** The hashed document. */
    public static ObjectNode json(List<Assignment> assignments, String solverConfigHash, Kpis kpis) {
        Objects.requireNonNull(assignments, "assignments");
        Objects.requireNonNull(solverConfigHash, "solverConfigHash");
        Objects.requireNonNull(kpis, "kpis");
        List<Assignment> sorted = new ArrayList<>(assignments);
        Collections.sort(sorted);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode a = o.putArray("assignments");
        sorted.forEach(x -> a.add(ModelJson.toJson(x)));
        o.set("kpis", ModelJson.toJson(kpis));
        o.put("solver_config_hash", solverConfigHash);
        return o;
    }

    /** Lowercase hex SHA-256 of the canonical JSON of {@link #json(List, String, Kpis)}. */
    public static String of(List<Assignment> assignments, String solverConfigHash, Kpis kpis) {
        return CanonicalJson.sha256(json(assignments, solverConfigHash, kpis));
    }

    /** The output hash recomputed from a plan's content (compare with {@link Plan#outputHash()}). */
    public static String of(Plan plan) {
        return of(plan.assignments(), plan.solverConfigHash(), plan.kpis());
    }
}
