package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.io.ParsedLine;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.util.SortedSet;
import java.util.TreeSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * Gathers the line verdicts of one parse and turns them into a {@link ParseResult}: flags
 * repeated tour lines ({@code DUPLICATE_LINE}), an input without tours, and the overall status.
 */
final class ParseCollector {
    private final InputFormat format;
    private final boolean flagDuplicates;
    private final List<LineBuilder> lines = new ArrayList<>();
    private final List<ParseIssue> inputIssues = new ArrayList<>();
    private final SortedSet<Weekday> holidays = new TreeSet<>();

    /**
     * @param format         the concrete format being parsed
     * @param flagDuplicates false for the tour CSV, where repeated rows are how counts are written
     */
    ParseCollector(InputFormat format, boolean flagDuplicates) {
        this.format = format;
        this.flagDuplicates = flagDuplicates;
    }

    /** Starts the verdict of a content line; lines must be opened in input order. */
    LineBuilder line(int number, String raw) {
        LineBuilder b = new LineBuilder(number, raw);
        lines.add(b);
        return b;
    }

    /** Days the input marks as holidays ({@code Feiertag;0}) and that list no tours. */
    void holidays(java.util.Collection<Weekday> days) {
        holidays.addAll(days);
    }

    ParseResult finish(LocalDate anchor, ZoneId zone) {
        rejectToursInsideClockChange(anchor, zone);
        if (flagDuplicates) {
            flagDuplicates();
        }
        List<TourTemplate> templates = new ArrayList<>();
        lines.forEach(l -> templates.addAll(l.templates()));
        List<Fingerprint> removals = new ArrayList<>();
        lines.forEach(l -> removals.addAll(l.removals()));
        List<ParsedLine> built = lines.stream().map(LineBuilder::build).toList();
        List<ParseIssue> all = new ArrayList<>(inputIssues);
        built.forEach(l -> all.addAll(l.issues()));
        if (templates.isEmpty() && removals.isEmpty() && all.stream().noneMatch(ParseIssue::isFailure)) {
            all.add(ParseIssue.of(ErrorCode.EMPTY_FORECAST, "the input holds no tour lines", 0, 0));
        }
        Collections.sort(all); // stable: keeps the order of issues within a cell
        ErrorCode.Severity status = ErrorCode.Severity.PASS;
        for (ParseIssue i : all) {
            if (i.severity().compareTo(status) > 0) {
                status = i.severity();
            }
        }
        return new ParseResult(format, status, built, all, Forecast.of(anchor, zone, templates),
                io.solvereign.api.model.TenantSite.NONE, removals, holidays);
    }

    /**
     * A tour lying wholly inside a spring-forward gap (e.g. {@code So 02:00-03:00} on 2026-03-29 in
     * Vienna) has no absolute length: it is a ZERO_DURATION failure of its line, not a crash.
     */
    private void rejectToursInsideClockChange(LocalDate anchor, ZoneId zone) {
        for (LineBuilder l : lines) {
            for (int i = l.templates().size() - 1; i >= 0; i--) {
                TourTemplate t = l.templates().get(i);
                for (TimeRange part : t.fingerprint().parts()) {
                    Instant start = Forecast.instantOf(anchor, zone, t.day(), part.startMinute());
                    Instant end = Forecast.instantOf(anchor, zone, t.day(), part.endMinute());
                    if (!end.isAfter(start)) {
                        l.reject(i, ErrorCode.ZERO_DURATION, "'" + t.day().abbreviation() + " " + part.format()
                                + "' lies inside the clock change on " + anchor.plusDays(t.day().ordinal())
                                + " in " + zone.getId() + " and has no length");
                        break;
                    }
                }
            }
        }
    }

    /** The same fingerprint on two lines is kept (counts add) but flagged on every later line. */
    private void flagDuplicates() {
        TreeMap<Fingerprint, int[]> seen = new TreeMap<>(); // fingerprint -> {first line, total count}
        for (LineBuilder l : lines) {
            List<TourTemplate> ts = l.templates();
            for (int i = 0; i < ts.size(); i++) {
                TourTemplate t = ts.get(i);
                int[] first = seen.get(t.fingerprint());
                if (first == null) {
                    seen.put(t.fingerprint(), new int[] {l.number(), t.count()});
                } else {
                    first[1] += t.count();
                    l.issue(ErrorCode.DUPLICATE_LINE, l.columnOf(i), "'" + t.fingerprint().canonicalLine()
                            + "' repeats line " + first[0] + "; both are kept, count so far " + first[1]);
                }
            }
        }
    }
}
