package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TourInstance;
import io.solvereign.audit.Auditors;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10: the short weeks' recorded optima ({@code short-weeks/optima.csv}, made by
 * {@link ExactOptimaRecompute}) are re-checked without the solver that found them: the generator still
 * makes the same week; the recorded optimal rosters cover it, pass all seven audit checks and have
 * exactly the recorded drivers and part-time drivers; and the recorded integer certificates, evaluated
 * here by a longest path in {@code long}, prove the recorded bounds (equal to the optima where the
 * table says "certificate").
 */
class ShortWeekOptimaTest {
    static Stream<ShortWeekRecord> weeks() {
        return ShortWeekRecord.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weeks")
    void recordedRostersAreLegalAndHaveTheRecordedOptima(ShortWeekRecord r) {
        Forecast f = r.generate().forecast();
        assertEquals(r.tours(), f.instances().size(), r.week() + ": tours");
        assertEquals(r.inputHash(), CanonicalForm.inputHash(f), r.week() + ": the generator changed the week");
        RuleSet rules = ExactOptima.rules();
        List<Assignment> plan = assignments(f, r.rosters(), r.week());
        PlanChecks.assertSevenPass(Auditors.standard().audit(new AuditInput(f, plan, rules)), r.week() + " exact rosters");
        Map<String, Long> work = new TreeMap<>();
        plan.forEach(a -> work.merge(a.driverId(), (long) (a.endMinute() - a.startMinute()), Long::sum));
        assertEquals(r.drivers(), work.size(), r.week() + ": drivers of the recorded rosters");
        assertEquals(r.partTime(), work.values().stream().filter(m -> m < rules.fteMinMinutes()).count(),
                r.week() + ": part-time drivers of the recorded rosters");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weeks")
    void recordedCertificatesProveTheRecordedBounds(ShortWeekRecord r) {
        RosterNetwork net = new RosterNetwork(r.generate().forecast(), ExactOptima.rules());
        int drivers = ShortWeekCertificate.drivers(net, ShortWeekCertificate.weights(net, r.weights("drivers")));
        int pt = ShortWeekCertificate.partTime(net, ShortWeekCertificate.weights(net, r.weights("pt")), r.drivers());
        assertEquals(r.driversBound(), drivers, r.week() + ": driver bound of the certificate");
        assertEquals(r.partTimeBound(), pt, r.week() + ": part-time bound of the certificate");
        assertTrue(drivers <= r.drivers() && pt <= r.partTime(), r.week() + ": a bound above a roster found");
        assertEquals(r.proof().contains("drivers: certificate"), drivers == r.drivers(), r.week() + ": " + r.proof());
        assertEquals(r.proof().contains("pt: certificate"), pt == r.partTime(), r.week() + ": " + r.proof());
        // A level not proven by its certificate must rest on a search SCIP finished (gap 0).
        boolean bothCertified = drivers == r.drivers() && pt == r.partTime();
        assertTrue(bothCertified || r.proof().contains("SCIP OPTIMAL"),
                r.week() + ": an optimum resting on a search that did not finish: " + r.proof());
    }

    /** The issue's shapes: at least 8 weeks, holidays on different days, 4- and 5-day weeks, 240 and 270 min, 900-1,900 tours. */
    @Test
    void theRecordedWeeksSpanTheShapesTheIssueAsks() {
        List<ShortWeekRecord> all = ShortWeekRecord.all();
        assertTrue(all.size() >= 8, "weeks " + all.size());
        List<Integer> holidays = new ArrayList<>();
        List<Long> workedDays = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (ShortWeekRecord r : all) {
            Forecast f = r.generate().forecast();
            String text = r.generate().text();
            for (String day : List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")) {
                if (text.contains(day + ";Anzahl\nFeiertag;0\n")) {
                    holidays.add(List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag").indexOf(day));
                }
            }
            workedDays.add(java.util.Arrays.stream(f.toursPerDay()).filter(n -> n > 0).count());
            lengths.add(r.shape().tourMinutes());
            assertTrue(r.tours() >= 900 && r.tours() <= 1900, r.week() + ": " + r.tours() + " tours");
        }
        assertTrue(holidays.stream().distinct().count() >= 4, "holiday days " + holidays);
        assertTrue(workedDays.contains(4L) && workedDays.contains(5L), "worked days " + workedDays);
        assertTrue(lengths.contains(240) && lengths.contains(270), "tour lengths " + lengths);
    }

    /** Binds each roster's tours to instances of their line, in instance order, and types each day's block. */
    static List<Assignment> assignments(Forecast f, List<List<String>> rosters, String what) {
        Map<String, Deque<TourInstance>> free = new TreeMap<>();
        f.instances().stream().sorted().forEach(t -> free.computeIfAbsent(t.fingerprint().canonicalLine(),
                k -> new ArrayDeque<>()).add(t));
        List<Assignment> out = new ArrayList<>();
        for (int d = 0; d < rosters.size(); d++) {
            String driver = String.format(java.util.Locale.ROOT, "X%04d", d + 1);
            Map<Integer, List<TourInstance>> byDay = new TreeMap<>();
            for (String key : rosters.get(d)) {
                Deque<TourInstance> left = free.get(key);
                assertTrue(left != null && !left.isEmpty(), what + ": roster " + (d + 1) + " uses " + key + " once too often");
                TourInstance t = left.poll();
                byDay.computeIfAbsent(t.day().number(), k -> new ArrayList<>()).add(t);
            }
            byDay.forEach((day, tours) -> {
                BlockType type = type(tours);
                for (TourInstance t : tours) {
                    String block = driver + "-" + t.day().abbreviation(); // the audit's PLAN_INTEGRITY form
                    out.add(new Assignment(driver, t.id(), t.day(), block, type, t.time().startMinute(),
                            t.time().endMinute(), t.time().crossesMidnight()));
                }
            });
        }
        free.forEach((key, left) -> assertTrue(left.isEmpty(), what + ": " + left.size() + " tours of " + key + " uncovered"));
        return out;
    }

    private static BlockType type(List<TourInstance> tours) {
        return switch (tours.size()) {
            case 1 -> BlockType.SINGLE;
            case 2 -> tours.get(1).time().startMinute() - tours.get(0).time().endMinute() <= ExactOptima.rules().regularGapMax()
                    ? BlockType.DOUBLE_REGULAR : BlockType.DOUBLE_SPLIT;
            default -> BlockType.TRIPLE;
        };
    }

    @Test
    void aBrokenRosterIsCaught() {
        ShortWeekRecord r = ShortWeekRecord.all().get(0);
        Forecast f = r.generate().forecast();
        List<List<String>> rosters = new ArrayList<>(r.rosters());
        // Move the first driver's tours onto the second driver: two blocks a day, rest broken.
        List<String> merged = new ArrayList<>(rosters.get(0));
        merged.addAll(rosters.get(1));
        rosters.set(0, merged);
        rosters.remove(1);
        var report = Auditors.standard().audit(new AuditInput(f, assignments(f, rosters, r.week()), ExactOptima.rules()));
        assertTrue(report.checks().stream().anyMatch(c -> !c.violations().isEmpty()), "the audit finds the merged roster");
    }
}
