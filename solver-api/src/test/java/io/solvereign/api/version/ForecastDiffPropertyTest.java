package io.solvereign.api.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the fingerprint diff over random small forecasts that share many lines. */
class ForecastDiffPropertyTest {

    @Provide
    Arbitrary<List<TourTemplate>> forecast() {
        return SmallWeeks.forecasts();
    }

    @Property(tries = 500)
    void theDiffOfBToAIsTheMirrorOfAToB(@ForAll("forecast") List<TourTemplate> a, @ForAll("forecast") List<TourTemplate> b) {
        ForecastDiff ab = ForecastDiff.of(Forecast.of(a), Forecast.of(b));
        ForecastDiff ba = ForecastDiff.of(Forecast.of(b), Forecast.of(a));
        List<ForecastDiff.Entry> mirrored = new ArrayList<>();
        for (ForecastDiff.Entry e : ab.entries()) {
            ForecastDiff.Kind k = switch (e.kind()) {
                case ADDED -> ForecastDiff.Kind.REMOVED;
                case REMOVED -> ForecastDiff.Kind.ADDED;
                case CHANGED -> ForecastDiff.Kind.CHANGED;
            };
            mirrored.add(new ForecastDiff.Entry(k, e.key(), e.newLine(), e.oldLine(), e.changedFields()));
        }
        assertEquals(new java.util.HashSet<>(mirrored), new java.util.HashSet<>(ba.entries()));
        assertEquals(mirrored.size(), ba.entries().size());
        ForecastDiff.Summary s = ab.summary();
        assertEquals(new ForecastDiff.Summary(s.removed(), s.added(), s.changed(), s.unchanged(), s.toursNew(),
                s.toursOld()), ba.summary());
    }

    @Property(tries = 300)
    void applyingTheDiffToAGivesB(@ForAll("forecast") List<TourTemplate> a, @ForAll("forecast") List<TourTemplate> b) {
        ForecastDiff d = ForecastDiff.of(Forecast.of(a), Forecast.of(b));
        // Replay the entries on A's lines: the result must hash like B.
        java.util.TreeMap<io.solvereign.api.model.Fingerprint, Integer> lines = new java.util.TreeMap<>();
        a.forEach(t -> lines.merge(t.fingerprint(), t.count(), Integer::sum));
        for (ForecastDiff.Entry e : d.entries()) {
            if (e.oldLine() != null) {
                lines.remove(e.oldLine().fingerprint());
            }
            if (e.newLine() != null) {
                lines.put(e.newLine().fingerprint(), e.newLine().count());
            }
        }
        List<TourTemplate> replayed = new ArrayList<>();
        lines.forEach((fp, n) -> replayed.add(new TourTemplate(fp, n, 0)));
        assertEquals(CanonicalForm.inputHash(Forecast.of(b)), CanonicalForm.inputHash(Forecast.of(replayed)));
        assertEquals(d.summary().identical(),
                CanonicalForm.inputHash(Forecast.of(a)).equals(CanonicalForm.inputHash(Forecast.of(b))));
    }

    @Property(tries = 200)
    void lineOrderNeverChangesTheDiff(@ForAll("forecast") List<TourTemplate> a, @ForAll("forecast") List<TourTemplate> b) {
        List<TourTemplate> shuffled = new ArrayList<>(b);
        Collections.reverse(shuffled);
        assertEquals(ForecastDiff.of(Forecast.of(a), Forecast.of(b)), ForecastDiff.of(Forecast.of(a), Forecast.of(shuffled)));
    }
}
