package io.solvereign.harness.runbook;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.store.PlanLifecycle;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The request a repaired plan was made from (baseline, absences, now, frozen days), kept as a trail
 * note on the new plan so that its audit can repeat the repair for the reproducibility gate. The
 * overrides are in the trail already, as the plan's {@code FREEZE_OVERRIDE} entries.
 *
 * @param baselinePlanId the repaired plan's baseline
 * @param now            the moment of the decision
 * @param absences       driver id to absent days (all seven for the whole week)
 * @param frozenDates    days frozen by hand at the time of the repair
 */
public record RepairSettings(String baselinePlanId, Instant now, SortedMap<String, Set<Weekday>> absences,
                             SortedSet<LocalDate> frozenDates) {
    static final String KIND = "REPAIR_SETTINGS";

    /** Copies the collections. */
    public RepairSettings {
        TreeMap<String, Set<Weekday>> a = new TreeMap<>();
        absences.forEach((d, days) -> a.put(d, days.isEmpty() ? EnumSet.allOf(Weekday.class) : EnumSet.copyOf(days)));
        absences = Collections.unmodifiableSortedMap(a);
        frozenDates = Collections.unmodifiableSortedSet(new TreeSet<>(frozenDates));
    }

    /** Records the settings on the repaired plan. */
    public void record(PlanLifecycle lifecycle, String actor, String planId) {
        List<String> abs = new ArrayList<>();
        absences.forEach((d, days) -> abs.add(d + ":" + (days.size() == 7 ? "all"
                : String.join(",", days.stream().map(Weekday::abbreviation).toList()))));
        lifecycle.recordEvent(actor, TrailAction.NOTE, planId, "repair request", Map.of("kind", KIND,
                "baseline", baselinePlanId, "now", now.toString(), "absences", String.join(";", abs),
                "frozen_dates", String.join(",", frozenDates.stream().map(LocalDate::toString).toList())));
    }

    /** The settings recorded on a plan, if it was made by a repair. */
    public static Optional<RepairSettings> of(PlanLifecycle lifecycle, String planId) {
        Optional<TrailEntry> note = lifecycle.trail(planId).stream()
                .filter(e -> e.action() == TrailAction.NOTE && KIND.equals(e.details().get("kind")))
                .reduce((a, b) -> b);
        return note.map(e -> parse(e, planId));
    }

    private static RepairSettings parse(TrailEntry e, String planId) {
        try {
            TreeMap<String, Set<Weekday>> abs = new TreeMap<>();
            String text = e.details().getOrDefault("absences", "");
            for (String item : text.isEmpty() ? new String[0] : text.split(";")) {
                String[] kv = item.split(":", 2);
                EnumSet<Weekday> days = EnumSet.noneOf(Weekday.class);
                if (!kv[1].equals("all")) {
                    for (String d : kv[1].split(",")) {
                        days.add(requireDay(d));
                    }
                }
                abs.put(kv[0], days);
            }
            TreeSet<LocalDate> dates = new TreeSet<>();
            String frozen = e.details().getOrDefault("frozen_dates", "");
            for (String d : frozen.isEmpty() ? new String[0] : frozen.split(",")) {
                dates.add(LocalDate.parse(d));
            }
            return new RepairSettings(e.details().get("baseline"), Instant.parse(e.details().get("now")), abs, dates);
        } catch (RuntimeException ex) {
            if (ex instanceof SolvereignException se) {
                throw se;
            }
            if (ex instanceof DateTimeParseException || ex instanceof ArrayIndexOutOfBoundsException
                    || ex instanceof NullPointerException || ex instanceof IllegalArgumentException) {
                throw new SolvereignException(ErrorCode.PLAN_TAMPERED, "trail entry " + e.sequence() + " of plan "
                        + planId + " holds an unreadable repair request: " + ex.getMessage(), ex);
            }
            throw ex;
        }
    }

    private static Weekday requireDay(String d) {
        Weekday w = Weekday.lookup(d);
        if (w == null) {
            throw new IllegalArgumentException("no day '" + d + "'");
        }
        return w;
    }
}
