package io.solvereign.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared golden data ({@code shared/golden}, kept beside the repository and never copied
 * into it): the first {@code shared/golden} folder found walking up from the working directory.
 * The system property {@value #PROPERTY} names the folder directly.
 */
public final class GoldenFolder {
    /** System property that overrides the search, e.g. {@code -Dsolvereign.golden.dir=/data/golden}. */
    public static final String PROPERTY = "solvereign.golden.dir";

    private GoldenFolder() {
    }

    /** The golden folder, or empty when none is reachable from the working directory. */
    public static Optional<Path> find() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override).toAbsolutePath().normalize();
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        return findFrom(Path.of("").toAbsolutePath());
    }

    /** The first {@code shared/golden} folder at {@code start} or above it. */
    public static Optional<Path> findFrom(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("golden");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
