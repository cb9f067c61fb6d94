package io.solvereign.harness.runbook;

import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeWindow;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.store.PlanLifecycle;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Days frozen by hand ({@code freeze-day}). A frozen date is a site-wide decision kept in the trail:
 * every later repair or re-solve keeps the tours starting on that date on their baseline drivers,
 * whatever the time, exactly like tours inside the time-based window of DOMAIN §9.
 */
public final class FreezeDays {
    static final String KIND = "FREEZE_DAY";
    static final String DATE = "date";

    private FreezeDays() {
    }

    /** Records that a date is frozen, on the plan it was frozen for. */
    public static TrailEntry record(PlanLifecycle lifecycle, String actor, String planId, LocalDate date,
                                    int instances, String reason) {
        return lifecycle.recordEvent(actor, TrailAction.NOTE, planId, reason,
                Map.of("kind", KIND, DATE, date.toString(), "instances", Integer.toString(instances)));
    }

    /** Every date frozen in the trail, sorted. */
    public static SortedSet<LocalDate> dates(List<TrailEntry> trail) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (TrailEntry e : trail) {
            if (e.action() == TrailAction.NOTE && KIND.equals(e.details().get("kind"))) {
                out.add(LocalDate.parse(e.details().get(DATE)));
            }
        }
        return out;
    }

    /**
     * Sorted ids of the forecast's frozen instances: those inside the time window at {@code now} plus
     * those starting on a frozen date.
     */
    public static SortedSet<String> frozenInstanceIds(Forecast forecast, Instant now, RuleSet rules,
                                                      SortedSet<LocalDate> frozenDates) {
        TreeSet<String> ids = new TreeSet<>(FreezeWindow.frozenInstanceIds(forecast, now, rules));
        for (LocalDate d : frozenDates) {
            ids.addAll(FreezeWindow.instanceIdsStartingOn(forecast, d));
        }
        return ids;
    }
}
