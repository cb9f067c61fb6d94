package io.solvereign.harness.store;

import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.io.ParsedLine;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.TourTemplate;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rows derived from a forecast version (schema V2), written in the same transaction as the version:
 * the parser's verdict per line and its issues for the original bytes ({@link ForecastParser}, format
 * detected), and the tour templates and instances of the canonical text. Only week-anchor-free facts
 * are kept (day number 1..7, minutes after local midnight), so the default anchor is used for parsing.
 * Nothing here refuses a forecast: input that does not parse keeps what the parser reported, and
 * a canonical text that does not parse keeps no templates.
 */
final class ForecastRows {
    private ForecastRows() {
    }

    static void insert(Connection c, long seq, byte[] originalBytes, String canonicalText) throws SQLException {
        ParseResult original = parseOrNull(new String(originalBytes, StandardCharsets.UTF_8));
        if (original != null) {
            insertParse(c, seq, original);
        }
        Forecast tours = tours(original, canonicalText);
        if (tours != null) {
            insertTours(c, seq, tours);
        }
    }

    private static ParseResult parseOrNull(String content) {
        try {
            return ForecastParser.parse(content, InputFormat.AUTO);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The tours of the canonical text; the original's forecast when it has the same canonical form
     * (it also knows skills and external ids, which canonical lines leave out).
     */
    private static Forecast tours(ParseResult original, String canonicalText) {
        if (original != null && original.solvable() && original.removals().isEmpty()
                && CanonicalForm.text(original.forecast()).equals(canonicalText)) {
            return original.forecast();
        }
        if (canonicalText.isEmpty()) {
            return null;
        }
        ParseResult canonical = parseOrNull(canonicalText);
        return canonical != null && canonical.solvable() ? canonical.forecast() : null;
    }

    private static void insertParse(Connection c, long seq, ParseResult r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO forecast_parse_line (forecast_seq, line_no, status,"
                + " issue_codes, raw_text) VALUES (?, ?, ?, ?, ?)")) {
            for (ParsedLine l : r.lines()) {
                ps.setLong(1, seq);
                ps.setInt(2, l.line());
                ps.setString(3, l.status().name());
                ps.setString(4, l.issues().stream().map(i -> i.code().name()).collect(Collectors.joining(",")));
                ps.setString(5, text(l.raw()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO forecast_parse_issue (forecast_seq, ordinal, line_no,"
                + " col, json_path, severity, code, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<ParseIssue> issues = r.issues();
            for (int i = 0; i < issues.size(); i++) {
                ParseIssue is = issues.get(i);
                ps.setLong(1, seq);
                ps.setInt(2, i + 1);
                ps.setInt(3, is.line());
                ps.setInt(4, is.column());
                ps.setString(5, text(is.path()));
                ps.setString(6, is.severity().name());
                ps.setString(7, is.code().name());
                ps.setString(8, text(is.message()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** PostgreSQL text holds no NUL character; such input bytes are kept as U+FFFD here (the bytes stay in forecast_version). */
    private static String text(String s) {
        return s.replace('\u0000', '\uFFFD');
    }

    private static void insertTours(Connection c, long seq, Forecast f) throws SQLException {
        Map<Fingerprint, Integer> templateNo = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tour_template (forecast_seq, template_no, day,"
                + " start_min, end_min, split_start_min, split_end_min, count, depot, skill, external_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<TourTemplate> templates = f.templates();
            for (int i = 0; i < templates.size(); i++) {
                TourTemplate t = templates.get(i);
                Fingerprint fp = t.fingerprint();
                templateNo.putIfAbsent(fp, i + 1);
                ps.setLong(1, seq);
                ps.setInt(2, i + 1);
                ps.setInt(3, fp.day().number());
                ps.setInt(4, fp.parts().get(0).startMinute());
                ps.setInt(5, fp.parts().get(0).endMinute());
                if (t.isSplit()) {
                    ps.setInt(6, fp.parts().get(1).startMinute());
                    ps.setInt(7, fp.parts().get(1).endMinute());
                } else {
                    ps.setNull(6, Types.INTEGER);
                    ps.setNull(7, Types.INTEGER);
                }
                ps.setInt(8, t.count());
                ps.setString(9, fp.depot());
                ps.setString(10, fp.skill());
                ps.setString(11, t.externalId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tour_instance (forecast_seq, instance_id, template_no,"
                + " day, start_min, end_min, crosses_midnight, split_partner) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TourInstance t : f.instances()) {
                ps.setLong(1, seq);
                ps.setString(2, t.id());
                ps.setInt(3, templateNo.getOrDefault(t.fingerprint(), 0));
                ps.setInt(4, t.day().number());
                ps.setInt(5, t.time().startMinute());
                ps.setInt(6, t.time().endMinute());
                ps.setInt(7, t.time().crossesMidnight() ? 1 : 0);
                ps.setString(8, t.splitPartner());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
