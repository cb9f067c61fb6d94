package io.solvereign.engine.internal;

/** Searches in sorted {@code int} arrays (the engine keeps times and ids in such arrays). */
public final class SortedInts {
    private SortedInts() {
    }

    /**
     * The first index whose value is {@code >= key}, i.e. how many values are below {@code key};
     * {@code sorted.length} when none is. Unlike {@link java.util.Arrays#binarySearch(int[], int)} it
     * is well defined on duplicates. O(log n).
     */
    public static int lowerBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
