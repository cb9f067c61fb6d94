package io.solvereign.engine.repair;

import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.repair.MoveReason;
import io.solvereign.api.repair.RepairCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What a repair remembers about each instance (indices of the repair's WeekTours): its baseline
 * driver, whether it is pinned, why it first left its baseline driver and the candidates ranked
 * when it was last placed; plus the units still waiting for a driver.
 */
final class Ledger {
    /** Per instance: the baseline driver id, null for a tour the baseline does not assign. */
    final String[] baseDriver;
    /** Per instance: frozen (and assigned in the baseline) or overridden; never moved by the search. */
    final boolean[] pinned;
    /** Per instance: the override that placed it, or null. */
    final FreezeOverride[] override;
    /** Per instance: why it left its baseline driver, null while it has not. */
    final MoveReason[] reason;
    /** Per instance: the candidates ranked at its last placement (empty until placed). */
    final List<List<RepairCandidate>> candidates;
    /** Units waiting for a driver, by first instance index. */
    final TreeMap<Integer, int[]> pending = new TreeMap<>();

    Ledger(int instances) {
        baseDriver = new String[instances];
        pinned = new boolean[instances];
        override = new FreezeOverride[instances];
        reason = new MoveReason[instances];
        candidates = new ArrayList<>(instances);
        for (int i = 0; i < instances; i++) {
            candidates.add(List.of());
        }
    }

    /** Records why the unit leaves its driver, unless an earlier reason already stands. */
    void markMoved(int[] unit, MoveReason why) {
        for (int i : unit) {
            if (reason[i] == null) {
                reason[i] = why;
            }
        }
    }

    /** Records the candidates of the unit's placement for each of its instances. */
    void setCandidates(int[] unit, List<RepairCandidate> list) {
        for (int i : unit) {
            candidates.set(i, List.copyOf(list));
        }
    }
}
