package io.solvereign.engine;

import io.solvereign.api.io.Hashes;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.RuleSet;
import java.util.List;

/**
 * Stand-in for {@code ConfigHash}/{@code OutputHash} of solver-api until they land on main:
 * SHA-256 over a deterministic text form. Replaced as soon as the canonical JSON hashes exist.
 */
final class InterimHashes {
    private InterimHashes() {
    }

    static String config(RuleSet rules, long seed, String version) {
        return Hashes.sha256Hex(rules + "|" + seed + "|" + version);
    }

    static String output(List<Assignment> assignments, String configHash, Kpis kpis) {
        StringBuilder sb = new StringBuilder();
        for (Assignment a : assignments) {
            sb.append(a).append('\n');
        }
        return Hashes.sha256Hex(sb.append(configHash).append('\n').append(kpis).toString());
    }
}
