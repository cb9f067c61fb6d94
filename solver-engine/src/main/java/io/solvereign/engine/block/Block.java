package io.solvereign.engine.block;

import io.solvereign.api.model.BlockType;
import java.util.Arrays;

/**
 * A legal block over tour lines: what one driver can work on one day. A split line forms a block
 * of its own (type 2er-split, one line, two tours). Times are absolute week minutes.
 */
public final class Block {
    /** Day index 0..6. */
    public final int day;
    /** The block's type. */
    public final BlockType type;
    /** Tour lines in time order (one entry for a split line). */
    final int[] lines;
    /** Start of the first tour. */
    public final int start;
    /** End of the last tour. */
    public final int end;
    /** Sum of tour durations. */
    public final int minutes;

    Block(int day, BlockType type, int[] lines, int start, int end, int minutes) {
        this.day = day;
        this.type = type;
        this.lines = lines;
        this.start = start;
        this.end = end;
        this.minutes = minutes;
    }

    /** Number of tour lines in the block. */
    public int lineCount() {
        return lines.length;
    }

    /** The i-th tour line. */
    public int line(int i) {
        return lines[i];
    }

    /** True for a 3er. */
    public boolean isTriple() {
        return type == BlockType.TRIPLE;
    }

    @Override
    public String toString() {
        return type.label() + "@" + day + Arrays.toString(lines) + "[" + start + ".." + end + "]";
    }
}
