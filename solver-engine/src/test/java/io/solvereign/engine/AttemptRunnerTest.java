package io.solvereign.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.solvereign.api.SolveListener;
import io.solvereign.api.cost.LexCost;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Parallel attempts: results and progress in attempt order on the calling thread, whatever the thread count. */
class AttemptRunnerTest {

    /** Records events with the thread they arrived on. */
    private static final class Recorder implements SolveListener {
        final List<String> events = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();

        @Override
        public void phaseStarted(String phase) {
            events.add(phase);
            threads.add(Thread.currentThread());
        }

        @Override
        public void betterPlanFound(LexCost cost) {
            events.add(cost.toString());
            threads.add(Thread.currentThread());
        }
    }

    /**
     * Three attempts; the last finishes first and attempt 0 waits until it has, so on a pool its events
     * arrive out of order and must be put back in attempt order.
     */
    private static List<AttemptRunner.Task<Integer>> tasks(CountDownLatch lastDone, List<Thread> ranOn) {
        List<AttemptRunner.Task<Integer>> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int id = i;
            out.add(l -> {
                synchronized (ranOn) {
                    ranOn.add(Thread.currentThread());
                }
                l.phaseStarted("select" + id);
                if (id == 0) {
                    try {
                        lastDone.await(2, TimeUnit.SECONDS);  // only a pool can run attempt 2 meanwhile
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                l.betterPlanFound(LexCost.of(10 + id, id));
                if (id == 2) {
                    lastDone.countDown();
                }
                return 100 + id;
            });
        }
        return out;
    }

    @Test
    void oneThreadAndAPoolGiveTheSameResultsAndTheSameProgress() {
        Recorder alone = new Recorder();
        List<Thread> ranAlone = new ArrayList<>();
        List<Integer> a = AttemptRunner.run(tasks(new CountDownLatch(1), ranAlone), alone, 1);
        Recorder pooled = new Recorder();
        List<Thread> ranPooled = new ArrayList<>();
        List<Integer> b = AttemptRunner.run(tasks(new CountDownLatch(1), ranPooled), pooled, 3);

        assertEquals(List.of(100, 101, 102), a);
        assertEquals(a, b);
        List<String> expected = List.of("select0", LexCost.of(10, 0).toString(), "select1", LexCost.of(11, 1).toString(),
                "select2", LexCost.of(12, 2).toString());
        assertEquals(expected, alone.events);
        assertEquals(expected, pooled.events);
        // The pool ran the attempts on its own threads, yet the listener heard everything on this one.
        ranPooled.forEach(t -> assertNotEquals(Thread.currentThread(), t));
        pooled.threads.forEach(t -> assertEquals(Thread.currentThread(), t));
        ranAlone.forEach(t -> assertEquals(Thread.currentThread(), t));
    }

    @Test
    void aFailingAttemptFailsTheRun() {
        List<AttemptRunner.Task<Integer>> failing = List.of(l -> 1, l -> {
            throw new IllegalArgumentException("broken attempt");
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttemptRunner.run(failing, SolveListener.NO_OP, 2));
        assertEquals("broken attempt", e.getMessage());
    }
}
