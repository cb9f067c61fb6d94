package io.solvereign.api.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A certified lower bound on drivers: with non-negative integer weights on tour lines, every
 * legal roster collects at most {@code maxRosterWeight}, so
 * {@code drivers >= ceil(coveredWeight / maxRosterWeight)} (SOLVER-NOTES). Anyone can re-check it
 * with a longest-path computation over the weights.
 *
 * @param drivers         the bound
 * @param coveredWeight   sum over tour lines of count x weight
 * @param maxRosterWeight the largest weight one legal roster can collect
 * @param weights         weight per tour line, keyed by {@link Fingerprint#idStem()}
 */
public record LowerBoundCertificate(int drivers, long coveredWeight, long maxRosterWeight,
                                    SortedMap<String, Long> weights) {

    /**
     * Creates the record, checking its components.
     *
     * @param drivers the bound
     * @param coveredWeight sum over tour lines of count x weight
     * @param maxRosterWeight the largest weight one legal roster can collect
     * @param weights weight per tour line, keyed by {@link Fingerprint#idStem()}
     */
    public LowerBoundCertificate {
        Objects.requireNonNull(weights, "weights");
        weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
        if (drivers < 0 || coveredWeight < 0 || maxRosterWeight < 0) {
            throw new IllegalArgumentException("bound figures must be >= 0");
        }
    }

    /** {@return the trivial certificate for an empty forecast or when no bound was computed} */
    public static LowerBoundCertificate none() {
        return new LowerBoundCertificate(0, 0, 0, new TreeMap<>());
    }
}
