package io.solvereign.api.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Last-writer-wins composition (DOMAIN §12) over random chains of small patches. */
class CompositionPropertyTest {

    @Provide
    Arbitrary<List<Patch>> chain() {
        return SmallWeeks.patchChains();
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(1, 5).list().ofMaxSize(4);
    }

    private static Composition compose(List<Patch> patches) {
        return Composition.empty(Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE).applyAll(patches);
    }

    /** The patches merged into commits: cut points split the chain into groups, each group one patch. */
    private static List<Patch> grouped(List<Patch> patches, List<Integer> cuts) {
        TreeSet<Integer> at = new TreeSet<>(cuts);
        List<Patch> commits = new ArrayList<>();
        Patch current = null;
        for (int i = 0; i < patches.size(); i++) {
            if (current != null && at.contains(i)) {
                commits.add(current);
                current = null;
            }
            current = current == null ? patches.get(i) : current.then(patches.get(i));
        }
        commits.add(current);
        return commits;
    }

    @Property(tries = 500)
    void lastWriterWinsWhateverThePatchesAreGroupedIntoCommits(@ForAll("chain") List<Patch> patches,
                                                              @ForAll("cuts") List<Integer> cuts) {
        Composition oneByOne = compose(patches);
        Composition inCommits = compose(grouped(patches, cuts));
        assertEquals(oneByOne.lines(), inCommits.lines());
        assertEquals(oneByOne.tombstones().keySet(), inCommits.tombstones().keySet());
        assertEquals(CanonicalForm.text(oneByOne.forecast()), CanonicalForm.text(inCommits.forecast()));
        // Composing in several calls (the chain so far, then the rest) is the same as in one.
        int half = patches.size() / 2;
        Composition twoCalls = compose(patches.subList(0, half)).applyAll(patches.subList(half, patches.size()));
        assertEquals(oneByOne, twoCalls);
    }

    @Property(tries = 500)
    void tombstonesWinOverEarlierAddsAndLoseToLaterOnes(@ForAll("chain") List<Patch> patches) {
        Composition c = compose(patches);
        TreeMap<Fingerprint, String> lastTouch = new TreeMap<>();
        TreeMap<Fingerprint, Boolean> removedLast = new TreeMap<>();
        for (Patch p : patches) {
            p.removals().forEach(fp -> {
                lastTouch.put(fp, p.id());
                removedLast.put(fp, true);
            });
            p.adds().forEach(t -> {
                lastTouch.put(t.fingerprint(), p.id());
                removedLast.put(t.fingerprint(), false);
            });
        }
        lastTouch.forEach((fp, id) -> {
            if (removedLast.get(fp)) {
                assertEquals(id, c.tombstones().get(fp), () -> fp + " removed last by " + id);
                assertEquals(false, c.lines().containsKey(fp));
            } else {
                assertEquals(id, c.provenance().get(fp), () -> fp + " added last by " + id);
                assertEquals(false, c.tombstones().containsKey(fp));
            }
        });
        assertEquals(lastTouch.keySet().size(), c.lines().size() + c.tombstones().size());
    }

    @Property(tries = 500)
    void theComposedInputHashEqualsTheSameToursInOneFile(@ForAll("chain") List<Patch> patches) {
        // The expected week, by a plain model: each patch's removals, then its lines replace per fingerprint.
        TreeMap<Fingerprint, Integer> week = new TreeMap<>();
        for (Patch p : patches) {
            p.removals().forEach(week::remove);
            TreeMap<Fingerprint, Integer> set = new TreeMap<>();
            p.adds().forEach(t -> set.merge(t.fingerprint(), t.count(), Integer::sum));
            week.putAll(set);
        }
        StringBuilder oneFile = new StringBuilder("# the same tours in one file\n");
        week.forEach((fp, n) -> oneFile.append(textLine(fp, n)).append('\n'));
        // An empty week is a FAIL input (EMPTY_FORECAST) but still hashes its (empty) canonical form.
        Forecast single = ForecastParser.parse(oneFile.toString(), InputFormat.TEXT).forecast();
        assertEquals(CanonicalForm.inputHash(single), CanonicalForm.inputHash(compose(patches).forecast()));
    }

    private static String textLine(Fingerprint fp, int count) {
        StringBuilder sb = new StringBuilder(fp.day().abbreviation());
        for (int i = 0; i < fp.parts().size(); i++) {
            TimeRange r = fp.parts().get(i);
            sb.append(i == 0 ? " " : " + ").append(r.format());
        }
        sb.append(' ').append(count).append(" Fahrer");
        if (!fp.depot().isEmpty()) {
            sb.append(" Depot ").append(fp.depot());
        }
        return sb.toString();
    }

    @Property(tries = 200)
    void patchOrderMattersOnlyThroughLastWriter(@ForAll("chain") List<Patch> patches) {
        // Provenance names, for every current line, the last patch that listed it.
        Composition c = compose(patches);
        c.provenance().forEach((fp, id) -> {
            Patch p = patches.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            List<TourTemplate> fromPatch = p.adds().stream().filter(t -> t.fingerprint().equals(fp)).toList();
            assertEquals(fromPatch, c.lines().get(fp));
        });
    }
}
