package io.solvereign.api.model;

/** What one driver works on one day (DOMAIN §5). Labels are the contract used in files and JSON. */
public enum BlockType {
    /** One tour. */
    SINGLE("1er", 1),
    /** Two tours, gap 30..60 min, span {@literal <=} 14 h. */
    DOUBLE_REGULAR("2er-reg", 2),
    /** Two tours, break 240..360 min, span {@literal <=} 16 h. */
    DOUBLE_SPLIT("2er-split", 2),
    /** Three tours, gaps 30..60 min, span {@literal <=} 16 h. */
    TRIPLE("3er", 3);

    private final String label;
    private final int tours;

    BlockType(String label, int tours) {
        this.label = label;
        this.tours = tours;
    }

    /** {@code 1er}, {@code 2er-reg}, {@code 2er-split} or {@code 3er}. */
    public String label() {
        return label;
    }

    /** Number of tours in a block of this type. */
    public int tours() {
        return tours;
    }

    /** The type with the given label. @throws IllegalArgumentException for an unknown label */
    public static BlockType ofLabel(String label) {
        for (BlockType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown block type '" + label + "'; expected 1er, 2er-reg, 2er-split or 3er");
    }
}
