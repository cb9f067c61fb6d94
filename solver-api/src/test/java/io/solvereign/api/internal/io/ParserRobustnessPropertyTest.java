package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.io.ParsedLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Arbitrary input never throws: every content line is reported as tours, a header or an issue. */
class ParserRobustnessPropertyTest {
    private static final String[] TOKENS = {"Mo", "Di", "So", "Mon", "Montag", "Freitag ", "06:00", "14:00", "25:00",
        "24:00", "06:60", "23:59", "6:0", "-", "+", "3", "0", "-2", "99999999999", "Fahrer", "Depot", "Nord", ";", ",",
        "Anzahl", "Feiertag", "day", "start_time", "end_time", "location", "qualifications", "#", "\"", "x",
        "06:00-14:00", "22:00-06:00", "1", " ", "\t", "\uFEFF", "ü", "\u2028"};

    @Provide
    Arbitrary<String> grammarSoup() {
        Arbitrary<String> line = Arbitraries.of(TOKENS).list().ofMaxSize(12)
                .map(ts -> String.join(ts.size() % 3 == 0 ? "" : " ", ts));
        return line.list().ofMaxSize(12).map(ls -> String.join(ls.size() % 2 == 0 ? "\n" : "\r\n", ls));
    }

    @Property(tries = 400)
    void grammarSoupIsReportedNeverThrown(@ForAll("grammarSoup") String content, @ForAll InputFormat format) {
        check(content, format);
    }

    @Property(tries = 300)
    void anyStringIsReportedNeverThrown(@ForAll String content, @ForAll InputFormat format) {
        check(content, format);
    }

    private static void check(String content, InputFormat format) {
        ParseResult r = ForecastParser.parse(content, format);
        assertNotEquals(InputFormat.AUTO, r.format());
        Severity worst = r.issues().stream().map(ParseIssue::severity).max(Enum::compareTo).orElse(Severity.PASS);
        assertEquals(worst, r.status());
        if (r.format() == InputFormat.JSON) {
            // The JSON contract reports by path, not by line: nothing parsed means a FAIL issue says why.
            assertTrue(r.issues().stream().allMatch(i -> i.path().startsWith("$")), () -> "issue without path: " + r.issues());
            assertTrue(!r.forecast().templates().isEmpty() || !r.removals().isEmpty() || !r.solvable(),
                    () -> "nothing parsed, nothing reported: " + r.issues());
            assertEquals(64, CanonicalForm.inputHash(r.forecast()).length());
            return;
        }
        for (ParsedLine l : r.lines()) {
            assertTrue(l.header() || !l.templates().isEmpty() || !l.removals().isEmpty() || !l.issues().isEmpty(),
                    () -> "silently dropped: " + l);
        }
        Set<Integer> listed = r.lines().stream().map(ParsedLine::line).collect(Collectors.toCollection(TreeSet::new));
        List<String> physical = InputLines.split(content);
        for (int i = 0; i < physical.size(); i++) {
            String s = physical.get(i);
            boolean content1 = !InputLines.isSkipped(s) && s.chars().anyMatch(c -> c != ';' && c != ',' && c != '"'
                    && !Character.isWhitespace(c) && c != '\uFEFF');
            if (content1 && !(i == 0 && s.strip().equals("\uFEFF"))) {
                int n = i + 1;
                assertTrue(listed.contains(n), () -> "line " + n + " not reported: '" + s + "' in " + r.lines());
            }
        }
        long instances = r.lines().stream().flatMap(l -> l.templates().stream())
                .mapToLong(t -> (long) t.count() * t.fingerprint().parts().size()).sum();
        assertEquals(instances, r.forecast().instances().size());
        assertEquals(64, CanonicalForm.inputHash(r.forecast()).length());
    }
}
