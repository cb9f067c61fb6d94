package io.solvereign.harness;

import io.solvereign.api.scenario.ScenarioListener;
import io.solvereign.api.scenario.ScenarioResult;
import java.io.PrintWriter;

/**
 * Prints one stderr line per finished scenario, but only once the run has taken more than a second,
 * so quick runs stay quiet. Wall-clock time is for display only.
 */
final class ScenarioProgress implements ScenarioListener {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private final String command;
    private final boolean enabled;
    private final long started = System.nanoTime();

    /** @param enabled false with {@code --quiet} (or {@code --json} into a pipe): nothing is printed */
    ScenarioProgress(PrintWriter err, String command, boolean enabled) {
        this.err = err;
        this.command = command;
        this.enabled = enabled;
    }

    @Override
    public void finished(ScenarioResult result, int done, int total) {
        long elapsed = System.nanoTime() - started;
        if (enabled && elapsed >= QUIET_NANOS) {
            err.printf("[%5.1fs] %s: %d/%d done, %s: %d drivers%n", elapsed / 1e9, command, done, total,
                    result.name(), result.kpis().drivers());
            err.flush();
        }
    }

    /** Milliseconds since this progress printer was made. */
    long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
