package io.solvereign.api.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.internal.io.KpiSampleJson;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The drift formula on cases computed by hand (the expected figures are worked out in the comments). */
class KpiDriftTest {
    private static final double EPS = 1e-9;

    private static KpiSample sample(String id, Map<String, Double> metrics) {
        return new KpiSample(id, new TreeMap<>(metrics));
    }

    private static List<KpiSample> drivers(double... values) {
        List<KpiSample> out = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(sample("B" + i, Map.of("total_drivers", values[i])));
        }
        return out;
    }

    @Test
    void sdZeroAndEqualIsNoDrift() {
        DriftReport r = KpiDrift.check(drivers(10, 10, 10), sample("P", Map.of("total_drivers", 10.0)));
        MetricDrift d = r.metrics().get(0);
        assertEquals(0, d.sd(), EPS);
        assertEquals(0, d.z(), EPS);
        assertEquals(0, d.pct(), EPS);
        assertEquals(0, r.score(), EPS);
        assertEquals(DriftLevel.OK, r.level());
        assertTrue(r.topDrifters().isEmpty());
        assertTrue(r.triggers().isEmpty());
    }

    @Test
    void sdZeroAndDifferentCountsAsZThree() {
        // z = 3 (sd 0, x != mean), pct = 10, weighted = max(3*2, 10*2/10) = 6, score = 10*6/2 = 30.
        DriftReport r = KpiDrift.check(drivers(10, 10, 10), sample("P", Map.of("total_drivers", 11.0)));
        MetricDrift d = r.metrics().get(0);
        assertEquals(3, d.z(), EPS);
        assertEquals(10, d.pct(), EPS);
        assertEquals(6, d.weighted(), EPS);
        assertEquals(30, r.score(), EPS);
        assertEquals(DriftLevel.ALERT, r.level());
        // 10 % is above 5 % but not above 10 %: WARN, not BLOCK.
        assertEquals(List.of("HEADCOUNT_DRIFT"), r.triggers().stream().map(RunbookTrigger::name).toList());
        assertEquals(RunbookTrigger.Severity.WARN, r.triggers().get(0).severity());
    }

    @Test
    void oneOutlierAgainstASpreadBaseline() {
        // drivers 100, 102, 98: mean 100, sample sd sqrt((0+4+4)/2) = 2; x = 110: z = 5, pct = 10,
        // weighted = max(5*2, 10*2/10) = 10. coverage 100 everywhere: 0. score = 10*10/(2+2) = 25: ALERT.
        List<KpiSample> base = List.of(
                sample("B1", Map.of("total_drivers", 100.0, "coverage_pct", 100.0)),
                sample("B2", Map.of("total_drivers", 102.0, "coverage_pct", 100.0)),
                sample("B3", Map.of("total_drivers", 98.0, "coverage_pct", 100.0)));
        DriftReport r = KpiDrift.check(base, sample("P", Map.of("total_drivers", 110.0, "coverage_pct", 100.0)));
        MetricDrift d = r.metrics().stream().filter(m -> m.metric().equals("total_drivers")).findFirst().orElseThrow();
        assertEquals(100, d.mean(), EPS);
        assertEquals(2, d.sd(), EPS);
        assertEquals(5, d.z(), EPS);
        assertEquals(10, d.weighted(), EPS);
        assertEquals(25, r.score(), EPS);
        assertEquals(DriftLevel.ALERT, r.level());
        assertEquals(List.of("total_drivers"), r.topDrifters().stream().map(MetricDrift::metric).toList());
    }

    @Test
    void percentWinsWhenTheBaselineIsWide() {
        // 50, 100, 150: mean 100, sd 50; x = 160: z = 1.2 -> 2.4, pct = 60 -> 60*2/10 = 12; score = 10*12/2 = 60.
        DriftReport r = KpiDrift.check(drivers(50, 100, 150), sample("P", Map.of("total_drivers", 160.0)));
        assertEquals(1.2, r.metrics().get(0).z(), EPS);
        assertEquals(12, r.metrics().get(0).weighted(), EPS);
        assertEquals(60, r.score(), EPS);
        assertEquals(DriftLevel.INCIDENT, r.level());
        assertEquals(RunbookTrigger.Severity.BLOCK, r.triggers().get(0).severity());
    }

    @Test
    void weightsAndTopThreeAreOrdered() {
        // Every metric at sd 0 and x != mean: z = 3, weighted = 3 * w unless pct*w/10 is larger.
        Map<String, Double> base = Map.of("total_drivers", 100.0, "fte_ratio", 100.0, "audit_pass_rate", 100.0,
                "other", 100.0);
        Map<String, Double> now = Map.of("total_drivers", 101.0, "fte_ratio", 99.0, "audit_pass_rate", 99.0,
                "other", 99.0);
        DriftReport r = KpiDrift.check(List.of(sample("a", base), sample("b", base), sample("c", base)),
                sample("P", now));
        // weighted: total_drivers 6, fte_ratio 4.5, audit_pass_rate 3, other 3 (ties by name: audit first).
        assertEquals(List.of("total_drivers", "fte_ratio", "audit_pass_rate"),
                r.topDrifters().stream().map(MetricDrift::metric).toList());
        // score = 10 * (6 + 4.5 + 3 + 3) / (2 + 1.5 + 1 + 1) = 30.
        assertEquals(30, r.score(), EPS);
    }

    @Test
    void noBaselineIsOkWithTheReasonButLevelFreeTriggersStillFire() {
        KpiSample now = sample("P", Map.of("total_drivers", 50.0, "coverage_pct", 99.0, "fte_ratio", 90.0));
        DriftReport none = KpiDrift.check(List.of(), now);
        assertEquals(DriftLevel.OK, none.level());
        assertTrue(none.reason().contains("no baseline"), none.reason());
        assertEquals(List.of("COVERAGE_GAP", "FTE_RATIO_LOW"), none.triggers().stream().map(RunbookTrigger::name).toList());
        DriftReport two = KpiDrift.check(drivers(50, 51), now);
        assertEquals(DriftLevel.OK, two.level());
        assertTrue(two.reason().contains("2 sample"), two.reason());
    }

    @Test
    void levelThresholds() {
        assertEquals(DriftLevel.OK, DriftLevel.of(9.999));
        assertEquals(DriftLevel.WARNING, DriftLevel.of(10));
        assertEquals(DriftLevel.WARNING, DriftLevel.of(24.999));
        assertEquals(DriftLevel.ALERT, DriftLevel.of(25));
        assertEquals(DriftLevel.INCIDENT, DriftLevel.of(50));
    }

    @Test
    void samplesRoundTripThroughTheirJson() {
        List<KpiSample> samples = List.of(sample("P0001", Map.of("total_drivers", 142.0, "fte_ratio", 97.5)),
                sample("P0002", Map.of("total_drivers", 140.0, "fte_ratio", 100.0)));
        String json = KpiSampleJson.write(samples);
        assertEquals(samples, KpiSampleJson.read(json, "test"));
        assertEquals(json, KpiSampleJson.write(KpiSampleJson.read(json, "test")));
    }
}
