package io.solvereign.harness;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.io.ExampleForecasts;
import io.solvereign.api.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.model.Forecast;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The forecast options every command that reads a forecast shares ({@code @Mixin}):
 * {@code --input}, {@code --format}, {@code --week-anchor}, {@code --time-zone}. Without
 * {@code --input} the built-in example week is used.
 */
public final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Forecast file (UTF-8). Default: the built-in example week.")
    Path input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", converter = FormatConverter.class,
            completionCandidates = FormatConverter.Names.class,
            description = "auto, text, daycsv, tourcsv or json (default: ${DEFAULT-VALUE}).")
    InputFormat format;

    @Option(names = "--week-anchor", paramLabel = "YYYY-MM-DD",
            description = "Monday of the planned week (default: 2026-01-05).")
    LocalDate weekAnchor;

    @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = "Europe/Vienna",
            description = "Site time zone (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    /** What was read and how it parsed. @param name the file, or the built-in example's name */
    public record Input(String name, Path file, ParseResult result) {
    }

    /** Where the forecast comes from, for messages. */
    public String sourceName() {
        return input != null ? input.toString() : "built-in example " + ExampleForecasts.VIENNA_WEEK_NAME;
    }

    /**
     * Reads and parses the forecast.
     *
     * @throws CommandLine.ParameterException when the week anchor is not a Monday (wrong usage)
     * @throws SolvereignException            UNREADABLE_INPUT when the file cannot be read
     */
    public Input load() {
        LocalDate anchor = weekAnchor != null ? weekAnchor : Forecast.DEFAULT_WEEK_ANCHOR;
        if (anchor.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--week-anchor must be a Monday, " + anchor + " is a " + anchor.getDayOfWeek());
        }
        if (input != null) {
            return new Input(input.toString(), input, ForecastParser.read(input, format, anchor, zone));
        }
        String text;
        try {
            text = new String(ExampleForecasts.viennaWeekBytes(), StandardCharsets.UTF_8);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, e.getMessage(), e);
        }
        return new Input(sourceName(), null, ForecastParser.parse(text, format, anchor, zone));
    }

    /**
     * The forecast's original bytes, as they are stored in a workspace: the file's bytes, or the
     * built-in example's.
     *
     * @throws SolvereignException UNREADABLE_INPUT when the file cannot be read
     */
    public static byte[] originalBytes(Input input) {
        if (input.file() == null) {
            return ExampleForecasts.viennaWeekBytes();
        }
        try {
            return java.nio.file.Files.readAllBytes(input.file());
        } catch (java.io.IOException e) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "cannot read " + input.file() + ": " + e, e);
        }
    }

    /** Converts the CLI names of {@link InputFormat}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }

        /** The names shown in help and completion. */
        static final class Names extends java.util.ArrayList<String> {
            private static final long serialVersionUID = 1L;

            Names() {
                for (InputFormat f : InputFormat.values()) {
                    add(f.cliName());
                }
            }
        }
    }
}
