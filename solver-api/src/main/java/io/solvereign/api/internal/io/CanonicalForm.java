package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourTemplate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The canonical form of a forecast (DOMAIN §3): one line per instance (one per pair for a split
 * line), sorted in plain string order. It ignores line order, spacing, format and file layout.
 */
public final class CanonicalForm {
    private CanonicalForm() {
    }

    /** The sorted canonical lines of the forecast. */
    public static List<String> lines(Forecast forecast) {
        List<String> lines = new ArrayList<>();
        for (TourTemplate t : forecast.templates()) {
            String line = t.fingerprint().canonicalLine();
            for (int i = 0; i < t.count(); i++) {
                lines.add(line);
            }
        }
        // String.compareTo is UTF-16 code-unit order, which is plain byte order for the ASCII lines
        // the reference system hashes.
        Collections.sort(lines);
        return List.copyOf(lines);
    }

    /** The canonical lines joined by {@code \n}, without a trailing newline. */
    public static String text(Forecast forecast) {
        return String.join("\n", lines(forecast));
    }

    /**
     * Reads a canonical text back (it is valid text-format input; repeated lines add up).
     * Parsing {@link #text(Forecast)} this way gives a forecast with the same canonical form; skills
     * are not part of canonical lines and are lost.
     *
     * @throws io.solvereign.api.SolvereignException when a line is not a valid text line
     */
    public static Forecast parse(String canonicalText, LocalDate weekAnchor, ZoneId zone) {
        return ForecastParser.parse(canonicalText, InputFormat.TEXT, weekAnchor, zone).requireSolvable();
    }

    /** {@code input_hash}: SHA-256 (lowercase hex) of {@link #text(Forecast)} in UTF-8. */
    public static String inputHash(Forecast forecast) {
        return Hashes.sha256Hex(text(forecast));
    }
}
