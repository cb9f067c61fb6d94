package io.solvereign.engine.block;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.RuleSet;
import java.util.Objects;

/**
 * Classifies a chain of tours of one day (sorted by start, absolute minutes) as a block type of
 * DOMAIN §5, or as illegal. A two-tour chain is a 2er-reg when its gap is in the regular window
 * and a 2er-split when its gap is in the split window; the windows never overlap (RuleSet checks).
 */
public final class BlockRules {
    private final int regGapMin;
    private final int regGapMax;
    private final int splitMin;
    private final int splitMax;
    private final int spanRegular;
    private final int spanSplit;
    private final int spanTriple;

    /** Rules taken from the rule set. */
    public BlockRules(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        regGapMin = rules.regularGapMin();
        regGapMax = rules.regularGapMax();
        splitMin = rules.splitBreakMin();
        splitMax = rules.splitBreakMax();
        spanRegular = rules.maxSpanRegular();
        spanSplit = rules.maxSpanSplit();
        spanTriple = rules.maxSpanTriple();
    }

    /** True when a gap (end of one tour to start of the next) fits a regular block. */
    public boolean regularGap(int gap) {
        return gap >= regGapMin && gap <= regGapMax;
    }

    /** True when a gap fits the break of a split block. */
    public boolean splitGap(int gap) {
        return gap >= splitMin && gap <= splitMax;
    }

    /** Smallest gap any multi-tour block allows. */
    public int minGap() {
        return regGapMin;
    }

    /** Largest gap any multi-tour block allows. */
    public int maxGap() {
        return splitMax;
    }

    /** Smallest split break. */
    public int minSplitGap() {
        return splitMin;
    }

    /** Largest regular gap. */
    public int maxRegularGap() {
        return regGapMax;
    }

    /** Type of the two-tour block (s0,e0),(s1,e1) with s0 <= s1, or null when illegal. */
    public BlockType pair(int s0, int e0, int s1, int e1) {
        int gap = s1 - e0;
        int span = Math.max(e0, e1) - s0;
        if (regularGap(gap) && span <= spanRegular) {
            return BlockType.DOUBLE_REGULAR;
        }
        if (splitGap(gap) && span <= spanSplit) {
            return BlockType.DOUBLE_SPLIT;
        }
        return null;
    }

    /** Type of the three-tour block, or null when illegal. */
    public BlockType triple(int s0, int e0, int s1, int e1, int s2, int e2) {
        if (regularGap(s1 - e0) && regularGap(s2 - e1) && e2 - s0 <= spanTriple) {
            return BlockType.TRIPLE;
        }
        return null;
    }

    /**
     * Type of the chain given by starts and ends of its tours in order, or null when illegal.
     *
     * @param n number of tours used from the arrays (1..3; more is illegal)
     */
    public BlockType classify(int[] s, int[] e, int n) {
        return switch (n) {
            case 1 -> BlockType.SINGLE;
            case 2 -> pair(s[0], e[0], s[1], e[1]);
            case 3 -> triple(s[0], e[0], s[1], e[1], s[2], e[2]);
            default -> null;
        };
    }
}
