package io.solvereign.engine.assign;

import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers which moves of an improver found no gain on which plan, so that the same move on the same
 * plan (compared block by block, by reference) is skipped: a move that depends only on the plan and its
 * key would find no gain again. Each remembered move keeps the work it was charged, so skipping it
 * charges the same and budgets end at the same point. Only looked up by key, never iterated.
 */
final class SettledMoves {
    /** The plan's blocks when last looked at. */
    private TourBlock[][] seen = new TourBlock[0][];
    /** Counts the changes of the plan seen. */
    private long version;
    /** Per move key: {version, work charged} of its last try, which gained nothing. */
    private final Map<Long, long[]> settled = new HashMap<>();

    /**
     * The work charged for the move {@code key} when it found no gain on this very plan before, else -1
     * (then the caller tries it and calls {@link #noGain} when it gains nothing).
     */
    long lookUp(TourBlock[][] plan, long key) {
        sync(plan);
        long[] last = settled.get(key);
        return last != null && last[0] == version ? last[1] : -1;
    }

    /** Records that the move {@code key} found no gain on the plan of the last {@link #lookUp}, for {@code work}. */
    void noGain(long key, long work) {
        settled.put(key, new long[] {version, work});
    }

    /** Counts a new version when the plan's blocks differ from the ones seen last. */
    private void sync(TourBlock[][] plan) {
        boolean same = seen.length == plan.length;
        for (int i = 0; i < plan.length && same; i++) {
            for (int x = 0; x < WeekTours.DAYS && same; x++) {
                same = seen[i][x] == plan[i][x];
            }
        }
        if (!same) {
            version++;
            seen = new TourBlock[plan.length][];
            for (int i = 0; i < plan.length; i++) {
                seen[i] = plan[i].clone();
            }
        }
    }
}
