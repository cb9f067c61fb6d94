package io.solvereign.golden;

import io.solvereign.fixtures.ShortWeek;
import io.solvereign.fixtures.ShortWeekShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One short week's recorded optimum (test resources, {@code short-weeks/}): a row of {@code optima.csv}
 * with both optima and how they were proven, the optimal rosters ({@code <week>.rosters.txt}, one driver a
 * line, the canonical lines of his tours) and the bound certificates ({@code <week>.certificate.txt},
 * integer template weights per level). Written only by {@link ExactOptimaRecompute}.
 *
 * @param week        week name, e.g. {@code holiday-mo-240-s1}
 * @param shape       generator shape
 * @param seed        generator seed
 * @param tours       tour instances
 * @param inputHash   input_hash of the generated week (pins the generator's output)
 * @param drivers     proven optimum of level 1
 * @param partTime    proven optimum of level 2 at that headcount
 * @param driversLp   LP value of level 1
 * @param partTimeLp  LP value of level 2
 * @param driversBound driver bound proven by the recorded certificate (re-checked by the tests)
 * @param partTimeBound part-time bound proven by the recorded certificate at {@code drivers}
 * @param proof       how the optima were obtained
 * @param seconds     exact model time (information only)
 */
record ShortWeekRecord(String week, ShortWeekShape shape, long seed, int tours, String inputHash, int drivers,
                       int partTime, String driversLp, String partTimeLp, int driversBound, int partTimeBound, String proof, String seconds) {
    static final String DIR = "short-weeks/";
    static final String HEADER = "week,shape,seed,tours,input_hash,drivers,pt,drivers_lp,pt_lp,drivers_bound,pt_bound,proof,seconds";
    /** The recorded weeks: one per shape, seed 1. */
    static final long SEED = 1;

    ShortWeek generate() {
        return ShortWeek.generate(shape, seed);
    }

    String csv() {
        return String.join(",", week, shape.id(), Long.toString(seed), Integer.toString(tours), inputHash,
                Integer.toString(drivers), Integer.toString(partTime), driversLp, partTimeLp,
                Integer.toString(driversBound), Integer.toString(partTimeBound), proof, seconds);
    }

    /** Every recorded week, in file order. */
    static List<ShortWeekRecord> all() {
        List<ShortWeekRecord> out = new ArrayList<>();
        List<String> lines = resourceLines("optima.csv");
        if (!lines.get(0).equals(HEADER)) {
            throw new IllegalStateException("optima.csv header changed: " + lines.get(0));
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            out.add(new ShortWeekRecord(f[0], ShortWeekShape.byId(f[1]), Long.parseLong(f[2]), Integer.parseInt(f[3]),
                    f[4], Integer.parseInt(f[5]), Integer.parseInt(f[6]), f[7], f[8], Integer.parseInt(f[9]), Integer.parseInt(f[10]), f[11], f[12]));
        }
        return out;
    }

    /** The recorded optimal rosters: per driver, the canonical lines of his tours. */
    List<List<String>> rosters() {
        return resourceLines(week + ".rosters.txt").stream().map(l -> Arrays.asList(l.split(", "))).toList();
    }

    /** The recorded certificate weights of a level ({@code drivers} or {@code pt}), by canonical line. */
    Map<String, Long> weights(String level) {
        Map<String, Long> out = new TreeMap<>();
        for (String line : resourceLines(week + ".certificate.txt")) {
            String[] f = line.split("\t");
            if (f[0].equals(level)) {
                out.put(f[1], Long.parseLong(f[2]));
            }
        }
        return out;
    }

    static void write(Path dir, List<ShortWeekRecord> records) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        records.forEach(r -> sb.append(r.csv()).append('\n'));
        Files.writeString(dir.resolve("optima.csv"), sb, StandardCharsets.UTF_8);
    }

    static void writeWeek(Path dir, String week, List<List<String>> rosters, Map<String, long[]> weights) throws IOException {
        StringBuilder r = new StringBuilder();
        rosters.forEach(x -> r.append(String.join(", ", x)).append('\n'));
        Files.writeString(dir.resolve(week + ".rosters.txt"), r, StandardCharsets.UTF_8);
        StringBuilder c = new StringBuilder();
        for (String level : List.of("drivers", "pt")) {
            weights.forEach((key, w) -> {
                long v = level.equals("drivers") ? w[0] : w[1];
                if (v != 0) {
                    c.append(level).append('\t').append(key).append('\t').append(v).append('\n');
                }
            });
        }
        Files.writeString(dir.resolve(week + ".certificate.txt"), c, StandardCharsets.UTF_8);
    }

    static String decimal(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = ShortWeekRecord.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
