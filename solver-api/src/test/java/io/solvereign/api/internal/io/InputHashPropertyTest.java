package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode.Severity;
import io.solvereign.api.model.Forecast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** input_hash ignores line order, spacing, format and layout (DOMAIN §3); canonical text re-parses. */
class InputHashPropertyTest {

    @Provide
    Arbitrary<List<TourLine>> anyLines() {
        return TourLine.any().list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<TourLine>> csvLines() {
        return TourLine.plain(false).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<TourLine>> depotLines() {
        return TourLine.plain(true).list().ofMinSize(1).ofMaxSize(25);
    }

    private static ParseResult solvable(String content) {
        ParseResult r = ParseAsserts.auto(content);
        assertTrue(r.solvable(), () -> "should parse: " + r.failures() + "\n" + content);
        return r;
    }

    private static List<String> expected(List<TourLine> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.addAll(l.expectedCanonicalLines()));
        Collections.sort(out);
        return out;
    }

    @Property(tries = 300)
    void textGivesTheExpectedCanonicalLines(@ForAll("anyLines") List<TourLine> lines, @ForAll long seed) {
        ParseResult r = solvable(Renderings.text(lines, new Random(seed)));
        assertEquals(expected(lines), CanonicalForm.lines(r.forecast()));
    }

    @Property(tries = 300)
    void reorderingAndRespacingLeaveTheHashUnchanged(@ForAll("anyLines") List<TourLine> lines, @ForAll long seed) {
        Random rnd = new Random(seed);
        String a = ParseAsserts.hash(solvable(Renderings.text(lines, rnd)));
        List<TourLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, rnd);
        assertEquals(a, ParseAsserts.hash(solvable(Renderings.text(shuffled, rnd))));
    }

    @Property(tries = 200)
    void longWideTextAndTourCsvGiveOneHash(@ForAll("csvLines") List<TourLine> lines, @ForAll long seed) {
        Random rnd = new Random(seed);
        String text = ParseAsserts.hash(solvable(Renderings.text(lines, rnd)));
        ParseResult longCsv = solvable(Renderings.dayCsvLong(lines, rnd));
        ParseResult wideCsv = solvable(Renderings.dayCsvWide(lines, rnd));
        ParseResult tourCsv = solvable(Renderings.tourCsv(lines, rnd));
        assertEquals(InputFormat.DAY_CSV, longCsv.format());
        assertEquals(InputFormat.DAY_CSV, wideCsv.format());
        assertEquals(InputFormat.TOUR_CSV, tourCsv.format());
        assertEquals(text, ParseAsserts.hash(longCsv));
        assertEquals(text, ParseAsserts.hash(wideCsv));
        assertEquals(text, ParseAsserts.hash(tourCsv));
    }

    @Property(tries = 200)
    void textAndTourCsvAgreeWithDepots(@ForAll("depotLines") List<TourLine> lines, @ForAll long seed) {
        Random rnd = new Random(seed);
        assertEquals(ParseAsserts.hash(solvable(Renderings.text(lines, rnd))),
                ParseAsserts.hash(solvable(Renderings.tourCsv(lines, rnd))));
    }

    @Property(tries = 200)
    void reparsingTheCanonicalFormGivesTheSameCanonicalForm(@ForAll("anyLines") List<TourLine> lines, @ForAll long seed) {
        Forecast f = solvable(Renderings.text(lines, new Random(seed))).forecast();
        Forecast again = CanonicalForm.parse(CanonicalForm.text(f), f.weekAnchor(), f.zone());
        assertEquals(CanonicalForm.text(f), CanonicalForm.text(again));
        assertEquals(f.instances().stream().map(t -> t.id()).toList(), again.instances().stream().map(t -> t.id()).toList());
    }

    @Property(tries = 100)
    void changingOneTourChangesTheHash(@ForAll("anyLines") @Size(min = 1) List<TourLine> lines, @ForAll long seed) {
        Random rnd = new Random(seed);
        String a = ParseAsserts.hash(solvable(Renderings.text(lines, rnd)));
        List<TourLine> more = new ArrayList<>(lines);
        TourLine first = lines.get(0);
        more.set(0, new TourLine(first.day(), first.start(), first.end(), first.splitStart(), first.splitEnd(),
                first.count() + 1, first.depot()));
        ParseResult r = solvable(Renderings.text(more, rnd));
        assertNotEquals(a, ParseAsserts.hash(r));
        assertTrue(r.status() != Severity.FAIL);
    }
}
