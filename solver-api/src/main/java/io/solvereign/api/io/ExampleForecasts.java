package io.solvereign.api.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Forecasts the library ships, so the harness and the benchmarks run on a fresh machine with no
 * data at hand. They are synthetic, written for this project, not depot exports.
 */
public final class ExampleForecasts {
    /** Classpath location of the built-in example week (text format). */
    public static final String VIENNA_WEEK_RESOURCE = "/io/solvereign/api/examples/vienna-example-week.txt";

    /** Name used for the built-in example wherever a file name is expected. */
    public static final String VIENNA_WEEK_NAME = "vienna-example-week.txt";

    private ExampleForecasts() {
    }

    /**
     * The built-in example: a Vienna-like week, Mon-Sat, 1,274 tours over two depots, with a
     * morning and an evening peak, four split-shift lines and one cross-midnight tour.
     *
     * @return the original bytes of the text-format forecast
     */
    public static byte[] viennaWeekBytes() {
        try (InputStream in = ExampleForecasts.class.getResourceAsStream(VIENNA_WEEK_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in example " + VIENNA_WEEK_RESOURCE
                        + " is missing from the solver-api jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in example " + VIENNA_WEEK_RESOURCE, e);
        }
    }
}
