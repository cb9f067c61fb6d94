package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.SolvereignException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long work (solve, audit with re-solve, repair) on a bounded pool, never on the HTTP threads: a
 * POST answers 202 with a job id at once and the page polls {@code /api/jobs/{id}}. At most
 * {@code workers} jobs run and {@code queue} wait; beyond that a POST is refused with 503
 * TOO_MANY_JOBS. The newest {@value #KEPT} jobs are kept for polling.
 */
public final class Jobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    static final int KEPT = 100;

    private final ThreadPoolExecutor pool;
    private final AtomicLong next = new AtomicLong();
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    /** A pool of {@code workers} threads with room for {@code queue} waiting jobs. */
    public Jobs(int workers, int queue) {
        pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "cockpit-job");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Queues work; its result (or refusal) becomes the job's.
     *
     * @throws ApiException 503 TOO_MANY_JOBS when the queue is full
     */
    public Job submit(String kind, String owner, Function<Job, ObjectNode> work) {
        Job job = new Job("J" + next.incrementAndGet(), kind, owner);
        try {
            pool.execute(() -> run(job, work));
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "TOO_MANY_JOBS", "too many jobs are running or waiting; try again shortly");
        }
        synchronized (jobs) {
            jobs.put(job.id(), job);
            if (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        return job;
    }

    private static void run(Job job, Function<Job, ObjectNode> work) {
        job.running();
        try {
            job.done(work.apply(job));
        } catch (ApiException e) {
            job.failed(e.code(), e.getMessage());
        } catch (SolvereignException e) {
            ApiException a = ApiException.of(e);
            job.failed(a.code(), a.getMessage());
        } catch (IllegalArgumentException e) {
            job.failed("BAD_REQUEST", String.valueOf(e.getMessage()));
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("job {} failed", job.id(), e);
            job.failed("INTERNAL", "internal error, please report it (see the server log)");
        }
    }

    /** The job with this id, if still kept. */
    public Optional<Job> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** Stops the pool: queued jobs are dropped, running ones interrupted (daemon threads never keep the JVM alive). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
