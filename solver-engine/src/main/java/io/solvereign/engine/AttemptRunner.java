package io.solvereign.engine;

import io.solvereign.api.SolveListener;
import io.solvereign.api.cost.LexCost;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs independent, individually deterministic solve attempts on a small pool (at most one thread
 * per available processor) and hands back their results in attempt order, so what a caller does with
 * them cannot depend on thread timing or core count.
 *
 * <p>Progress stays as if the attempts ran one after another: each attempt reports into its own queue,
 * and the calling thread forwards attempt 0's events as they come, then attempt 1's (those buffered
 * while attempt 0 ran, then live), and so on. So the caller's listener is called on the calling thread
 * only, one event at a time, in the same order on every run and core count.
 */
final class AttemptRunner {
    private static final AtomicInteger POOLS = new AtomicInteger();
    /** Marks the end of an attempt's events. */
    private static final Consumer<SolveListener> DONE = l -> { };

    private AttemptRunner() {
    }

    /** One attempt: computes its result, reporting progress to the listener it is given. */
    @FunctionalInterface
    interface Task<T> {
        /** Runs the attempt. */
        T run(SolveListener listener);
    }

    /**
     * Runs the tasks and returns their results in task order; progress reaches {@code listener} in
     * task order on this thread.
     *
     * @param threads at most this many run at once (1 runs them here, one after another)
     */
    static <T> List<T> run(List<Task<T>> tasks, SolveListener listener, int threads) {
        int n = Math.min(Math.max(1, threads), tasks.size());
        List<T> out = new ArrayList<>(tasks.size());
        if (n <= 1) {
            for (Task<T> t : tasks) {
                out.add(t.run(listener));
            }
            return out;
        }
        int pool = POOLS.incrementAndGet();
        ExecutorService exec = Executors.newFixedThreadPool(n, r -> {
            Thread th = new Thread(r, "solvereign-attempts-" + pool);
            th.setDaemon(true);
            return th;
        });
        try {
            List<LinkedBlockingQueue<Consumer<SolveListener>>> queues = new ArrayList<>();
            List<Future<T>> futures = new ArrayList<>();
            for (Task<T> t : tasks) {
                LinkedBlockingQueue<Consumer<SolveListener>> q = new LinkedBlockingQueue<>();
                queues.add(q);
                futures.add(exec.submit(() -> {
                    try {
                        return t.run(new Queued(q));
                    } finally {
                        q.add(DONE);
                    }
                }));
            }
            for (int i = 0; i < tasks.size(); i++) {
                for (Consumer<SolveListener> e = queues.get(i).take(); e != DONE; e = queues.get(i).take()) {
                    e.accept(listener);
                }
                out.add(futures.get(i).get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solve attempts ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            exec.shutdownNow();
        }
    }

    /** A listener that queues every event for the calling thread. */
    private record Queued(LinkedBlockingQueue<Consumer<SolveListener>> queue) implements SolveListener {
        @Override
        public void phaseStarted(String phase) {
            queue.add(l -> l.phaseStarted(phase));
        }

        @Override
        public void betterPlanFound(LexCost cost) {
            queue.add(l -> l.betterPlanFound(cost));
        }

        @Override
        public void boundImproved(int drivers) {
            queue.add(l -> l.boundImproved(drivers));
        }
    }
}
