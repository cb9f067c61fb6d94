package io.solvereign.bench;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.engine.Solvers;
import io.solvereign.fixtures.ShortWeek;
import io.solvereign.fixtures.ShortWeekShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The short-week table of {@code benchmarks/README.md} (issue 10): every {@link ShortWeekShape} with seed 1,
 * solved once in this JVM after one warm-up solve (seed 1, default budget) for its figures (drivers, part-time, {@code pt_lower_bound},
 * status, in-process seconds) beside the proven optima recorded in golden-runs' {@code short-weeks/optima.csv};
 * then, when the harness jar is built, {@code --runs} whole {@code solvereign solve} processes per week
 * ({@link WholeProcessRun}, under {@code /usr/bin/time}, {@code -Xmx1g}): median wall and CPU seconds and
 * the largest peak RSS. Prints a Markdown table; with {@code --readme FILE} the table also replaces the part
 * of FILE between {@value #START} and {@value #END}. With {@code --write-weeks DIR} it only writes each week's
 * day-block CSV to {@code DIR/<week>.csv} (for timing {@code solvereign solve} by hand) and stops.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks,harness -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.solvereign.bench.ShortWeekTable --runs 5 --readme benchmarks/README.md
 * }</pre>
 */
public final class ShortWeekTable {
    /** Marker before the table in the README. */
    public static final String START = "<!-- short-week-table:start -->";
    /** Marker after the table in the README. */
    public static final String END = "<!-- short-week-table:end -->";
    /** Where golden-runs records the proven optima, from the repository root. */
    static final Path OPTIMA = Path.of("golden-runs", "src", "test", "resources", "short-weeks", "optima.csv");

    private ShortWeekTable() {
    }

    /**
     * Runs the table.
     *
     * @param args {@code [--runs N] [--weeks id,id] [--optima FILE] [--readme FILE] [--write-weeks DIR]}
     * @throws IOException when a file cannot be read or written, or a whole-process run fails
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = 5;
        List<ShortWeekShape> shapes = List.of(ShortWeekShape.values());
        Path optimaFile = OPTIMA;
        Path readme = null;
        Path writeDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--weeks" -> shapes = Arrays.stream(args[++i].split(",")).map(ShortWeekShape::byId).toList();
                case "--optima" -> optimaFile = Path.of(args[++i]);
                case "--readme" -> readme = Path.of(args[++i]);
                case "--write-weeks" -> writeDir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use [--runs N] [--weeks id,id] [--optima FILE] [--readme FILE] [--write-weeks DIR]");
            }
        }
        if (writeDir != null) {
            Files.createDirectories(writeDir);
            for (ShortWeekShape shape : shapes) {
                ShortWeek week = ShortWeek.generate(shape, 1);
                Files.writeString(writeDir.resolve(week.name() + ".csv"), week.text(), StandardCharsets.UTF_8);
            }
            return;
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be >= 1, was " + runs);
        }
        Map<String, int[]> optima = optima(optimaFile);
        // Warm-up solve, not reported, so the first row's in-process time is not mostly JIT.
        Solvers.create().solve(SolveRequest.newBuilder(ShortWeek.generate(shapes.get(0), 1).forecast()).seed(1).build());
        Optional<Path> jar = WholeProcessRun.harnessJar();
        StringBuilder table = new StringBuilder()
                .append("Weeks: `ShortWeek.generate(shape, 1)`; seed 1, default work budget; optima from `")
                .append(optimaFile).append("`; Java ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores.\n")
                .append(jar.isPresent() ? "Whole process: " + runs + " `solvereign solve` runs per week under `/usr/bin/time`, `-Xmx1g`"
                        + " (median wall and CPU, largest peak RSS).\n\n"
                        : "Whole process: NOT measured (build `harness/target/solvereign.jar` and have `/usr/bin/time`).\n\n")
                .append("| week | tours | drivers (optimum) | PT | PT optimum | PT - optimum | pt_lower_bound | optimum - bound"
                        + " | status | in-process solve s | process wall s (median) | process CPU s (median) | process peak RSS MiB |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ShortWeekShape shape : shapes) {
            ShortWeek week = ShortWeek.generate(shape, 1);
            Forecast f = week.forecast();
            int[] opt = optima.get(week.name());
            if (opt == null) {
                throw new IllegalStateException(optimaFile + " has no row for " + week.name());
            }
            long t0 = System.nanoTime();
            SolveResult r = Solvers.create().solve(SolveRequest.newBuilder(f).seed(1).build());
            double solveSeconds = (System.nanoTime() - t0) / 1e9;
            Kpis k = r.plan().kpis();
            table.append(String.format(Locale.ROOT, "| %s | %,d | %d (%d) | %d | %d | %+d | %d | %d | %s | %.2f |",
                    week.name(), f.instances().size(), k.drivers(), opt[0], k.ptDrivers(), opt[1], k.ptDrivers() - opt[1],
                    k.ptLowerBound(), opt[1] - k.ptLowerBound(), r.status(), solveSeconds));
            if (jar.isPresent()) {
                long[] wall = new long[runs];
                long[] cpu = new long[runs];
                long rss = 0;
                for (int i = 0; i < runs; i++) {
                    WholeProcessRun p = WholeProcessRun.measure(jar.get(), f);
                    wall[i] = Math.round(p.wallSeconds() * 1000);
                    cpu[i] = Math.round(p.cpuSeconds() * 1000);
                    rss = Math.max(rss, p.peakRssMb());
                }
                Arrays.sort(wall);
                Arrays.sort(cpu);
                table.append(String.format(Locale.ROOT, " %.2f | %.2f | %,d |", ScalingTable.median(wall) / 1000.0,
                        ScalingTable.median(cpu) / 1000.0, rss));
            } else {
                table.append(" - | - | - |");
            }
            table.append('\n');
            System.err.println(week.name() + " done");
        }
        System.out.print(table);
        if (readme != null) {
            ScalingTable.replaceSection(readme, START, END, table.toString());
        }
    }

    /** Week name to {drivers, part-time} optimum, from the {@code optima.csv} header's named columns. */
    static Map<String, int[]> optima(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int week = header.indexOf("week");
        int drivers = header.indexOf("drivers");
        int pt = header.indexOf("pt");
        if (week < 0 || drivers < 0 || pt < 0) {
            throw new IllegalStateException(file + ": header lacks week, drivers or pt: " + lines.get(0));
        }
        Map<String, int[]> out = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            out.put(f[week], new int[] {Integer.parseInt(f[drivers]), Integer.parseInt(f[pt])});
        }
        return out;
    }
}
