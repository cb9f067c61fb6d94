package io.solvereign.bench;

import com.sun.management.OperatingSystemMXBean;
import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.engine.Solvers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The scaling table of {@code benchmarks/README.md}: the Wien week (or the built-in example when
 * {@code ../shared/golden} is not reachable) with every line's count multiplied by 1, 2, 4, 8 and 16.
 * In this JVM each scale is solved {@code --runs} times (seed 1, default budget) after one warm-up solve of
 * the x1 week: median wall seconds, median CPU seconds of the process during the solve (search, GC and
 * JIT threads), and the peak heap in use during the solve (sum of the heap pools' peaks, reset before each
 * solve). Then, when the harness jar is built, each scale once as a whole {@code solve} process
 * ({@link WholeProcessRun}: wall, CPU, peak RSS, peak heap at a collection, under {@code -Xmx1g}).
 * Prints a Markdown table; with {@code --readme FILE} the table also replaces the part of FILE between
 * {@value #START} and {@value #END}.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks,harness -am package -DskipTests
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
     * @param args {@code [--runs N] [--factors 1,2,4,8,16] [--readme FILE]}
     * @throws IOException when the README cannot be rewritten or a whole-process run fails
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = 3;
        int[] factors = {1, 2, 4, 8, 16};
        Path readme = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--factors" -> factors = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--readme" -> readme = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use [--runs N] [--factors 1,2,4,8,16] [--readme FILE]");
            }
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be >= 1, was " + runs);
        }
        Forecast base = BenchWeeks.wienOrExample();
        solve(base); // warm-up, not reported
        Optional<Path> jar = WholeProcessRun.harnessJar();
        StringBuilder table = new StringBuilder()
                .append("Week: ").append(BenchWeeks.wienSource()).append("; seed 1, default work budget; ")
                .append(runs).append(" in-process runs per row after one warm-up solve; Java ")
                .append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB.\n")
                .append(jar.isPresent() ? "Whole process: one `solvereign solve` per row under `/usr/bin/time`, `-Xmx1g`.\n\n"
                        : "Whole process: NOT measured (build `harness/target/solvereign.jar` and have `/usr/bin/time`).\n\n")
                .append("| demand | tours | drivers | bound | gap | PT | 2er-split | 1er | status | same output_hash"
                        + " | solve s (median) | CPU s (median) | peak heap MiB"
                        + " | process wall s | process CPU s | process peak RSS MiB | process peak heap MiB |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int factor : factors) {
            Forecast week = BenchWeeks.scaled(base, factor);
            table.append(row(factor, week, runs));
            if (jar.isPresent()) {
                WholeProcessRun p = WholeProcessRun.measure(jar.get(), week);
                table.append(String.format(Locale.ROOT, " %.2f | %.2f | %,d | %,d |", p.wallSeconds(), p.cpuSeconds(),
                        p.peakRssMb(), p.peakHeapMb()));
            } else {
                table.append(" - | - | - | - |");
            }
            table.append('\n');
            System.err.println("x" + factor + " done");
        }
        System.out.print(table);
        if (readme != null) {
            replaceSection(readme, START, END, table.toString());
        }
    }

    private static String row(int factor, Forecast week, int runs) {
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        long peak = 0;
        List<String> hashes = new ArrayList<>();
        SolveResult last = null;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < runs; r++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(m -> m.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            last = solve(week);
            nanos[r] = System.nanoTime() - t0;
            cpu[r] = os.getProcessCpuTime() - c0;
            peak = Math.max(peak, heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum());
            hashes.add(last.plan().outputHash());
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        Kpis k = last.plan().kpis();
        boolean stable = hashes.stream().distinct().count() == 1;
        return String.format(Locale.ROOT, "| x%d | %,d | %,d | %,d | %d | %d | %d | %,d | %s | %s | %s | %s | %,d |",
                factor, week.instances().size(), k.drivers(), k.lowerBound(), k.gap(), k.ptDrivers(),
                k.doublesSplit(), k.singles(), last.status(), stable ? "yes" : "NO", seconds(median(nanos)),
                seconds(median(cpu)), peak >> 20);
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

    /** Replaces the part of {@code readme} between the two markers with {@code table}. */
    static void replaceSection(Path readme, String start, String end, String table) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int a = text.indexOf(start);
        int b = text.indexOf(end);
        if (a < 0 || b < a) {
            throw new IllegalStateException(readme + " has no " + start + " ... " + end + " section");
        }
        String updated = text.substring(0, a + start.length()) + "\n" + table + text.substring(b);
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }
}
