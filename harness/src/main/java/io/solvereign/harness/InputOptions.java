package io.solvereign.harness;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.io.ExampleForecasts;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.io.ReadLimits;
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
 * {@code -i/--input}, {@code --example}, {@code --format}, {@code --week-anchor}, {@code --time-zone}.
 * One of {@code --input} and {@code --example} is required, so a depot's week is never silently
 * replaced by the built-in example (wrong usage, exit 64, pointing at {@code --example}).
 */
public final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "Forecast file (UTF-8).")
    Path input;

    @Option(names = "--example",
            description = "Use the built-in example week (a synthetic Vienna-like week, not a depot's forecast).")
    boolean example;

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
        /** The forecast's text (UTF-8), for hints about its layout. */
        public String text() {
            return new String(originalBytes(this), StandardCharsets.UTF_8);
        }
    }

    /** Where the forecast comes from, for messages. */
    public String sourceName() {
        return input != null ? input.toString() : "built-in example " + ExampleForecasts.VIENNA_WEEK_NAME;
    }

    /** True when the built-in example week was asked for with {@code --example}. */
    public boolean isExample() {
        return input == null && example;
    }

    /** The first line of every output of a command run on the example, so nobody mistakes it for a depot's week. */
    public static String exampleNotice() {
        return "EXAMPLE: the built-in example week " + ExampleForecasts.VIENNA_WEEK_NAME
                + " (synthetic, not a depot's forecast; a plan of it can never be locked)";
    }

    /**
     * Reads and parses the forecast.
     *
     * @throws CommandLine.ParameterException when neither or both of {@code --input} and {@code --example}
     *                                        are given, or the week anchor is not a Monday (wrong usage)
     * @throws SolvereignException            UNREADABLE_INPUT when the file cannot be read
     */
    public Input load() {
        if (input == null && !example) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no forecast given: add --input FILE "
                    + "(-i FILE), or --example to try the built-in example week");
        }
        if (input != null && example) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --input or --example, not both");
        }
        LocalDate anchor = weekAnchor != null ? weekAnchor : Forecast.DEFAULT_WEEK_ANCHOR;
        if (anchor.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--week-anchor must be a Monday, " + anchor + " is a " + anchor.getDayOfWeek());
        }
        if (input != null) {
            return new Input(input.toString(), input, ForecastParser.read(input, format, anchor, zone,
                    ReadLimits.fromProperties(System::getProperty)));
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
