package io.solvereign.api.internal.io;

import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParsedLine;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Mutable verdict on one content line while a format parser works on it. */
final class LineBuilder {
    /** Above this count a typed text line is flagged {@code HIGH_COUNT} (DOMAIN §2); depot exports routinely hold 15-17. */
    static final int HIGH_COUNT_LIMIT = 10;

    private final int number;
    private final String raw;
    private final List<ParseIssue> issues = new ArrayList<>();
    private final List<TourTemplate> templates = new ArrayList<>();
    private final List<Integer> templateColumns = new ArrayList<>();
    private final List<Fingerprint> removals = new ArrayList<>();
    private boolean header;
    private String note = "";

    LineBuilder(int number, String raw) {
        this.number = number;
        this.raw = raw;
    }

    int number() {
        return number;
    }

    void issue(ErrorCode code, int column, String message) {
        issues.add(ParseIssue.of(code, message, number, column));
    }

    void markHeader() {
        header = true;
    }

    void note(String text) {
        note = note.isEmpty() ? text : note + " " + text;
    }

    /** True when an issue of this line (so far) is a FAIL. */
    boolean failed() {
        return issues.stream().anyMatch(ParseIssue::isFailure);
    }

    /** Number of issues so far; lets a cell parser see whether it added a failure. */
    int issueCount() {
        return issues.size();
    }

    boolean failedSince(int issueCount) {
        return issues.subList(issueCount, issues.size()).stream().anyMatch(ParseIssue::isFailure);
    }

    /**
     * Adds a tour line with the checks every format shares: a line no legal block can hold under the
     * built-in site rules is a {@code NO_LEGAL_BLOCK} failure and left out; a high count warns.
     */
    void template(TourTemplate template, int column, boolean checkCount) {
        Optional<String> noBlock = LegalLines.whyNoBlock(template.fingerprint(), RuleSet.defaults());
        if (noBlock.isPresent()) {
            issue(ErrorCode.NO_LEGAL_BLOCK, column, noBlock.get());
            return;
        }
        templates.add(template);
        templateColumns.add(column);
        if (checkCount && template.count() > HIGH_COUNT_LIMIT) {
            issue(ErrorCode.HIGH_COUNT, column, "count " + template.count() + " is above " + HIGH_COUNT_LIMIT
                    + "; check it is not a typo");
        }
    }

    /** Takes a tour line back out with a FAIL issue at its column (it is reported, never silently dropped). */
    void reject(int templateIndex, ErrorCode code, String message) {
        issue(code, templateColumns.get(templateIndex), message);
        templates.remove(templateIndex);
        templateColumns.remove(templateIndex);
    }

    List<TourTemplate> templates() {
        return templates;
    }

    /** Turns the tour lines read so far into removals (tombstones) of their fingerprints. */
    void templatesToRemovals() {
        templates.forEach(t -> removals.add(t.fingerprint()));
        discardTemplates();
    }

    /** Drops the tour lines read so far (the line carries a FAIL issue saying why). */
    void discardTemplates() {
        templates.clear();
        templateColumns.clear();
    }

    List<Fingerprint> removals() {
        return removals;
    }

    int columnOf(int templateIndex) {
        return templateColumns.get(templateIndex);
    }

    ParsedLine build() {
        ErrorCode.Severity status = ErrorCode.Severity.PASS;
        for (ParseIssue i : issues) {
            if (i.severity().compareTo(status) > 0) {
                status = i.severity();
            }
        }
        return new ParsedLine(number, raw, status, issues, templates, header, note, removals);
    }
}
