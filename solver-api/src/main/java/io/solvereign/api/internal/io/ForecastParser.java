package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.io.ReadLimits;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Forecast;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The whitelist forecast parser (DOMAIN §2): text lines, the day-block CSV (long and wide), the
 * tour CSV and the JSON import contract (detected by a leading {@code &#123;}). A line that does not fit the grammar is reported, never guessed; every content
 * line ends up as tours or as an issue. Parsing never throws for bad content.
 *
 * <pre>{@code
 * ParseResult r = ForecastParser.read(Path.of("week.csv"), InputFormat.AUTO,
 *         Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE);
 * Forecast f = r.requireSolvable();          // throws when a line FAILs
 * String inputHash = CanonicalForm.inputHash(f);
 * }</pre>
 */
public final class ForecastParser {
    private ForecastParser() {
    }

    /**
     * Parses forecast text.
     *
     * @param content    the whole input (a leading BOM and CRLF/CR line ends are fine)
     * @param format     the format, or {@link InputFormat#AUTO} to detect it
     * @param weekAnchor Monday of the planned week
     * @param zone       site time zone
     * @return per-line verdicts, issues and the forecast of the lines that parsed
     * @throws IllegalArgumentException when {@code weekAnchor} is not a Monday
     */
    public static ParseResult parse(String content, InputFormat format, LocalDate weekAnchor, ZoneId zone) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(weekAnchor, "weekAnchor");
        Objects.requireNonNull(zone, "zone");
        if (weekAnchor.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("weekAnchor must be a Monday, was " + weekAnchor
                    + " (" + weekAnchor.getDayOfWeek() + ")");
        }
        if (format == InputFormat.JSON || format == InputFormat.AUTO && JsonForecastParser.looksLikeJson(content)) {
            return JsonForecastParser.parse(content, weekAnchor, zone);
        }
        List<String> lines = InputLines.split(content);
        InputFormat concrete = format == InputFormat.AUTO ? FormatDetector.detect(lines) : format;
        return switch (concrete) {
            case TEXT -> TextLineParser.parse(lines, weekAnchor, zone);
            case DAY_CSV -> DayCsvParser.parse(lines, weekAnchor, zone);
            case TOUR_CSV -> TourCsvParser.parse(lines, weekAnchor, zone);
            case AUTO, JSON -> throw new IllegalStateException(concrete + " was handled above");
        };
    }

    /** Parses text with the default anchor ({@link Forecast#DEFAULT_WEEK_ANCHOR}) and zone. */
    public static ParseResult parse(String content, InputFormat format) {
        return parse(content, format, Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE);
    }

    /**
     * Reads and parses a UTF-8 file within the {@link ReadLimits#defaults() default limits}.
     *
     * @throws SolvereignException {@link ErrorCode#UNREADABLE_INPUT} when the file cannot be read,
     *                             is not a regular file or is not UTF-8: {@code cannot read <path>: <reason>};
     *                             {@link ErrorCode#INPUT_TOO_LARGE} above a limit
     */
    public static ParseResult read(Path file, InputFormat format, LocalDate weekAnchor, ZoneId zone) {
        return read(file, format, weekAnchor, zone, ReadLimits.defaults());
    }

    /**
     * Reads and parses a UTF-8 file within the given limits (size, lines, line length).
     *
     * @throws SolvereignException as {@link #read(Path, InputFormat, LocalDate, ZoneId)}
     */
    public static ParseResult read(Path file, InputFormat format, LocalDate weekAnchor, ZoneId zone,
                                   ReadLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        return parse(BoundedFiles.readForecast(file, limits), format, weekAnchor, zone);
    }
}
