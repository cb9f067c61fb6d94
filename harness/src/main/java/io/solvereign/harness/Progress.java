package io.solvereign.harness;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a command made of known steps, on stderr: nothing while the command is quick; once a
 * step has run a second, one line every two seconds with the step, its number of the total and the
 * elapsed time, and for steps of like size (golden cases), once one has finished, an estimate of the
 * time left. Wall-clock time is for display only and never reaches a result. Use in try-with-resources.
 *
 * <pre>{@code [   9.0s] golden: step 2/2 case wien-standard-week, ETA ~7s}</pre>
 */
final class Progress implements AutoCloseable {
    private static final long FIRST_MILLIS = 1000;
    private static final long EVERY_MILLIS = 2000;

    private final PrintWriter err;
    private final String label;
    private final int steps;
    private final boolean alike;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile String current = "";
    private volatile int index;
    private volatile long stepStarted = System.nanoTime();
    private volatile long finishedNanos;
    private boolean closed;

    /** @param alike true when the steps take about as long as each other, so an ETA means something */
    Progress(PrintWriter err, boolean enabled, String label, int steps, boolean alike) {
        this.err = err;
        this.alike = alike;
        this.label = label;
        this.steps = Math.max(steps, 1);
        if (enabled) {
            ThreadFactory daemon = r -> {
                Thread t = new Thread(r, "solvereign-progress");
                t.setDaemon(true);
                return t;
            };
            ticker = Executors.newSingleThreadScheduledExecutor(daemon);
            ticker.scheduleAtFixedRate(this::tick, FIRST_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** A step starts; the previous one (if any) has finished. */
    synchronized void step(String name) {
        long now = System.nanoTime();
        if (index > 0) {
            finishedNanos += now - stepStarted;
        }
        index++;
        current = name;
        stepStarted = now;
    }

    private void tick() {
        if (System.nanoTime() - stepStarted < FIRST_MILLIS * 1_000_000L || current.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            String eta = "";
            if (alike && index > 1) {
                double perStep = finishedNanos / 1e9 / (index - 1);
                double left = Math.max(0, perStep * (steps - index + 1) - (System.nanoTime() - stepStarted) / 1e9);
                eta = String.format(Locale.ROOT, ", ETA ~%.0fs", left);
            }
            err.printf(Locale.ROOT, "[%6.1fs] %s: step %d/%d %s%s%n", elapsed, label, index, steps, current, eta);
            err.flush();
        }
    }

    /** Stops the ticker; nothing more is printed. */
    @Override
    public synchronized void close() {
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
