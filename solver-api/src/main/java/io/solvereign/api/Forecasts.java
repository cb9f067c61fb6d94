package io.solvereign.api;

import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.ExampleForecasts;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.io.ReadLimits;
import io.solvereign.api.model.Forecast;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Reading forecasts: the input formats (DOMAIN §2), the canonical form and the
 * {@code input_hash}. Every line gets a verdict; nothing is dropped silently.
 *
 * <pre>{@code
 * Forecast week = Forecasts.read(Path.of("week.csv")).requireSolvable(); // throws when a line FAILs
 * String inputHash = Forecasts.inputHash(week);
 * }</pre>
 */
public final class Forecasts {
    private Forecasts() {
    }

    /**
     * Reads a UTF-8 forecast file, detecting its format, for the default week
     * ({@link Forecast#DEFAULT_WEEK_ANCHOR}, {@link Forecast#DEFAULT_ZONE}) within the default limits.
     *
     * @return per-line verdicts, issues and the forecast of the lines that parsed
     * @throws SolvereignException {@link ErrorCode#UNREADABLE_INPUT} when the file cannot be read or is not
     *                             UTF-8, {@link ErrorCode#INPUT_TOO_LARGE} above a limit
     */
    public static ParseResult read(Path file) {
        return read(file, InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE);
    }

    /**
     * Reads a UTF-8 forecast file within the {@link ReadLimits#defaults() default limits}.
     *
     * @param format     the format, or {@link InputFormat#AUTO} to detect it
     * @param weekAnchor Monday of the planned week
     * @param zone       site time zone
     * @throws SolvereignException as {@link #read(Path)}
     * @throws IllegalArgumentException when {@code weekAnchor} is not a Monday
     */
    public static ParseResult read(Path file, InputFormat format, LocalDate weekAnchor, ZoneId zone) {
        return ForecastParser.read(file, format, weekAnchor, zone);
    }

    /**
     * Reads a UTF-8 forecast file within the given limits (size, lines, line length).
     *
     * @throws SolvereignException as {@link #read(Path)}
     * @throws IllegalArgumentException when {@code weekAnchor} is not a Monday
     */
    public static ParseResult read(Path file, InputFormat format, LocalDate weekAnchor, ZoneId zone,
                                   ReadLimits limits) {
        return ForecastParser.read(file, format, weekAnchor, zone, limits);
    }

    /**
     * Parses forecast text (a leading BOM and CRLF/CR line ends are fine).
     *
     * @throws IllegalArgumentException when {@code weekAnchor} is not a Monday
     */
    public static ParseResult parse(String content, InputFormat format, LocalDate weekAnchor, ZoneId zone) {
        return ForecastParser.parse(content, format, weekAnchor, zone);
    }

    /** Parses forecast text for the default week anchor and zone. */
    public static ParseResult parse(String content, InputFormat format) {
        return ForecastParser.parse(content, format);
    }

    /**
     * The built-in example week ({@link ExampleForecasts#viennaWeekBytes()}) parsed for the default
     * week anchor and zone: a forecast to try the library on with no data at hand.
     */
    public static ParseResult example() {
        return parse(new String(ExampleForecasts.viennaWeekBytes(), StandardCharsets.UTF_8), InputFormat.TEXT);
    }

    /**
     * The canonical text of a forecast (DOMAIN §3): one line per instance, sorted, joined by {@code \n};
     * line order, spacing, format and file layout do not matter. These are the bytes {@link #inputHash} hashes.
     */
    public static String canonicalText(Forecast forecast) {
        return CanonicalForm.text(forecast);
    }

    /** The {@code input_hash} of a forecast: SHA-256 (lowercase hex) of its canonical text. */
    public static String inputHash(Forecast forecast) {
        return CanonicalForm.inputHash(forecast);
    }
}
