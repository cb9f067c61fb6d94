package io.solvereign.api.cost;

import java.util.Arrays;

/**
 * A lexicographic cost: {@code long} levels compared left to right, smaller is better.
 * {@link #toString()} and {@link #parse(String)} round-trip ({@code 142/0/11/356}), so golden
 * files can hold costs as text.
 */
public final class LexCost implements Comparable<LexCost> {
    private final long[] levels;

    private LexCost(long[] levels) {
        this.levels = levels;
    }

    /**
     * {@return a cost with the given levels, most important first}
     *
     * @param levels the levels, most important first
     */
    public static LexCost of(long... levels) {
        if (levels.length == 0) {
            throw new IllegalArgumentException("a LexCost needs at least one level");
        }
        return new LexCost(levels.clone());
    }

    /**
     * Parses the {@link #toString()} form.
     *
     * @param text levels separated by {@code /}, e.g. {@code 142/0/11/356}
     * @return the cost
     * @throws IllegalArgumentException when the text is not {@code N/N/...}
     */
    public static LexCost parse(String text) {
        String[] parts = text.strip().split("/", -1);
        long[] levels = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                levels[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a LexCost: '" + text + "'; expected levels like 142/0/11/356", e);
            }
        }
        return new LexCost(levels);
    }

    /** {@return number of levels} */
    public int size() {
        return levels.length;
    }

    /**
     * {@return the level at {@code index} (0 = most important)}
     *
     * @param index the level, 0 for the most important
     */
    public long level(int index) {
        return levels[index];
    }

    @Override
    public int compareTo(LexCost o) {
        if (levels.length != o.levels.length) {
            throw new IllegalArgumentException("cannot compare costs of " + levels.length + " and "
                    + o.levels.length + " levels");
        }
        return Arrays.compare(levels, o.levels);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LexCost other && Arrays.equals(levels, other.levels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(levels[i]);
        }
        return sb.toString();
    }
}
