package io.solvereign.api.io;

import io.solvereign.api.ErrorCode;
import java.util.Objects;

/**
 * One finding of the parser about one input line.
 *
 * @param code     the stable code (DOMAIN §2)
 * @param message  what is wrong, naming the offending text and the expected form
 * @param severity {@code WARN} or {@code FAIL}; normally {@code code.severity()}
 * @param line     1-based line of the input; 0 for a finding about the whole input
 * @param column   1-based CSV cell; 0 for text lines and whole-line findings
 */
public record ParseIssue(ErrorCode code, String message, ErrorCode.Severity severity, int line, int column)
        implements Comparable<ParseIssue> {

    public ParseIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, were " + line + ", " + column);
        }
    }

    /** An issue with the severity of its code. */
    public static ParseIssue of(ErrorCode code, String message, int line, int column) {
        return new ParseIssue(code, message, code.severity(), line, column);
    }

    /** True when this issue blocks solving. */
    public boolean isFailure() {
        return severity == ErrorCode.Severity.FAIL;
    }

    /** One human-readable line, e.g. {@code line 2: INVALID_HOUR: hour 25 ...} or {@code line 4, column 3: ...}. */
    public String describe() {
        String where = line == 0 ? "input" : column == 0 ? "line " + line : "line " + line + ", column " + column;
        return where + ": " + severity + " " + code + ": " + message;
    }

    /** Orders by line, then column (issues of one cell keep their relative order in stable sorts). */
    @Override
    public int compareTo(ParseIssue o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
