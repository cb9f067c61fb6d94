package io.solvereign.api.io;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.TourTemplate;
import java.util.List;
import java.util.Objects;

/**
 * The parser's verdict on one content line (blank lines, {@code #} comments and CSV separator
 * rows are not listed). Every listed line is a header, produced templates or removals, or carries an issue:
 * nothing is dropped silently.
 *
 * @param line      1-based line number in the input
 * @param raw       the line as read (without its line break)
 * @param status    worst severity of its issues, {@code PASS} without issues
 * @param issues    what the parser found, in order of the line's cells
 * @param templates tour lines read from it (a wide CSV row may hold several)
 * @param header    true for a CSV header row (day header or column names)
 * @param note      trailing words kept as a note ({@code UNPARSED_TEXT}), empty when none
 * @param removals  fingerprints a removal line ({@code - Mo 06:00-14:00}) takes out, empty otherwise
 */
public record ParsedLine(int line, String raw, ErrorCode.Severity status, List<ParseIssue> issues,
                         List<TourTemplate> templates, boolean header, String note, List<Fingerprint> removals) {

    /**
     * Creates the record, checking its components.
     *
     * @param line 1-based line number in the input
     * @param raw the line as read (without its line break)
     * @param status worst severity of its issues, {@code PASS} without issues
     * @param issues what the parser found, in order of the line's cells
     * @param templates tour lines read from it (a wide CSV row may hold several)
     * @param header true for a CSV header row (day header or column names)
     * @param note trailing words kept as a note ({@code UNPARSED_TEXT}), empty when none
     * @param removals fingerprints a removal line ({@code - Mo 06:00-14:00}) takes out, empty otherwise
     */
    public ParsedLine {
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(status, "status");
        issues = List.copyOf(issues);
        templates = List.copyOf(templates);
        Objects.requireNonNull(note, "note");
        removals = List.copyOf(removals);
    }

    /**
     * A line without removals.
     *
     * @param line 1-based line number in the input
     * @param raw the line as read (without its line break)
     * @param status worst severity of its issues, {@code PASS} without issues
     * @param issues what the parser found, in order of the line's cells
     * @param templates tour lines read from it (a wide CSV row may hold several)
     * @param header true for a CSV header row (day header or column names)
     * @param note trailing words kept as a note ({@code UNPARSED_TEXT}), empty when none
     */
    public ParsedLine(int line, String raw, ErrorCode.Severity status, List<ParseIssue> issues,
                      List<TourTemplate> templates, boolean header, String note) {
        this(line, raw, status, issues, templates, header, note, List.of());
    }
}
