package io.solvereign.harness.runbook;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.audit.PlanReproducer;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.FreezeWindow;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.repair.RepairRequest;
import io.solvereign.api.repair.RepairResult;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.engine.Repairs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sick-call repair and freeze-pinned re-planning of a stored LOCKED plan (DOMAIN §9, §11): builds the
 * engine's {@link RepairRequest} from the workspace (baseline, its forecast, days frozen by hand),
 * runs it, and stores the result as a DRAFT naming its baseline, with the explicit overrides in the
 * trail (user and reason) and the request as a note, so that the audit can repeat the repair.
 *
 * <p>Days frozen by hand pin their tours to the baseline driver as overrides that keep the driver;
 * the time window of the request pins the rest.
 */
public final class PlanRepair {
    /** User named on the pins that come from frozen days. */
    public static final String FREEZE_DAY_USER = "freeze-day";

    private PlanRepair() {
    }

    /** A repair and the version it was stored as. */
    public record Stored(RepairResult result, PlanVersion version, RepairRequest request) {
    }

    /**
     * Repairs a LOCKED plan and stores the new DRAFT; absent drivers keep their frozen work (drills
     * rehearse exactly that).
     *
     * @param absences  driver id to absent days, an empty set for the whole week
     * @param overrides explicit changes of frozen assignments (recorded with user and reason)
     * @throws SolvereignException {@code INVALID_TRANSITION} when the baseline is not LOCKED; whatever the
     *                             repair refuses ({@code NOT_FOUND}, {@code ILLEGAL_OVERRIDE}, {@code FREEZE_CONFLICT})
     */
    public static Stored repairAndStore(Runbook runbook, String baselineId, SortedMap<String, Set<io.solvereign.api.model.Weekday>> absences,
                                        List<FreezeOverride> overrides, String actor, String reason) {
        return repairAndStore(runbook, baselineId, absences, overrides, actor, reason, false, null);
    }

    /**
     * As above; with {@code refuseAbsentFrozen} an absent driver who would keep frozen work on a day
     * of absence is refused instead of left on his tours; {@code rules} are the site's rules the repaired
     * plan must hold, null for the baseline's.
     *
     * @throws SolvereignException {@code ABSENT_DRIVER_FROZEN} naming the drivers, the instances and the
     *                             two ways out ({@code --now} before the tours, or {@code --override})
     */
    public static Stored repairAndStore(Runbook runbook, String baselineId, SortedMap<String, Set<io.solvereign.api.model.Weekday>> absences,
                                        List<FreezeOverride> overrides, String actor, String reason,
                                        boolean refuseAbsentFrozen, RuleSet rules) {
        PlanVersion baseline = runbook.planVersion(baselineId);
        if (baseline.status() != PlanStatus.LOCKED) {
            throw new SolvereignException(ErrorCode.INVALID_TRANSITION, "plan " + baselineId + " is "
                    + baseline.status() + "; repair starts from the LOCKED plan in force");
        }
        RepairSettings settings = new RepairSettings(baselineId, runbook.clock().instant(), absences,
                FreezeDays.dates(runbook.store().trail()));
        RepairRequest request = request(runbook, settings, overrides, rules);
        if (refuseAbsentFrozen) {
            requireNoAbsentFrozen(request, settings);
        }
        RepairResult result = Repairs.create().repair(request);
        PlanVersion stored = runbook.storeDraft(actor, reason, baseline.forecastVersionId(), baselineId, result.plan());
        settings.record(runbook.lifecycle(), actor, stored.id());
        for (FreezeOverride o : overrides) {
            runbook.lifecycle().recordOverride(stored.id(), o);
        }
        return new Stored(result, stored, request);
    }

    /**
     * Refuses when an absent driver is on a frozen instance (time window at {@code now}, or a day frozen
     * by hand) on a day of absence that no explicit override hands to someone else. Tours that started
     * before {@code now} are history and count only when every tour of the week has started: then the
     * clock is past the week (the default clock after the planned week) and the repair could move nothing.
     */
    static void requireNoAbsentFrozen(RepairRequest request, RepairSettings settings) {
        Forecast forecast = request.forecast();
        Instant now = request.now();
        boolean weekOver = forecast.instances().stream()
                .allMatch(i -> !forecast.instantOf(i.day(), i.time().startMinute()).isAfter(now));
        SortedSet<String> frozen = FreezeDays.frozenInstanceIds(request.forecast(), request.now(), request.ruleSet(),
                settings.frozenDates());
        TreeSet<String> handedOver = new TreeSet<>();
        request.overrides().stream().filter(o -> !FREEZE_DAY_USER.equals(o.user()))
                .forEach(o -> handedOver.add(o.instanceId()));
        TreeMap<String, io.solvereign.api.model.TourInstance> byId = new TreeMap<>();
        request.forecast().instances().forEach(i -> byId.put(i.id(), i));
        TreeSet<String> stuck = new TreeSet<>();
        TreeSet<String> drivers = new TreeSet<>();
        for (Assignment a : request.baseline().assignments()) {
            Set<io.solvereign.api.model.Weekday> days = request.absences().get(a.driverId());
            io.solvereign.api.model.TourInstance inst = byId.get(a.tourInstanceId());
            if (days != null && inst != null && days.contains(inst.day()) && frozen.contains(inst.id())
                    && !handedOver.contains(inst.id())
                    && (weekOver || forecast.instantOf(inst.day(), inst.time().startMinute()).isAfter(now))) {
                stuck.add(inst.id());
                drivers.add(a.driverId());
            }
        }
        if (!stuck.isEmpty()) {
            List<String> ids = List.copyOf(stuck);
            String shown = String.join(", ", ids.subList(0, Math.min(5, ids.size())))
                    + (ids.size() > 5 ? ", ... (+" + (ids.size() - 5) + " more)" : "");
            throw new SolvereignException(ErrorCode.ABSENT_DRIVER_FROZEN, "absent " + String.join(", ", drivers)
                    + " would keep " + ids.size() + " frozen tour(s) at " + now
                    + (weekOver ? " (after every tour of the week has started)" : "") + ": " + shown
                    + "; repair with --now before those tours start, or hand each to another driver with "
                    + "--override INSTANCE=DRIVER --reason TEXT");
        }
    }

    /** The request of a repair: baseline, its forecast, absences, now, frozen-day pins and overrides. */
    static RepairRequest request(Runbook runbook, RepairSettings settings, List<FreezeOverride> overrides,
                                 RuleSet rules) {
        PlanVersion baseline = runbook.planVersion(settings.baselinePlanId());
        Plan plan = Runbook.plan(baseline);
        Forecast forecast = runbook.forecastOf(baseline, plan);
        RepairRequest.Builder b = RepairRequest.newBuilder(forecast, plan, settings.now()).absences(settings.absences());
        if (rules != null) {
            b.ruleSet(rules);
        }
        List<FreezeOverride> all = new ArrayList<>(overrides);
        all.addAll(dayPins(forecast, plan, settings, overrides));
        return b.overrides(all).build();
    }

    /** Tours on a frozen day that the time window does not pin yet, pinned to their baseline driver. */
    private static List<FreezeOverride> dayPins(Forecast forecast, Plan baseline, RepairSettings settings,
                                                List<FreezeOverride> explicit) {
        TreeSet<String> timeFrozen = new TreeSet<>(FreezeWindow.frozenInstanceIds(forecast, settings.now(),
                baseline.ruleSet()));
        TreeSet<String> overridden = new TreeSet<>();
        explicit.forEach(o -> overridden.add(o.instanceId()));
        TreeMap<String, String> driverOf = new TreeMap<>();
        for (Assignment a : baseline.assignments()) {
            driverOf.put(a.tourInstanceId(), a.driverId());
        }
        List<FreezeOverride> pins = new ArrayList<>();
        for (LocalDate date : settings.frozenDates()) {
            for (String id : FreezeWindow.instanceIdsStartingOn(forecast, date)) {
                String driver = driverOf.get(id);
                if (driver != null && !timeFrozen.contains(id) && !overridden.contains(id)) {
                    pins.add(new FreezeOverride(id, driver, FREEZE_DAY_USER, "day " + date + " frozen by hand"));
                }
            }
        }
        return pins;
    }

    /** Repeats the repair that made a stored plan, from its recorded request and overrides. */
    static PlanReproducer reproducer(Runbook runbook, String planId, RepairSettings settings) {
        return (forecast, plan) -> {
            List<FreezeOverride> overrides = new ArrayList<>();
            for (TrailEntry e : runbook.lifecycle().trail(planId)) {
                if (e.action() == TrailAction.FREEZE_OVERRIDE) {
                    overrides.add(new FreezeOverride(e.details().get("instance_id"), e.details().get("new_driver_id"),
                            e.actor(), e.reason()));
                }
            }
            // The repaired plan records the rules it was made under; repeating the repair uses them.
            return Repairs.create().repair(request(runbook, settings, overrides, plan.ruleSet())).plan().outputHash();
        };
    }
}
