package io.solvereign.api.io;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TenantSite;
import io.solvereign.api.model.Weekday;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything the parser learned about one input.
 *
 * @param format   the concrete format that was parsed (never {@link InputFormat#AUTO})
 * @param status   the worst line's status: only {@code PASS} and {@code WARN} inputs may be solved
 * @param lines    per-line verdicts in input order
 * @param issues   all issues, sorted by line and column (line 0 = about the whole input)
 * @param forecast the tours of the lines (or CSV cells) that parsed, so a report can show tours per
 *                 day even for a failing input; use {@link #requireSolvable()} before solving
 * @param site     tenant and site codes (JSON contract), {@link TenantSite#NONE} for other formats
 * @param removals fingerprints a patch removes (text lines starting with {@code -}, JSON {@code removals}),
 *                 sorted and distinct; only composing a week uses them (DOMAIN §12)
 * @param holidays days marked as days without tours ({@code Feiertag;0}); they count as present for
 *                 completeness
 */
public record ParseResult(InputFormat format, ErrorCode.Severity status, List<ParsedLine> lines,
                          List<ParseIssue> issues, Forecast forecast, TenantSite site, List<Fingerprint> removals,
                          SortedSet<Weekday> holidays) {

    /** How many failures {@link #requireSolvable()} spells out before summarising the rest. */
    private static final int LISTED_FAILURES = 20;

    /**
     * Creates the record, checking its components.
     *
     * @param format the concrete format that was parsed (never {@link InputFormat#AUTO})
     * @param status the worst line's status: only {@code PASS} and {@code WARN} inputs may be solved
     * @param lines per-line verdicts in input order
     * @param issues all issues, sorted by line and column (line 0 = about the whole input)
     * @param forecast the tours of the lines (or CSV cells) that parsed, so a report can show tours per
     *                 day even for a failing input; use {@link #requireSolvable()} before solving
     * @param site tenant and site codes (JSON contract), {@link TenantSite#NONE} for other formats
     * @param removals fingerprints a patch removes (text lines starting with {@code -}, JSON {@code removals}),
     *                 sorted and distinct; only composing a week uses them (DOMAIN §12)
     * @param holidays days marked as days without tours ({@code Feiertag;0}); they count as present for
     *                 completeness
     */
    public ParseResult {
        Objects.requireNonNull(format, "format");
        if (format == InputFormat.AUTO) {
            throw new IllegalArgumentException("format must be the detected concrete format, not AUTO");
        }
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        issues = List.copyOf(issues);
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(site, "site");
        removals = List.copyOf(new TreeSet<>(removals));
        holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    /**
     * A result without site codes, removals or holidays.
     *
     * @param format the concrete format that was parsed (never {@link InputFormat#AUTO})
     * @param status the worst line's status: only {@code PASS} and {@code WARN} inputs may be solved
     * @param lines per-line verdicts in input order
     * @param issues all issues, sorted by line and column (line 0 = about the whole input)
     * @param forecast the tours of the lines (or CSV cells) that parsed, so a report can show tours per
     *                 day even for a failing input; use {@link #requireSolvable()} before solving
     */
    public ParseResult(InputFormat format, ErrorCode.Severity status, List<ParsedLine> lines, List<ParseIssue> issues,
                       Forecast forecast) {
        this(format, status, lines, issues, forecast, TenantSite.NONE, List.of(), new TreeSet<>());
    }

    /** {@return true when no issue is a FAIL, so the forecast may be solved} */
    public boolean solvable() {
        return status != ErrorCode.Severity.FAIL;
    }

    /** {@return the issues with severity FAIL, in input order} */
    public List<ParseIssue> failures() {
        return issues.stream().filter(ParseIssue::isFailure).toList();
    }

    /**
     * {@return the forecast, for solving}
     *
     * @throws SolvereignException with the code of the first failure and a message listing the
     *                             failing lines, when the input has a FAIL line
     */
    public Forecast requireSolvable() {
        if (solvable()) {
            return forecast;
        }
        List<ParseIssue> failures = failures();
        StringBuilder sb = new StringBuilder("forecast input (" + format.cliName() + ") has ")
                .append(failures.size()).append(failures.size() == 1 ? " failing issue" : " failing issues");
        for (int i = 0; i < Math.min(LISTED_FAILURES, failures.size()); i++) {
            sb.append("\n  ").append(failures.get(i).describe());
        }
        if (failures.size() > LISTED_FAILURES) {
            sb.append("\n  ... and ").append(failures.size() - LISTED_FAILURES).append(" more");
        }
        throw new SolvereignException(failures.get(0).code(), sb.toString());
    }
}
