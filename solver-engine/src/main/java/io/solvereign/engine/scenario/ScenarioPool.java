package io.solvereign.engine.scenario;

import io.solvereign.api.scenario.ScenarioListener;
import io.solvereign.api.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A bounded pool for scenario solves: at most {@code parallelism} jobs at once, results in job order
 * (never completion order), the first failure rethrown unchanged. With one thread it runs on the
 * caller's thread.
 */
final class ScenarioPool {
    private ScenarioPool() {
    }

    static <J> List<ScenarioResult> map(List<J> jobs, int parallelism, Function<J, ScenarioResult> work,
                                        ScenarioListener listener) {
        int total = jobs.size();
        AtomicInteger done = new AtomicInteger();
        Function<J, ScenarioResult> reported = job -> {
            ScenarioResult r = work.apply(job);
            synchronized (listener) {
                listener.finished(r, done.incrementAndGet(), total);
            }
            return r;
        };
        if (parallelism == 1 || total <= 1) {
            return jobs.stream().map(reported).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, total), daemonThreads());
        try {
            List<Future<ScenarioResult>> futures = new ArrayList<>();
            for (J job : jobs) {
                futures.add(pool.submit(() -> reported.apply(job)));
            }
            List<ScenarioResult> results = new ArrayList<>();
            for (Future<ScenarioResult> f : futures) {
                results.add(f.get());
            }
            return List.copyOf(results);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for scenarios", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "solvereign-scenario-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
