package io.solvereign.engine.repair;

import io.solvereign.api.repair.MoveReason;
import io.solvereign.api.repair.RepairCandidate;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Places every pending unit, most constrained first (fewest direct options, then earliest start,
 * then index): on the best-ranked option of {@link InsertionSearch}, or on a new driver when no
 * existing driver can take it legally even through a chain. New drivers take ids after the
 * highest baseline id and are candidates for the units placed after them.
 */
final class Placer {
    /** Longest ejection chain, in drivers: unit to X, X's unit to Y, Y's unit to Z. */
    static final int MAX_DEPTH = 3;
    /** Tests one unit's chain search may spend (deterministic cut). */
    static final long CHAIN_BUDGET = 3_000_000L;
    private static final int REPORTED = 3;

    private final RosterState s;
    private final Ledger led;
    private final InsertionSearch search;
    private final DriverIds ids;
    private final String[] instanceIds;

    Placer(RosterState s, Ledger led, DriverIds ids) {
        this.s = s;
        this.led = led;
        this.search = new InsertionSearch(s, led.pinned, MAX_DEPTH, CHAIN_BUDGET);
        this.ids = ids;
        this.instanceIds = new String[s.w.size()];
        for (int i = 0; i < instanceIds.length; i++) {
            instanceIds[i] = s.w.instances[i].id();
        }
    }

    /** Places all pending units. */
    void placeAll() {
        while (!led.pending.isEmpty()) {
            int[] unit = mostConstrained();
            List<Option> options = search.candidates(unit, REPORTED);
            if (options.isEmpty()) {
                options = List.of(onNewDriver(unit));
            }
            Option chosen = options.get(0);
            led.setCandidates(unit, report(options));
            reportChain(chosen);
            apply(chosen);
            led.pending.remove(unit[0]);
        }
    }

    private int[] mostConstrained() {
        int[] best = null;
        int bestCount = Integer.MAX_VALUE;
        for (Map.Entry<Integer, int[]> e : led.pending.entrySet()) {
            int[] u = e.getValue();
            int count = search.direct(u).size();
            if (count < bestCount || count == bestCount && s.w.start[u[0]] < s.w.start[best[0]]) {
                best = u;
                bestCount = count;
            }
        }
        return best;
    }

    private Option onNewDriver(int[] unit) {
        int day = s.w.day[unit[0]];
        DriverWeek fresh = s.addDriver(ids.next(), true, new boolean[WeekTours.DAYS]);
        TourBlock b = s.block(day, unit);
        if (b == null || !s.fits(fresh, day, b)) {
            throw new IllegalStateException("unit " + instanceIds[unit[0]] + " fits no empty roster; "
                    + "UnplannableTours should have excluded it");
        }
        return Option.direct(fresh, day, unit, b);
    }

    /** Ranked candidates of each displaced unit, decided before any change (the chosen one first). */
    private void reportChain(Option chosen) {
        List<DriverWeek> path = new ArrayList<>();
        for (Option o = chosen; o.displaced != null; o = o.sub) {
            path.add(o.driver);
            List<Option> alt = new ArrayList<>(List.of(o.sub));
            for (Option a : search.candidatesAfter(o.displaced, path, REPORTED)) {
                if (a.driver != o.sub.driver && alt.size() < REPORTED) {
                    alt.add(a);
                }
            }
            led.setCandidates(o.displaced, report(alt));
        }
    }

    private void apply(Option o) {
        s.setDay(o.driver, o.day, o.after);
        if (o.displaced != null) {
            led.markMoved(o.displaced, MoveReason.DISPLACED);
            apply(o.sub);
        }
    }

    private List<RepairCandidate> report(List<Option> options) {
        List<RepairCandidate> out = new ArrayList<>();
        for (Option o : options) {
            out.add(new RepairCandidate(out.size() + 1, o.driver.id, o.churn, o.minutesBefore, o.driver.added,
                    o.reason(instanceIds)));
        }
        return out;
    }
}
