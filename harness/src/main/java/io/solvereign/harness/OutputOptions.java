package io.solvereign.harness;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The output options every command that prints a result shares ({@code @Mixin}): {@code --json}
 * and {@code -q/--quiet}. Progress goes to stderr unless {@code --quiet}, or {@code --json} while
 * stdout is not a terminal (a script reading the JSON wants nothing else).
 */
public final class OutputOptions {
    @Option(names = "--json", description = "Print the result as one JSON object on stdout.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress on stderr.")
    boolean quiet;

    /** True when the result is printed as JSON. */
    public boolean json() {
        return json;
    }

    /** True when progress lines may go to stderr. */
    public boolean progress() {
        return !quiet && !(json && System.console() == null);
    }

    /** A progress reporter on {@code err}, silent when {@link #progress()} is false; no ETA (unlike steps). */
    Progress progress(PrintWriter err, String label, int steps) {
        return new Progress(err, progress(), label, steps, false);
    }

    /** As {@link #progress(PrintWriter, String, int)} for steps of like size, with an ETA. */
    Progress progressWithEta(PrintWriter err, String label, int steps) {
        return new Progress(err, progress(), label, steps, true);
    }
}
