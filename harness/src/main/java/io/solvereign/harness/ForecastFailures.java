package io.solvereign.harness;

import io.solvereign.api.io.ParseIssue;
import java.util.List;
import java.util.Optional;

/**
 * A forecast's FAIL lines as one line for stderr: how many, the first few, and a hint when the
 * cause is plain (a file that mixes {@code ;} and {@code ,} as separators fails on nearly every line).
 */
final class ForecastFailures {
    /** How many failures are named before the rest is counted. */
    static final int SHOWN = 3;

    private ForecastFailures() {
    }

    /** {@code NAME: 285 FAIL line(s): line 2: ...; line 3: ... (+282 more); hint}. */
    static String oneLine(String name, List<ParseIssue> failures, String text) {
        StringBuilder sb = new StringBuilder(name).append(": ").append(failures.size()).append(" FAIL line(s): ");
        for (int i = 0; i < Math.min(SHOWN, failures.size()); i++) {
            sb.append(i == 0 ? "" : "; ").append(failures.get(i).describe());
        }
        if (failures.size() > SHOWN) {
            sb.append(" (+").append(failures.size() - SHOWN).append(" more)");
        }
        separatorHint(text).ifPresent(h -> sb.append("; hint: ").append(h));
        return sb.toString();
    }

    /**
     * A hint when the lines disagree on the CSV separator: some use {@code ;} and others {@code ,}
     * only (a header saved by one program, rows by another, or a locale change half-way).
     */
    static Optional<String> separatorHint(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int semicolon = 0;
        int commaOnly = 0;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.indexOf(';') >= 0) {
                semicolon++;
            } else if (l.indexOf(',') >= 0) {
                commaOnly++;
            }
        }
        if (semicolon > 0 && commaOnly > 0) {
            return Optional.of("the file mixes ';' (" + semicolon + " line(s)) and ',' (" + commaOnly
                    + " line(s)) as separators; use one separator throughout");
        }
        return Optional.empty();
    }
}
