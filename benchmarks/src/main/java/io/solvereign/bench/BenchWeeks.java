package io.solvereign.bench;

import io.solvereign.api.io.ExampleForecasts;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The weeks the benchmarks run on, by name: {@code wien} (the depot's real week from
 * {@code ../shared/golden/} when that folder is reachable, else the built-in example),
 * {@code example} (the built-in example) and {@code synthetic-<seed>-<tours>} ({@link SyntheticWeek}).
 */
public final class BenchWeeks {
    /** File name of the Vienna depot's week inside the golden folder. */
    public static final String WIEN_FILE = "wien-standard-week.csv";

    private BenchWeeks() {
    }

    /**
     * The week of the given name.
     *
     * @param name {@code wien}, {@code example} or {@code synthetic-<seed>-<tours>}
     * @throws IllegalArgumentException for another name
     */
    public static Forecast named(String name) {
        Objects.requireNonNull(name, "name");
        if (name.equals("wien")) {
            return wienOrExample();
        }
        if (name.equals("example")) {
            return example();
        }
        String[] parts = name.split("-");
        if (parts.length == 3 && parts[0].equals("synthetic")) {
            return SyntheticWeek.generate(Long.parseLong(parts[1]), Integer.parseInt(parts[2])).forecast();
        }
        throw new IllegalArgumentException("unknown week '" + name
                + "'; use wien, example or synthetic-<seed>-<tours>");
    }

    /** The Wien week when the golden folder is reachable, else the built-in example. */
    public static Forecast wienOrExample() {
        return GoldenFolder.find().map(BenchWeeks::wien).orElseGet(BenchWeeks::example);
    }

    /** Where {@link #wienOrExample()} reads from, for reports: {@code shared/golden/<file>} or the built-in example. */
    public static String wienSource() {
        Optional<Path> dir = GoldenFolder.find();
        return dir.map(d -> "shared/golden/" + WIEN_FILE).orElse("built-in example " + ExampleForecasts.VIENNA_WEEK_NAME);
    }

    /** The Wien week read from the given golden folder with the default anchor and zone. */
    public static Forecast wien(Path goldenDir) {
        Path file = goldenDir.resolve(WIEN_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("golden folder " + goldenDir + " has no " + WIEN_FILE);
        }
        return ForecastParser.read(file, InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE)
                .requireSolvable();
    }

    /** The built-in example week that ships in solver-api. */
    public static Forecast example() {
        String text = new String(ExampleForecasts.viennaWeekBytes(), StandardCharsets.UTF_8);
        return ForecastParser.parse(text, InputFormat.AUTO).requireSolvable();
    }

    /**
     * The same week with every line's count multiplied: demand x{@code factor} on the same tour lines.
     *
     * @throws IllegalArgumentException when {@code factor < 1}
     */
    public static Forecast scaled(Forecast week, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be >= 1, was " + factor);
        }
        List<TourTemplate> templates = new ArrayList<>();
        for (TourTemplate t : week.templates()) {
            templates.add(new TourTemplate(t.fingerprint(), Math.multiplyExact(t.count(), factor), t.sourceLine()));
        }
        return Forecast.of(week.weekAnchor(), week.zone(), templates);
    }
}
