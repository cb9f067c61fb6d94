package io.solvereign.bench;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.engine.Solvers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scaling table of {@code benchmarks/README.md}: the Wien week (or the built-in example when
 * {@code ../shared/golden} is not reachable) with every line's count multiplied by 1, 2, 4 and 8,
 * each solved {@code --runs} times in this JVM (seed 1, default budget) after one warm-up solve.
 * Prints a Markdown table: drivers, certified bound, gap, and the median solve time. With
 * {@code --readme FILE} the table also replaces the part of FILE between
 * {@value #START} and {@value #END}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.solvereign.bench.ScalingTable --runs 3 --readme benchmarks/README.md
 * }</pre>
 */
public final class ScalingTable {
    /** Marker before the table in the README. */
    public static final String START = "<!-- scaling-table:start -->";
    /** Marker after the table in the README. */
    public static final String END = "<!-- scaling-table:end -->";

    private ScalingTable() {
    }

    /**
     * Runs the table.
     *
     * @param args {@code [--runs N] [--factors 1,2,4,8] [--readme FILE]}
     * @throws IOException when the README cannot be rewritten
     */
    public static void main(String[] args) throws IOException {
        int runs = 3;
        int[] factors = {1, 2, 4, 8};
        Path readme = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--factors" -> factors = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--readme" -> readme = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use [--runs N] [--factors 1,2,4,8] [--readme FILE]");
            }
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be >= 1, was " + runs);
        }
        Forecast base = BenchWeeks.wienOrExample();
        solve(base); // warm-up, not reported
        StringBuilder table = new StringBuilder()
                .append("Week: ").append(BenchWeeks.wienSource()).append("; seed 1, default work budget; ")
                .append(runs).append(" timed runs per row after one warm-up solve; Java ")
                .append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n")
                .append("| demand | tours | drivers | bound | gap | PT | 2er-split | 1er | status | solve s (median) | min..max s | same output_hash |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int factor : factors) {
            table.append(row(factor, BenchWeeks.scaled(base, factor), runs)).append('\n');
            System.err.println("x" + factor + " done");
        }
        System.out.print(table);
        if (readme != null) {
            replaceSection(readme, table.toString());
        }
    }

    private static String row(int factor, Forecast week, int runs) {
        long[] nanos = new long[runs];
        List<String> hashes = new ArrayList<>();
        SolveResult last = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            last = solve(week);
            nanos[r] = System.nanoTime() - t0;
            hashes.add(last.plan().outputHash());
        }
        Arrays.sort(nanos);
        Kpis k = last.plan().kpis();
        boolean stable = hashes.stream().distinct().count() == 1;
        return String.format(Locale.ROOT, "| x%d | %,d | %,d | %,d | %d | %d | %d | %,d | %s | %s | %s..%s | %s |",
                factor, week.instances().size(), k.drivers(), k.lowerBound(), k.gap(), k.ptDrivers(),
                k.doublesSplit(), k.singles(), last.status(), seconds(median(nanos)), seconds(nanos[0]),
                seconds(nanos[runs - 1]), stable ? "yes" : "NO");
    }

    private static SolveResult solve(Forecast week) {
        return Solvers.create().solve(SolveRequest.newBuilder(week).seed(1).build());
    }

    /** Median of sorted values (mean of the middle two for an even count). */
    static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static void replaceSection(Path readme, String table) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int a = text.indexOf(START);
        int b = text.indexOf(END);
        if (a < 0 || b < a) {
            throw new IllegalStateException(readme + " has no " + START + " ... " + END + " section");
        }
        String updated = text.substring(0, a + START.length()) + "\n" + table + text.substring(b);
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }
}
