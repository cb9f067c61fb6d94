package io.solvereign.api.model;

/**
 * Key figures of a plan. Hours are kept in whole minutes so that hashed content holds no doubles.
 *
 * @param drivers          drivers with at least one tour
 * @param fteDrivers       drivers working at least {@link RuleSet#fteMinMinutes()}
 * @param ptDrivers        the others (part-time)
 * @param tours            tour instances covered
 * @param singles          1er blocks
 * @param doublesRegular   2er-reg blocks
 * @param doublesSplit     2er-split blocks
 * @param triples          3er blocks
 * @param totalWorkMinutes sum of all tour durations
 * @param minWorkMinutes   least weekly work of a driver
 * @param maxWorkMinutes   most weekly work of a driver
 * @param lowerBound       certified lower bound on drivers: no legal plan of the week under the same rule
 *                         set has fewer drivers; it is {@link LowerBoundCertificate#drivers()} of the plan's
 *                         {@link Plan#lowerBoundCertificate()}, which anyone can re-check; JSON key
 *                         {@code lower_bound}
 * @param ptLowerBound     certified lower bound on part-time drivers for a plan with exactly {@code drivers}
 *                         drivers (0 when nothing better is proven); it says nothing about plans with more
 *                         drivers; JSON key {@code pt_lower_bound}
 */
public record Kpis(int drivers, int fteDrivers, int ptDrivers, int tours, int singles, int doublesRegular,
                   int doublesSplit, int triples, long totalWorkMinutes, long minWorkMinutes,
                   long maxWorkMinutes, int lowerBound, int ptLowerBound) {

    /**
     * KPIs without a part-time bound ({@code ptLowerBound} 0, which always holds).
     *
     * @param drivers drivers with at least one tour
     * @param fteDrivers drivers working at least {@link RuleSet#fteMinMinutes()}
     * @param ptDrivers the others (part-time)
     * @param tours tour instances covered
     * @param singles 1er blocks
     * @param doublesRegular 2er-reg blocks
     * @param doublesSplit 2er-split blocks
     * @param triples 3er blocks
     * @param totalWorkMinutes sum of all tour durations
     * @param minWorkMinutes least weekly work of a driver
     * @param maxWorkMinutes most weekly work of a driver
     * @param lowerBound certified lower bound on drivers: no legal plan of the week under the same rule
     *                   set has fewer drivers; it is {@link LowerBoundCertificate#drivers()} of the plan's
     *                   {@link Plan#lowerBoundCertificate()}, which anyone can re-check; JSON key
     *                   {@code lower_bound}
     */
    public Kpis(int drivers, int fteDrivers, int ptDrivers, int tours, int singles, int doublesRegular,
                int doublesSplit, int triples, long totalWorkMinutes, long minWorkMinutes, long maxWorkMinutes,
                int lowerBound) {
        this(drivers, fteDrivers, ptDrivers, tours, singles, doublesRegular, doublesSplit, triples, totalWorkMinutes,
                minWorkMinutes, maxWorkMinutes, lowerBound, 0);
    }

    /** {@return number of blocks of all types} */
    public int blocks() {
        return singles + doublesRegular + doublesSplit + triples;
    }

    /** {@return drivers above the certified driver bound {@link #lowerBound()}: at most this many can be saved} */
    public int gap() {
        return drivers - lowerBound;
    }

    /** {@return part-time drivers above their certified bound {@link #ptLowerBound()} at this headcount} */
    public int ptGap() {
        return ptDrivers - ptLowerBound;
    }

    /**
     * {@return average weekly hours, rounded to two decimals, as text (e.g. {@code 42.98}); {@code 0.00} without drivers}
     */
    public String averageHours() {
        if (drivers == 0) {
            return "0.00";
        }
        long centiHours = Math.round(totalWorkMinutes * 100.0 / 60.0 / drivers);
        return String.format(java.util.Locale.ROOT, "%d.%02d", centiHours / 100, centiHours % 100);
    }

    /**
     * {@return number of blocks of the given type}
     *
     * @param type the block type
     */
    public int blocksOf(BlockType type) {
        return switch (type) {
            case SINGLE -> singles;
            case DOUBLE_REGULAR -> doublesRegular;
            case DOUBLE_SPLIT -> doublesSplit;
            case TRIPLE -> triples;
        };
    }
}
