package io.solvereign.api.version;

import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of small forecasts and patches over a few fingerprints, so that random versions
 * collide often: same lines, other counts, other split partners, other depots. Every line is one a legal
 * block can hold (splits break 240..360 min), so the same tours also parse from one text file.
 */
final class SmallWeeks {
    private SmallWeeks() {
    }

    static Arbitrary<Fingerprint> fingerprints() {
        return Combinators.combine(Arbitraries.of(Weekday.MO, Weekday.DI, Weekday.SA),
                Arbitraries.of(300, 360), Arbitraries.of(0, 0, 840, 900), Arbitraries.of("", "Nord"))
                .as((day, start, partner, depot) -> new Fingerprint(day, partner == 0
                        ? List.of(new TimeRange(start, start + 240))
                        : List.of(new TimeRange(start, start + 240), new TimeRange(partner, partner + 240)), depot, ""));
    }

    static Arbitrary<TourTemplate> templates() {
        return Combinators.combine(fingerprints(), Arbitraries.integers().between(1, 3),
                Arbitraries.of("", "T1", "T2")).as((fp, n, ext) -> new TourTemplate(fp, n, 0, ext));
    }

    static Arbitrary<List<TourTemplate>> forecasts() {
        return templates().list().ofMaxSize(8);
    }

    static Arbitrary<List<Patch>> patchChains() {
        Arbitrary<Patch> patch = Combinators.combine(templates().list().ofMaxSize(5),
                fingerprints().set().ofMaxSize(3)).as((adds, removals) -> new Patch("p", adds,
                new java.util.TreeSet<>(removals), new java.util.TreeSet<>()));
        return patch.list().ofMinSize(1).ofMaxSize(6).map(ps -> {
            List<Patch> named = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                Patch p = ps.get(i);
                named.add(new Patch("F" + (i + 1), p.adds(), p.removals(), p.holidays()));
            }
            return named;
        });
    }
}
