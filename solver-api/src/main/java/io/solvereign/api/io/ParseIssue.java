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
 * @param path     JSON path of the offending member for the JSON format (e.g. {@code $.tours[3].day}),
 *                 empty for the line-based formats
 */
public record ParseIssue(ErrorCode code, String message, ErrorCode.Severity severity, int line, int column,
                         String path)
        implements Comparable<ParseIssue> {

    /**
     * Creates the record, checking its components.
     *
     * @param code the stable code (DOMAIN §2)
     * @param message what is wrong, naming the offending text and the expected form
     * @param severity {@code WARN} or {@code FAIL}; normally {@code code.severity()}
     * @param line 1-based line of the input; 0 for a finding about the whole input
     * @param column 1-based CSV cell; 0 for text lines and whole-line findings
     * @param path JSON path of the offending member for the JSON format (e.g. {@code $.tours[3].day}),
     *             empty for the line-based formats
     */
    public ParseIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, were " + line + ", " + column);
        }
        Objects.requireNonNull(path, "path");
    }

    /**
     * An issue of a line-based format (no JSON path).
     *
     * @param code the stable code (DOMAIN §2)
     * @param message what is wrong, naming the offending text and the expected form
     * @param severity {@code WARN} or {@code FAIL}; normally {@code code.severity()}
     * @param line 1-based line of the input; 0 for a finding about the whole input
     * @param column 1-based CSV cell; 0 for text lines and whole-line findings
     */
    public ParseIssue(ErrorCode code, String message, ErrorCode.Severity severity, int line, int column) {
        this(code, message, severity, line, column, "");
    }

    /**
     * {@return an issue of a JSON input at a JSON path, with the severity of its code}
     *
     * @param code the stable code (DOMAIN §2)
     * @param message what is wrong, naming the offending text and the expected form
     * @param path JSON path of the offending member for the JSON format (e.g. {@code $.tours[3].day}),
     *             empty for the line-based formats
     */
    public static ParseIssue atPath(ErrorCode code, String message, String path) {
        return new ParseIssue(code, message, code.severity(), 0, 0, path);
    }

    /** {@return the import-contract gate of this issue ({@code HG-001} ...), empty for other codes} */
    public java.util.Optional<ImportGate> gate() {
        return ImportGate.of(code);
    }

    /**
     * {@return an issue with the severity of its code}
     *
     * @param code the stable code (DOMAIN §2)
     * @param message what is wrong, naming the offending text and the expected form
     * @param line 1-based line of the input; 0 for a finding about the whole input
     * @param column 1-based CSV cell; 0 for text lines and whole-line findings
     */
    public static ParseIssue of(ErrorCode code, String message, int line, int column) {
        return new ParseIssue(code, message, code.severity(), line, column);
    }

    /** {@return true when this issue blocks solving} */
    public boolean isFailure() {
        return severity == ErrorCode.Severity.FAIL;
    }

    /**
     * {@return one human-readable line, e.g. {@code line 2: INVALID_HOUR: hour 25 ...} or {@code line 4, column 3: ...}}
     */
    public String describe() {
        String where = !path.isEmpty() ? path : line == 0 ? "input"
                : column == 0 ? "line " + line : "line " + line + ", column " + column;
        String gateId = gate().map(g -> g.id() + " ").orElse("");
        return where + ": " + severity + " " + gateId + code + ": " + message;
    }

    /**
     * Orders by line, then column (issues of one cell keep their relative order in stable sorts);
     * JSON issues (all on line 0) keep the document order they were found in.
     */
    @Override
    public int compareTo(ParseIssue o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
