package io.solvereign.engine.repair;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.Weekday;
import io.solvereign.engine.Golden;
import io.solvereign.engine.Solvers;
import io.solvereign.engine.Weeks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shared test data: the Wien week solved once per test JVM (read with the forecast parser), and
 * helpers on plans. {@link #wien()} returns null when the golden folder is absent.
 */
final class RepairFixtures {
    private static Forecast wienForecast;
    private static Plan wienPlan;
    private static Plan smallPlan;

    private RepairFixtures() {
    }

    /** The Wien forecast, or null without the golden folder. */
    static synchronized Forecast wienForecast() {
        Path dir = Golden.dir();
        if (dir == null) {
            return null;
        }
        if (wienForecast == null) {
            wienForecast = ForecastParser.read(dir.resolve("wien-standard-week.csv"), InputFormat.AUTO,
                    Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE).requireSolvable();
        }
        return wienForecast;
    }

    /** The engine's plan of the Wien week (default request), solved once; null without the golden folder. */
    static synchronized Plan wien() {
        Forecast f = wienForecast();
        if (f == null) {
            return null;
        }
        if (wienPlan == null) {
            SolveResult r = Solvers.create().solve(SolveRequest.of(f));
            wienPlan = r.plan();
        }
        return wienPlan;
    }

    /** A synthetic week of about 400 tours (with split lines), from a fixed seed. */
    static Forecast smallWeek() {
        return Weeks.random(11, 400, new int[] {240, 270, 300}, Forecast.DEFAULT_WEEK_ANCHOR);
    }

    /** The engine's plan of {@link #smallWeek()}, solved once with a small budget. */
    static synchronized Plan solvedSmallWeek() {
        if (smallPlan == null) {
            smallPlan = Solvers.create().solve(SolveRequest.newBuilder(smallWeek()).workBudget(200_000).build()).plan();
        }
        return smallPlan;
    }

    /** Instant of a wall-clock time on a day of the forecast's week. */
    static Instant at(Forecast f, Weekday day, int hour, int minute) {
        return f.instantOf(day, hour * 60 + minute);
    }

    /** Instance id to driver id. */
    static Map<String, String> drivers(Plan p) {
        Map<String, String> out = new TreeMap<>();
        for (Assignment a : p.assignments()) {
            out.put(a.tourInstanceId(), a.driverId());
        }
        return out;
    }

    /** Driver id to its number of assignments. */
    static Map<String, Integer> load(Plan p) {
        Map<String, Integer> out = new TreeMap<>();
        p.assignments().forEach(a -> out.merge(a.driverId(), 1, Integer::sum));
        return out;
    }

    /** The drivers of the plan with the most assignments, ties by id: the hardest to replace. */
    static List<String> busiest(Plan p, int n) {
        List<Map.Entry<String, Integer>> e = new ArrayList<>(load(p).entrySet());
        e.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n && i < e.size(); i++) {
            out.add(e.get(i).getKey());
        }
        return out;
    }
}
