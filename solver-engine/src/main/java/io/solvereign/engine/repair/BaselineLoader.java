package io.solvereign.engine.repair;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.FreezeWindow;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.repair.MoveReason;
import io.solvereign.api.repair.RepairCandidate;
import io.solvereign.api.repair.RepairRequest;
import io.solvereign.engine.internal.WeekTours;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the starting rosters of a repair from the baseline: baseline drivers in id order (then
 * drivers named only by overrides), pins from the freeze window and the overrides (a split part's
 * partner follows it), every instance on its pinned driver or its baseline driver, unless that
 * driver is absent on its day and it is not pinned, or the baseline does not assign it: those wait
 * in {@link Ledger#pending}. Each driver's week is then made legal by {@link Legaliser}.
 */
final class BaselineLoader {
    private BaselineLoader() {
    }

    /** Loads the request into {@code s} and returns the ledger with the units to place. */
    static Ledger load(RepairRequest req, RosterState s) {
        WeekTours w = s.w;
        Ledger led = new Ledger(w.size());
        TreeMap<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < w.size(); i++) {
            index.put(w.instances[i].id(), i);
        }
        TreeMap<String, DriverWeek> byId = new TreeMap<>();
        TreeMap<String, Boolean> baselineDrivers = new TreeMap<>();
        for (Assignment a : req.baseline().assignments()) {
            baselineDrivers.put(a.driverId(), Boolean.TRUE);
            Integer i = index.get(a.tourInstanceId());
            if (i != null) {
                led.baseDriver[i] = a.driverId();
            }
        }
        for (String id : baselineDrivers.keySet()) {
            byId.put(id, s.addDriver(id, false, absentDays(req, id)));
        }
        String[] target = pins(req, w, index, led);
        for (int i = 0; i < w.size(); i++) {
            if (target[i] != null && !byId.containsKey(target[i])) {
                byId.put(target[i], null);
            }
        }
        byId.replaceAll((id, dw) -> dw != null ? dw : s.addDriver(id, true, new boolean[WeekTours.DAYS]));

        Map<String, int[][]> tours = new TreeMap<>();
        for (int i = 0; i < w.size(); i++) {
            String base = led.baseDriver[i];
            String driver;
            if (target[i] != null) {
                driver = target[i];
                if (!driver.equals(base)) {
                    // Only an override pins a tour away from its baseline driver.
                    led.reason[i] = MoveReason.OVERRIDE;
                }
            } else if (base != null && !req.isAbsent(base, Weekday.values()[w.day[i]])) {
                driver = base;
            } else {
                led.reason[i] = base == null ? MoveReason.NEW_TOUR : MoveReason.ABSENT_DRIVER;
                int[] unit = s.unitOf(i);
                led.pending.put(unit[0], unit);
                continue;
            }
            int[][] days = tours.computeIfAbsent(driver, k -> new int[WeekTours.DAYS][0]);
            int d = w.day[i];
            days[d] = RosterState.with(days[d], new int[] {i});
        }
        TreeSet<String> overridden = new TreeSet<>();
        for (int i = 0; i < w.size(); i++) {
            if (led.override[i] != null) {
                overridden.add(led.override[i].newDriverId());
                if (led.baseDriver[i] != null) {
                    overridden.add(led.baseDriver[i]);
                }
            }
        }
        Legaliser legaliser = new Legaliser(s, led, req.ruleSet(), overridden);
        for (DriverWeek dw : s.drivers()) {
            int[][] days = tours.get(dw.id);
            if (days != null) {
                legaliser.settle(dw, days);
            }
        }
        for (int i = 0; i < w.size(); i++) {
            FreezeOverride o = led.override[i];
            if (o != null && led.reason[i] == MoveReason.OVERRIDE) {
                DriverWeek dw = byId.get(o.newDriverId());
                led.candidates.set(i, List.of(new RepairCandidate(1, dw.id, 0, Math.max(0, dw.minutes - w.minutesOf(i)),
                        dw.added, "override by " + o.user() + ": " + o.reason())));
            }
        }
        return led;
    }

    /** Per instance: the driver it is pinned to (null when free); fills {@link Ledger#pinned} and overrides. */
    private static String[] pins(RepairRequest req, WeekTours w, Map<String, Integer> index, Ledger led) {
        FreezeWindow window = FreezeWindow.at(req.now(), req.ruleSet());
        SortedMap<String, String> pins = window.pinnedDrivers(req.forecast(), req.baseline().assignments(),
                req.overrides());
        TreeMap<String, FreezeOverride> overrides = new TreeMap<>();
        req.overrides().forEach(o -> overrides.put(o.instanceId(), o));
        String[] target = new String[w.size()];
        pins.forEach((id, driver) -> {
            Integer i = index.get(id);
            if (i != null) {
                target[i] = driver;
                led.pinned[i] = true;
                led.override[i] = overrides.get(id);
            }
        });
        for (int i = 0; i < w.size(); i++) {
            int p = w.partner[i];
            if (p < 0 || target[i] == null) {
                continue;
            }
            if (target[p] == null) {
                target[p] = target[i];
                led.pinned[p] = true;
                led.override[p] = led.override[i];
            } else if (!target[p].equals(target[i])) {
                List<String> ids = new ArrayList<>(List.of(w.instances[i].id(), w.instances[p].id()));
                boolean overridden = led.override[i] != null || led.override[p] != null;
                throw new SolvereignException(overridden ? ErrorCode.ILLEGAL_OVERRIDE : ErrorCode.FREEZE_CONFLICT,
                        "split parts " + ids + " are pinned to different drivers " + target[i] + " and " + target[p]
                                + "; Maybe override both parts to the same driver");
            }
        }
        return target;
    }

    private static boolean[] absentDays(RepairRequest req, String driverId) {
        boolean[] out = new boolean[WeekTours.DAYS];
        for (Weekday d : req.absences().getOrDefault(driverId, java.util.Set.of())) {
            out[d.ordinal()] = true;
        }
        return out;
    }
}
