package io.solvereign.engine.repair;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.repair.MoveReason;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import io.solvereign.engine.rules.LabourRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Loads one driver's starting week and makes it legal by taking out as few free (not pinned)
 * units as possible: first per day, so that each day is a legal block, then across the week
 * (rest, fatigue, cap), trying one, two, then three units before giving up on all free ones.
 * A baseline that is legal under the request's rules passes untouched; overrides, removed
 * tours and changed rules are what make this necessary. Removal sets are tried in a fixed order
 * (fewest units, then lowest unit indices), so the outcome is deterministic.
 */
final class Legaliser {
    private static final int MAX_WEEK_REMOVALS = 3;
    private static final int MAX_ENUMERATED = 16;

    private final RosterState s;
    private final Ledger led;
    private final LabourRules labour;
    private final Set<String> overridden;

    /**
     * @param overridden ids of drivers an override gives a tour to or takes one from: their
     *                   conflicts are the override's fault, and what they lose is DISPLACED
     */
    Legaliser(RosterState s, Ledger led, RuleSet rules, Set<String> overridden) {
        this.s = s;
        this.led = led;
        this.labour = LabourRules.of(rules);
        this.overridden = overridden;
    }

    /**
     * Puts the given tours (instance indices per day) on the driver, taking units out into
     * {@link Ledger#pending} until the week is legal.
     *
     * @throws SolvereignException with {@code ILLEGAL_OVERRIDE} (the driver holds an overridden
     *         tour) or {@code FREEZE_CONFLICT} when the pinned tours alone break a rule
     */
    void settle(DriverWeek dw, int[][] dayTours) {
        boolean byOverride = overridden.contains(dw.id);
        MoveReason why = byOverride ? MoveReason.DISPLACED : MoveReason.BLOCK_BROKEN;
        for (int d = 0; d < WeekTours.DAYS; d++) {
            if (dayTours[d].length > 0) {
                s.setDay(dw, d, settleDay(dw, d, dayTours[d], why, byOverride));
            }
        }
        if (labour.legal(dw.days)) {
            return;
        }
        List<int[]> free = new ArrayList<>();
        for (int d = 0; d < WeekTours.DAYS; d++) {
            free.addAll(freeUnits(dw.tours(d)));
        }
        int n = Math.min(free.size(), MAX_ENUMERATED);
        for (int k = 1; k <= Math.min(MAX_WEEK_REMOVALS, n); k++) {
            for (int mask = 1; mask < 1 << n; mask++) {
                if (Integer.bitCount(mask) == k && tryRemove(dw, free, mask, why)) {
                    return;
                }
            }
        }
        if (!tryRemove(dw, free, -1, why)) {
            throw conflict(byOverride, dw.id + ": " + labour.violation(dw.days)
                    + " with its frozen and overridden tours alone");
        }
    }

    private TourBlock settleDay(DriverWeek dw, int d, int[] tours, MoveReason why, boolean byOverride) {
        TourBlock whole = s.block(d, tours);
        if (whole != null) {
            return whole;
        }
        List<int[]> free = freeUnits(tours);
        int n = Math.min(free.size(), MAX_ENUMERATED);
        for (int k = 1; k <= n; k++) {
            for (int mask = 1; mask < 1 << n; mask++) {
                if (Integer.bitCount(mask) != k) {
                    continue;
                }
                int[] keep = tours;
                for (int u = 0; u < n; u++) {
                    if ((mask & 1 << u) != 0) {
                        keep = RosterState.without(keep, free.get(u));
                    }
                }
                TourBlock b = keep.length == 0 ? null : s.block(d, keep);
                if (keep.length == 0 || b != null) {
                    for (int u = 0; u < n; u++) {
                        if ((mask & 1 << u) != 0) {
                            release(free.get(u), why);
                        }
                    }
                    return b;
                }
            }
        }
        throw conflict(byOverride, dw.id + " on " + Weekday.values()[d].abbreviation() + ": tours "
                + ids(tours) + " form no legal block without moving frozen or overridden ones");
    }

    /** Removes the units of {@code mask} (-1: all) if every day stays a legal block and the week becomes legal. */
    private boolean tryRemove(DriverWeek dw, List<int[]> free, int mask, MoveReason why) {
        TourBlock[] trial = dw.days.clone();
        for (int u = 0; u < free.size(); u++) {
            if (mask != -1 && (u >= MAX_ENUMERATED || (mask & 1 << u) == 0)) {
                continue;
            }
            int d = s.w.day[free.get(u)[0]];
            int[] keep = RosterState.without(toursOf(trial[d]), free.get(u));
            trial[d] = keep.length == 0 ? null : s.block(d, keep);
            if (keep.length > 0 && trial[d] == null) {
                return false;
            }
        }
        if (!labour.legal(trial)) {
            return false;
        }
        for (int u = 0; u < free.size(); u++) {
            if (mask == -1 || u < MAX_ENUMERATED && (mask & 1 << u) != 0) {
                release(free.get(u), why);
            }
        }
        for (int d = 0; d < WeekTours.DAYS; d++) {
            s.setDay(dw, d, trial[d]);
        }
        return true;
    }

    private void release(int[] unit, MoveReason why) {
        led.markMoved(unit, why);
        led.pending.put(unit[0], unit);
    }

    private List<int[]> freeUnits(int[] tours) {
        List<int[]> out = new ArrayList<>();
        int[] sorted = tours.clone();
        Arrays.sort(sorted);
        for (int t : sorted) {
            int[] u = s.unitOf(t);
            if (u[0] == t && !led.pinned[u[0]] && !led.pinned[u[u.length - 1]]) {
                out.add(u);
            }
        }
        return out;
    }

    private static SolvereignException conflict(boolean byOverride, String what) {
        return byOverride
                ? new SolvereignException(ErrorCode.ILLEGAL_OVERRIDE, "override cannot be honoured: " + what
                        + "; Maybe override to another driver, or override the frozen tours in the way too")
                : new SolvereignException(ErrorCode.FREEZE_CONFLICT, "frozen assignments break a rule: " + what
                        + "; Maybe give an override (user and reason) for one of them");
    }

    private static int[] toursOf(TourBlock b) {
        if (b == null) {
            return new int[0];
        }
        int[] t = new int[b.size()];
        for (int k = 0; k < t.length; k++) {
            t[k] = b.tour(k);
        }
        return t;
    }

    private String ids(int[] tours) {
        List<String> out = new ArrayList<>();
        for (int t : tours) {
            out.add(s.w.instances[t].id());
        }
        return out.toString();
    }
}
