package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.Violation;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.audit.Auditors;
import io.solvereign.harness.export.PlanExports;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assertions every solved week must pass: the eight audit checks, the exported rosters, the bound. */
final class PlanChecks {
    private PlanChecks() {
    }

    /** All eight checks of DOMAIN §8 PASS on the plan (Auditors.standard(), the built-in site rules); the message names each violation. */
    static void assertAuditPasses(Forecast forecast, Plan plan, String what) {
        assertSevenPass(Auditors.standard().audit(forecast, plan), what);
    }

    static void assertSevenPass(AuditReport report, String what) {
        assertEquals(AuditReport.GATE_CHECKS, report.checks().stream().map(CheckResult::id).toList(),
                what + ": the standard auditor runs the eight checks");
        StringBuilder failed = new StringBuilder();
        for (CheckResult c : report.checks()) {
            for (Violation v : c.violations().subList(0, Math.min(5, c.violations().size()))) {
                failed.append("\n  ").append(c.id()).append(": ").append(v.message());
            }
        }
        if (failed.length() > 0) {
            fail(what + ": " + report.summary() + failed);
        }
    }

    /**
     * The plan's exported rosters.csv (harness export), read back, holds every rule by the independent
     * {@link RosterRuleCheck}, and the same rows fed to the audit as assignments pass all eight checks.
     */
    static void assertRostersCsvHolds(Forecast forecast, Plan plan, String what) {
        String csv = PlanExports.of(plan, forecast).rostersCsv();
        List<RosterRow> rows = RosterRow.parse(csv);
        assertEquals(forecast.instances().size(), rows.size(), what + ": one rosters.csv row per tour");
        List<String> v = RosterRuleCheck.violations(rows, forecast, plan.ruleSet());
        assertTrue(v.isEmpty(), () -> what + ": rosters.csv breaks " + v.size() + " rule(s): "
                + v.subList(0, Math.min(10, v.size())));
        AuditInput fromCsv = new AuditInput(forecast, rows.stream().map(RosterRow::toAssignment).toList(), plan.ruleSet());
        assertSevenPass(Auditors.standard().audit(fromCsv), what + " (rosters.csv through the audit)");
    }

    /**
     * The bound certificate is self-consistent and no roster of the plan collects more weight than the
     * certificate's maximum (each roster is a legal roster, so this must hold), and drivers >= bound.
     */
    static void assertBoundHolds(Forecast forecast, Plan plan, String what) {
        LowerBoundCertificate c = plan.lowerBoundCertificate();
        assertEquals(plan.kpis().lowerBound(), c.drivers(), what + ": KPI bound = certificate bound");
        assertTrue(plan.kpis().drivers() >= c.drivers(), what + ": drivers " + plan.kpis().drivers()
                + " below the certified bound " + c.drivers());
        long covered = 0;
        Map<String, Integer> counts = new TreeMap<>();
        for (TourTemplate t : forecast.templates()) {
            counts.merge(t.fingerprint().idStem(), t.count(), Integer::sum);
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            covered += e.getValue() * c.weights().getOrDefault(e.getKey(), 0L);
        }
        assertEquals(covered, c.coveredWeight(), what + ": covered weight = sum of count x weight");
        if (c.maxRosterWeight() > 0) {
            assertEquals((c.coveredWeight() + c.maxRosterWeight() - 1) / c.maxRosterWeight(), c.drivers(),
                    what + ": bound = ceil(covered / max roster weight)");
        }
        Map<String, TourInstance> byId = new TreeMap<>();
        forecast.instances().forEach(t -> byId.put(t.id(), t));
        Map<String, Long> rosterWeight = new TreeMap<>();
        plan.assignments().forEach(a -> {
            TourInstance t = byId.get(a.tourInstanceId());
            boolean secondSplitPart = !t.splitPartner().isEmpty() && t.id().endsWith("b");
            long w = secondSplitPart ? 0 : c.weights().getOrDefault(t.fingerprint().idStem(), 0L);
            rosterWeight.merge(a.driverId(), w, Long::sum);
        });
        rosterWeight.forEach((driver, w) -> assertTrue(w <= c.maxRosterWeight(), what + ": roster of " + driver
                + " collects weight " + w + " > the certificate's maximum " + c.maxRosterWeight()));
    }
}
