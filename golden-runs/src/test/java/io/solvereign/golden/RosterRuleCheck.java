package io.solvereign.golden;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks DOMAIN §6 on the rows of an exported {@code rosters.csv}, written for these tests without
 * the engine's or the audit module's code: absolute instants from the week anchor and zone; per
 * driver-day the tours are classified from their gaps (30..60 regular, 240..360 split); rest >= 11 h
 * between blocks; no 3er on consecutive days; at most 55 h; every instance exactly once; and the
 * written times, hours and block labels agree with the forecast. Returns readable violations.
 */
final class RosterRuleCheck {
    private final Forecast forecast;
    private final RuleSet rules;
    private final List<String> violations = new ArrayList<>();

    private RosterRuleCheck(Forecast forecast, RuleSet rules) {
        this.forecast = forecast;
        this.rules = rules;
    }

    /** Every violation found in the rows; empty when all rules hold. */
    static List<String> violations(List<RosterRow> rows, Forecast forecast, RuleSet rules) {
        RosterRuleCheck c = new RosterRuleCheck(forecast, rules);
        c.coverage(rows);
        Map<String, List<RosterRow>> byDriver = new TreeMap<>();
        rows.forEach(r -> byDriver.computeIfAbsent(r.driver(), k -> new ArrayList<>()).add(r));
        byDriver.forEach(c::driver);
        return c.violations;
    }

    private void coverage(List<RosterRow> rows) {
        Map<String, TourInstance> byId = new TreeMap<>();
        forecast.instances().forEach(t -> byId.put(t.id(), t));
        Map<String, Integer> seen = new TreeMap<>();
        for (RosterRow r : rows) {
            seen.merge(r.tourId(), 1, Integer::sum);
            TourInstance t = byId.get(r.tourId());
            if (t == null) {
                violations.add("line " + r.line() + ": unknown tour " + r.tourId());
            } else if (t.day() != r.day() || t.time().startMinute() != r.start()
                    || t.time().endMinute() % 1440 != r.end()) {
                violations.add("line " + r.line() + ": " + r.tourId() + " written as " + r.day() + " "
                        + r.start() + ".." + r.end() + " but the forecast says " + t.day() + " " + t.time().format());
            }
        }
        byId.keySet().forEach(id -> {
            int n = seen.getOrDefault(id, 0);
            if (n != 1) {
                violations.add("COVERAGE: " + id + " appears " + n + " times");
            }
        });
    }

    private record Tour(RosterRow row, Instant start, Instant end) {
    }

    private void driver(String driver, List<RosterRow> rows) {
        TreeMap<Integer, List<Tour>> days = new TreeMap<>();
        long weekMinutes = 0;
        for (RosterRow r : rows) {
            Tour t = new Tour(r, at(r.day().ordinal(), r.start()), at(r.day().ordinal(), r.start() + r.clockMinutes()));
            long minutes = Duration.between(t.start(), t.end()).toMinutes();
            weekMinutes += minutes;
            BigDecimal exact = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            if (exact.compareTo(r.hours()) != 0) {
                violations.add("line " + r.line() + ": Hours " + r.hours() + " but the tour lasts " + minutes + " min");
            }
            days.computeIfAbsent(r.day().ordinal(), k -> new ArrayList<>()).add(t);
        }
        if (weekMinutes > rules.maxWeeklyMinutes()) {
            violations.add("WEEKLY_HOURS: " + driver + " works " + weekMinutes + " min > " + rules.maxWeeklyMinutes());
        }
        Instant prevEnd = null;
        Integer prevTripleDay = null;
        for (Map.Entry<Integer, List<Tour>> e : days.entrySet()) {
            List<Tour> day = e.getValue();
            day.sort(Comparator.comparing(Tour::start));
            BlockType type = classify(driver, day);
            day.forEach(t -> {
                if (t.row().blockType() != type || !t.row().blockId().equals(day.get(0).row().blockId())) {
                    violations.add("line " + t.row().line() + ": labelled " + t.row().blockType().label() + " "
                            + t.row().blockId() + " but the day's tours make a " + (type == null ? "illegal block" : type.label()));
                }
            });
            if (prevEnd != null) {
                long rest = Duration.between(prevEnd, day.get(0).start()).toMinutes();
                if (rest < rules.minRestMinutes()) {
                    violations.add("REST: " + driver + " rests " + rest + " min before " + day.get(0).row().tourId());
                }
            }
            if (type == BlockType.TRIPLE) {
                if (rules.forbidConsecutiveTriples() && prevTripleDay != null && prevTripleDay == e.getKey() - 1) {
                    violations.add("FATIGUE: " + driver + " has a 3er on days " + prevTripleDay + " and " + e.getKey());
                }
                prevTripleDay = e.getKey();
            }
            prevEnd = latestEnd(day.get(0), day);
        }
    }

    /** The end of a block is its latest tour end (a tour may end after a later-starting one). */
    private static Instant latestEnd(Tour last, List<Tour> day) {
        Instant end = last.end();
        for (Tour t : day) {
            end = t.end().isAfter(end) ? t.end() : end;
        }
        return end;
    }

    /** The block type the tours make, or null (with a violation) when they make no legal block. */
    private BlockType classify(String driver, List<Tour> day) {
        String where = driver + " on " + day.get(0).row().day();
        if (day.size() > 3) {
            violations.add("SPAN_REGULAR: " + where + " has " + day.size() + " tours");
            return null;
        }
        long span = Duration.between(day.get(0).start(), latestEnd(day.get(0), day)).toMinutes();
        long[] gaps = new long[day.size() - 1];
        for (int i = 1; i < day.size(); i++) {
            gaps[i - 1] = Duration.between(day.get(i - 1).end(), day.get(i).start()).toMinutes();
            if (gaps[i - 1] < 0) {
                violations.add("OVERLAP: " + where + ": " + day.get(i - 1).row().tourId() + " and " + day.get(i).row().tourId());
                return null;
            }
        }
        if (day.size() == 1) {
            return BlockType.SINGLE;
        }
        boolean regular = true;
        for (long g : gaps) {
            regular &= g >= rules.regularGapMin() && g <= rules.regularGapMax();
        }
        if (day.size() == 2 && !regular) {
            if (gaps[0] < rules.splitBreakMin() || gaps[0] > rules.splitBreakMax() || span > rules.maxSpanSplit()) {
                violations.add("SPAN_SPLIT: " + where + ": break " + gaps[0] + " min, span " + span + " min");
                return null;
            }
            return BlockType.DOUBLE_SPLIT;
        }
        long limit = day.size() == 2 ? rules.maxSpanRegular() : rules.maxSpanTriple();
        if (!regular || span > limit) {
            violations.add("SPAN_REGULAR: " + where + ": gaps " + java.util.Arrays.toString(gaps) + ", span " + span + " min");
            return null;
        }
        return day.size() == 2 ? BlockType.DOUBLE_REGULAR : BlockType.TRIPLE;
    }

    /** Absolute instant of a wall-clock minute (may exceed a day) on day index {@code d} of the week. */
    private Instant at(int d, int minute) {
        int m = Math.floorMod(minute, 1440);
        return ZonedDateTime.of(forecast.weekAnchor().plusDays(d + Math.floorDiv(minute, 1440)),
                LocalTime.of(m / 60, m % 60), forecast.zone()).toInstant();
    }
}
