package io.solvereign.bench;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One whole {@code solvereign solve} process on a week, as a dispatcher runs it (JVM start, parse,
 * solve, every export written, the plan stored), measured from outside: wall time, CPU seconds (user +
 * system) and peak resident memory from {@code /usr/bin/time}, and the peak heap in use from the JVM's
 * GC log (the largest heap occupancy before a collection). The child runs with {@code -Xmx1g}, so a
 * completed run also shows the solve fits a 1 GB heap.
 *
 * @param wallSeconds  elapsed time of the process
 * @param cpuSeconds   user + system CPU of the process
 * @param peakRssMb    peak resident set size in MiB
 * @param peakHeapMb   largest heap occupancy seen at a collection, MiB (0 when no collection ran)
 */
record WholeProcessRun(double wallSeconds, double cpuSeconds, long peakRssMb, long peakHeapMb) {
    static final String TIME = "/usr/bin/time";
    /** G1 and the other collectors log {@code 123M->45M(256M)}: heap before, after, committed. */
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\(");

    /** The harness jar, when built ({@code mvn -B -q -pl harness -am package -DskipTests}). */
    static Optional<Path> harnessJar() {
        Path jar = Path.of("harness", "target", "solvereign.jar");
        return Files.isRegularFile(jar) && Files.isExecutable(Path.of(TIME)) ? Optional.of(jar) : Optional.empty();
    }

    /**
     * Solves the week in a child process and measures it.
     *
     * @throws IOException when the process fails; its output is in the message
     */
    static WholeProcessRun measure(Path jar, Forecast week) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("solvereign-scaling");
        try {
            Path input = dir.resolve("week.txt");
            Files.writeString(input, text(week), StandardCharsets.UTF_8);
            Path times = dir.resolve("time.txt");
            Path gc = dir.resolve("gc.log");
            List<String> cmd = List.of(TIME, "-f", "%e %U %S %M", "-o", times.toString(), "java", "-Xmx1g",
                    "-Xlog:gc:file=" + gc, "-jar", jar.toString(), "solve", "--input", input.toString(),
                    "--week-anchor", week.weekAnchor().toString(), "--time-zone", week.zone().getId(),
                    "--out", dir.resolve("out").toString(), "--workspace", dir.resolve("ws").toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IOException("solve exited with " + rc + ": " + Files.readString(dir.resolve("log.txt")));
            }
            String[] f = Files.readAllLines(times).get(Files.readAllLines(times).size() - 1).trim().split(" ");
            long heap = 0;
            for (String line : Files.readAllLines(gc)) {
                Matcher m = GC.matcher(line);
                if (m.find()) {
                    heap = Math.max(heap, Long.parseLong(m.group(1)));
                }
            }
            return new WholeProcessRun(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
                    Long.parseLong(f[3]) / 1024, heap);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            }
        }
    }

    /** The week in the text format (DOMAIN §2.1): one line per template with its count. */
    static String text(Forecast week) {
        List<String> lines = new ArrayList<>();
        for (TourTemplate t : week.templates()) {
            StringBuilder sb = new StringBuilder(t.day().abbreviation());
            for (int i = 0; i < t.fingerprint().parts().size(); i++) {
                TimeRange r = t.fingerprint().parts().get(i);
                sb.append(i == 0 ? " " : " + ").append(r.format());
            }
            sb.append(' ').append(t.count()).append(" Fahrer");
            if (!t.fingerprint().depot().isEmpty()) {
                sb.append(" Depot ").append(t.fingerprint().depot());
            }
            lines.add(sb.toString());
        }
        return String.join("\n", lines) + "\n";
    }
}
