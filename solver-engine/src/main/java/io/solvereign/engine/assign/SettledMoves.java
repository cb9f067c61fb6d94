package io.solvereign.engine.assign;

import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import java.util.Arrays;

/**
 * Remembers which moves of an improver found no gain on which plan, so that the same move on the same
 * plan (compared block by block, by reference) is skipped: a move that depends only on the plan and its
 * key would find no gain again. Each remembered move keeps the work it was charged, so skipping it
 * charges the same and budgets end at the same point. An improver has a few hundred move keys at most,
 * so they sit in plain arrays, searched in order.
 */
final class SettledMoves {
    /** The plan's blocks when last looked at. */
    private TourBlock[][] seen = new TourBlock[0][];
    /** Counts the changes of the plan seen. */
    private long version;
    /** Per remembered move: its key, the version of its last try (which gained nothing), the work charged. */
    private long[] keys = new long[16];
    private long[] versions = new long[16];
    private long[] works = new long[16];
    private int size;

    /**
     * The work charged for the move {@code key} when it found no gain on this very plan before, else -1
     * (then the caller tries it and calls {@link #noGain} when it gains nothing).
     */
    long lookUp(TourBlock[][] plan, long key) {
        sync(plan);
        int at = indexOf(key);
        return at >= 0 && versions[at] == version ? works[at] : -1;
    }

    /** Records that the move {@code key} found no gain on the plan of the last {@link #lookUp}, for {@code work}. */
    void noGain(long key, long work) {
        int at = indexOf(key);
        if (at < 0) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, 2 * size);
                versions = Arrays.copyOf(versions, 2 * size);
                works = Arrays.copyOf(works, 2 * size);
            }
            at = size++;
            keys[at] = key;
        }
        versions[at] = version;
        works[at] = work;
    }

    private int indexOf(long key) {
        for (int k = 0; k < size; k++) {
            if (keys[k] == key) {
                return k;
            }
        }
        return -1;
    }

    /** Counts a new version when the plan's blocks differ from the ones seen last. */
    private void sync(TourBlock[][] plan) {
        if (!sameBlocks(plan)) {
            version++;
            seen = new TourBlock[plan.length][];
            for (int i = 0; i < plan.length; i++) {
                seen[i] = plan[i].clone();
            }
        }
    }

    private boolean sameBlocks(TourBlock[][] plan) {
        if (seen.length != plan.length) {
            return false;
        }
        for (int i = 0; i < plan.length; i++) {
            TourBlock[] a = seen[i];
            TourBlock[] b = plan[i];
            for (int x = 0; x < WeekTours.DAYS; x++) {
                if (a[x] != b[x]) {
                    return false;
                }
            }
        }
        return true;
    }
}
