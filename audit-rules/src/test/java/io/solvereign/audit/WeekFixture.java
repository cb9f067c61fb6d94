package io.solvereign.audit;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ConfigHash;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small forecasts and hand-written plans for audit tests, without the engine. Each call adds
 * tours to the forecast and gives them to a driver; instance ids follow the forecast's own scheme
 * ({@code Mo-0600-1030-01}, the n-th identical tour gets {@code -0n}; split parts end in a/b).
 * Assignment labels are consistent: day, minutes and crossing flag come from the forecast, the
 * block id is {@code <driver>-<day>} and the block type is worked out here from the day's tours,
 * independently of the audit, so only the labour rules a test breaks fail.
 */
public final class WeekFixture {
    private final LocalDate anchor;
    private final Map<Fingerprint, Integer> counts = new LinkedHashMap<>();
    private final List<String[]> given = new ArrayList<>();

    private WeekFixture(LocalDate anchor) {
        this.anchor = anchor;
    }

    /** A week on the forecast's default anchor (no daylight-saving switch). */
    public static WeekFixture week() {
        return new WeekFixture(Forecast.DEFAULT_WEEK_ANCHOR);
    }

    /** A week anchored on the given Monday, Europe/Vienna. */
    public static WeekFixture week(LocalDate anchor) {
        return new WeekFixture(anchor);
    }

    /** Adds one tour per range ({@code "HH:MM-HH:MM"}) on the day and gives each to the driver. */
    public WeekFixture work(String driver, Weekday day, String... ranges) {
        for (String r : ranges) {
            String id = add(new Fingerprint(day, List.of(range(r)), "", ""));
            given.add(new String[] {driver, id});
        }
        return this;
    }

    /** Adds one split-shift pair ({@code +} line) and gives both parts to the driver. */
    public WeekFixture split(String driver, Weekday day, String first, String second) {
        String id = add(new Fingerprint(day, List.of(range(first), range(second)), "", ""));
        given.add(new String[] {driver, id + "a"});
        given.add(new String[] {driver, id + "b"});
        return this;
    }

    /** Adds tours to the forecast that nobody is given. */
    public WeekFixture unassigned(Weekday day, String range) {
        add(new Fingerprint(day, List.of(range(range)), "", ""));
        return this;
    }

    /** The forecast and the plan as built so far. */
    public Built build() {
        List<TourTemplate> templates = new ArrayList<>();
        counts.forEach((fp, n) -> templates.add(new TourTemplate(fp, n, 0)));
        Forecast forecast = Forecast.of(anchor, Forecast.DEFAULT_ZONE, templates);
        Built empty = new Built(forecast, List.of());
        List<Assignment> assignments = new ArrayList<>();
        for (String[] g : given) {
            assignments.add(empty.assignment(g[0], g[1]));
        }
        return new Built(forecast, assignments);
    }

    static TimeRange range(String text) {
        String[] p = text.split("-");
        return TimeRange.ofClock(minute(p[0]), minute(p[1]));
    }

    private static int minute(String clock) {
        String[] hm = clock.split(":");
        return Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1]);
    }

    private String add(Fingerprint fp) {
        int n = counts.merge(fp, 1, Integer::sum);
        return fp.idStem() + String.format(java.util.Locale.ROOT, "-%02d", n);
    }

    /**
     * A forecast with a hand-written plan; the mutators return new copies.
     *
     * @param forecast    the forecast
     * @param assignments the plan's assignments
     */
    public record Built(Forecast forecast, List<Assignment> assignments) {

        public Built {
            assignments = labelled(forecast, assignments);
        }

        /** Every assignment with the block type its driver-day's tours make (unknown ids: 1er). */
        private static List<Assignment> labelled(Forecast forecast, List<Assignment> in) {
            Map<String, TourInstance> byId = new LinkedHashMap<>();
            forecast.instances().forEach(t -> byId.put(t.id(), t));
            Map<String, List<TourInstance>> days = new LinkedHashMap<>();
            for (Assignment a : in) {
                TourInstance t = byId.get(a.tourInstanceId());
                if (t != null) {
                    days.computeIfAbsent(a.driverId() + "|" + t.day(), k -> new ArrayList<>()).add(t);
                }
            }
            List<Assignment> out = new ArrayList<>();
            for (Assignment a : in) {
                TourInstance t = byId.get(a.tourInstanceId());
                BlockType type = t == null ? BlockType.SINGLE : typeOf(days.get(a.driverId() + "|" + t.day()));
                out.add(new Assignment(a.driverId(), a.tourInstanceId(), a.day(), a.blockId(), type, a.startMinute(),
                        a.endMinute(), a.crossesMidnight()));
            }
            return List.copyOf(out);
        }

        private static BlockType typeOf(List<TourInstance> tours) {
            List<TourInstance> sorted = tours.stream().distinct().sorted().toList();
            if (sorted.size() == 2) {
                long gap = java.time.Duration.between(sorted.get(0).end(), sorted.get(1).start()).toMinutes();
                return gap >= 30 && gap <= 60 ? BlockType.DOUBLE_REGULAR : BlockType.DOUBLE_SPLIT;
            }
            return sorted.size() == 3 ? BlockType.TRIPLE : BlockType.SINGLE;
        }

        /** The input under the default rules. */
        public AuditInput input() {
            return new AuditInput(forecast, assignments, RuleSet.defaults());
        }

        /** A plan record around the assignments, with the given output_hash. */
        public Plan plan(String outputHash) {
            Kpis kpis = new Kpis(0, 0, 0, assignments.size(), 0, 0, 0, 0, 0, 0, 0, 0);
            return new Plan(CanonicalForm.inputHash(forecast),
                    ConfigHash.of(RuleSet.defaults(), 0, 2_000_000L, "test"), outputHash, 0, 2_000_000L, "test", forecast.weekAnchor(),
                    forecast.zone(), RuleSet.defaults(), assignments, kpis, LowerBoundCertificate.none());
        }

        /** Without any assignment of the instance (a dropped tour). */
        public Built without(String instanceId) {
            List<Assignment> out = new ArrayList<>(assignments);
            out.removeIf(a -> a.tourInstanceId().equals(instanceId));
            return new Built(forecast, out);
        }

        /** With one more assignment of the instance, to the driver (an unknown id is allowed). */
        public Built plus(String driver, String instanceId) {
            List<Assignment> out = new ArrayList<>(assignments);
            out.add(assignment(driver, instanceId));
            return new Built(forecast, out);
        }

        /** With the instance taken from its driver and given to another. */
        public Built moved(String instanceId, String toDriver) {
            return without(instanceId).plus(toDriver, instanceId);
        }

        /** An assignment whose plan-side times come from the forecast when it knows the id. */
        Assignment assignment(String driver, String instanceId) {
            TourInstance t = forecast.instances().stream().filter(i -> i.id().equals(instanceId)).findFirst()
                    .orElse(null);
            Weekday day = t == null ? Weekday.MO : t.day();
            int start = t == null ? 0 : t.time().startMinute();
            int end = t == null ? 1 : t.time().endMinute();
            return new Assignment(driver, instanceId, day, driver + "-" + day.abbreviation(), BlockType.SINGLE, start,
                    end, end >= TimeRange.DAY_MINUTES);
        }
    }
}
