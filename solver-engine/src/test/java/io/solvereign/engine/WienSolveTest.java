package io.solvereign.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Kpis;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The golden Wien week (skipped only when the golden folder is absent). */
class WienSolveTest {
    @Test
    void wienWeek() {
        Assumptions.assumeTrue(Golden.dir() != null, "golden folder absent");
        long t = System.nanoTime();
        SolveResult r = Solvers.create().solve(SolveRequest.of(Golden.wien()));
        System.out.println("Wien: " + r.cost() + " " + r.plan().kpis() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        Kpis k = r.plan().kpis();
        assertEquals(1385, k.tours());
        assertTrue(k.drivers() <= 143, "drivers " + k.drivers());
        assertEquals(0, k.ptDrivers());
    }
}
