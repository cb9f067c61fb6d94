package io.solvereign.api.version;

import io.solvereign.api.io.ParseResult;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One partial forecast of a week (DOMAIN §12): tour lines it sets, fingerprints it removes
 * (tombstones) and days it marks as holidays. Within a patch the removals apply first, so a patch
 * that removes and adds the same fingerprint replaces it.
 *
 * @param id        the patch's id in provenance, normally its stored forecast version ({@code F0003})
 * @param adds      the tour lines it sets, in input order
 * @param removals  the fingerprints it removes, sorted and distinct
 * @param holidays  days it marks as days without tours
 */
public record Patch(String id, List<TourTemplate> adds, SortedSet<Fingerprint> removals, SortedSet<Weekday> holidays) {

    /**
     * Creates the record, checking its components.
     *
     * @param id the patch's id in provenance, normally its stored forecast version ({@code F0003})
     * @param adds the tour lines it sets, in input order
     * @param removals the fingerprints it removes, sorted and distinct
     * @param holidays days it marks as days without tours
     */
    public Patch {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a patch needs an id");
        }
        adds = List.copyOf(adds);
        removals = Collections.unmodifiableSortedSet(new TreeSet<>(removals));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    /**
     * {@return the patch of a parsed input}
     *
     * @param id the patch's id in provenance, normally its stored forecast version ({@code F0003})
     * @param parsed the patch's forecast lines, parsed
     * @throws IllegalArgumentException when the input has FAIL issues (a failing patch is never composed)
     */
    public static Patch of(String id, ParseResult parsed) {
        Objects.requireNonNull(parsed, "parsed");
        if (!parsed.solvable()) {
            throw new IllegalArgumentException("patch " + id + " has failing lines; fix them before composing");
        }
        return new Patch(id, parsed.forecast().templates(), new TreeSet<>(parsed.removals()), parsed.holidays());
    }

    /**
     * {@return one patch that does what this patch and then {@code later} do (a commit of both): the later
     * patch's lines and removals win, this patch's survive where the later one is silent}
     *
     * @param later the patch applied after this one
     */
    public Patch then(Patch later) {
        Objects.requireNonNull(later, "later");
        TreeSet<Fingerprint> laterAdds = new TreeSet<>();
        later.adds.forEach(t -> laterAdds.add(t.fingerprint()));
        List<TourTemplate> merged = new ArrayList<>();
        for (TourTemplate t : adds) {
            if (!laterAdds.contains(t.fingerprint()) && !later.removals.contains(t.fingerprint())) {
                merged.add(t);
            }
        }
        merged.addAll(later.adds);
        TreeSet<Fingerprint> removed = new TreeSet<>(later.removals);
        for (Fingerprint fp : removals) {
            if (!laterAdds.contains(fp)) {
                removed.add(fp);
            }
        }
        TreeSet<Weekday> days = new TreeSet<>(holidays);
        days.addAll(later.holidays);
        return new Patch(id + "+" + later.id, merged, removed, days);
    }
}
