package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import io.solvereign.engine.Solvers;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 10 (jqwik): on random tiny weeks (4-12 tours of 6-11 h over the week, small enough to enumerate
 * every partition, {@link BruteForceWeek}) the engine's plan has the brute-force minimum of drivers, its
 * part-time count is never below the brute-force minimum at that headcount (a check on the yardstick), and its
 * certified {@code pt_lower_bound} never exceeds that minimum. Not asserted yet: the "part-time equals
 * the brute-force minimum"; random seeds still find tiny weeks one part-timer above it (issue 10 stays open).
 * A second property ties
 * the test's network model ({@link RosterNetwork}, which the short weeks' certificates are checked on) to
 * the same brute force: for random template weights both find the same heaviest full-time and part-time week.
 */
class SmallWeekOptimumPropertiesTest {
    private static final String[] DAYS = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};
    private static final RuleSet RULES = RuleSet.defaults();

    @Property(tries = 60)
    void partTimeLiesBetweenItsBoundAndThePlanAtTheOptimalHeadcount(@ForAll("tinyWeeks") List<String> lines) {
        Forecast f = parse(lines);
        int[] optimum = new BruteForceWeek(f, RULES).optimum();
        SolveResult r = Solvers.create().solve(SolveRequest.newBuilder(f).seed(1).build());
        Kpis k = r.plan().kpis();
        Statistics.label("optimum").collect(optimum[1] == 0 ? "no part-time"
                : optimum[1] == optimum[0] ? "all part-time" : "some part-time, some full-time");
        assertEquals(optimum[0], k.drivers(), () -> lines + ": drivers " + k.drivers() + ", brute-force minimum " + optimum[0]);
        assertTrue(k.ptLowerBound() <= optimum[1], () -> lines + ": pt_lower_bound " + k.ptLowerBound()
                + " above the brute-force minimum " + optimum[1]);
        assertTrue(k.ptDrivers() >= optimum[1], () -> lines + ": part-time " + k.ptDrivers() + ", below the brute-force minimum "
                + optimum[1] + " at " + optimum[0] + " drivers");
    }

    @Property(tries = 150)
    void theNetworkModelFindsTheSameHeaviestWeeksAsTheBruteForce(@ForAll("tinyWeeks") List<String> lines,
                                                                @ForAll long weightSeed) {
        Forecast f = parse(lines);
        RosterNetwork net = new RosterNetwork(f, RULES);
        SplittableRandom rnd = new SplittableRandom(weightSeed);
        long[] templateWeight = new long[net.templates.size()];
        for (int t = 0; t < templateWeight.length; t++) {
            templateWeight[t] = rnd.nextInt(-5, 20);
        }
        List<TourInstance> tours = f.instances().stream().sorted().toList();
        long[] tourWeight = new long[tours.size()];
        for (int i = 0; i < tourWeight.length; i++) {
            String key = tours.get(i).fingerprint().canonicalLine();
            for (int t = 0; t < templateWeight.length; t++) {
                if (net.templates.get(t).key().equals(key)) {
                    tourWeight[i] = templateWeight[t];
                }
            }
        }
        assertArrayEquals(new BruteForceWeek(f, RULES).maxWeekWeight(tourWeight), net.maxWeekWeight(templateWeight),
                () -> lines + ": heaviest {full-time, part-time} week");
    }

    /** 4-12 tours of 6 h to 11 h on the quarter hour, any day and start (night tours included), one or two per line. */
    @Provide
    Arbitrary<List<String>> tinyWeeks() {
        Arbitrary<String> line = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(12, 90), Arbitraries.integers().between(24, 44),
                Arbitraries.integers().between(1, 2))
                .as((d, q, len, n) -> DAYS[d] + " " + clock(q * 15) + "-" + clock(q * 15 + len * 15) + " " + n + " Fahrer");
        return line.list().ofMinSize(2).ofMaxSize(10).uniqueElements(l -> l.substring(0, 14)).filter(ls -> {
            int tours = ls.stream().mapToInt(l -> Integer.parseInt(l.split(" ")[2])).sum();
            return tours >= 4 && tours <= 12;
        });
    }

    private static Forecast parse(List<String> lines) {
        return ForecastParser.parse(String.join("\n", lines) + "\n", InputFormat.TEXT).requireSolvable();
    }

    private static String clock(int minute) {
        int m = Math.floorMod(minute, 1440);
        return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }
}
