package io.solvereign.harness;

/** Who the trail names when a command is run without {@code --by}. */
final class Actors {
    /** Used when the OS reports no user name. */
    static final String FALLBACK = "solvereign";

    private Actors() {
    }

    /** The given name, or {@link #FALLBACK} when it is blank (e.g. {@code user.name} unset). */
    static String of(String name) {
        return name == null || name.isBlank() ? FALLBACK : name.strip();
    }
}
