package io.solvereign.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.ReproducibilityResult;
import io.solvereign.api.audit.Violation;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WORKING_DAYS: reported only under a policy that limits working days, and then it closes the gate. */
class WorkingDaysRuleTest {
    /** D001 works Monday to Saturday (rest 16 h between days), D002 Monday only. */
    private static final WeekFixture.Built SIX_DAYS = WeekFixture.week()
            .work("D001", Weekday.MO, "06:00-14:00").work("D001", Weekday.DI, "06:00-14:00")
            .work("D001", Weekday.MI, "06:00-14:00").work("D001", Weekday.DO, "06:00-14:00")
            .work("D001", Weekday.FR, "06:00-14:00").work("D001", Weekday.SA, "06:00-10:00", "10:30-14:00")
            .work("D002", Weekday.MO, "15:00-20:00").build();

    private static AuditReport audit(int maxWorkingDays) {
        RuleSet policy = RuleSet.defaults().toBuilder().maxWorkingDays(maxWorkingDays).build();
        List<CheckResult> checks = Auditors.standard()
                .audit(new AuditInput(SIX_DAYS.forecast(), SIX_DAYS.assignments(), policy)).checks();
        return new AuditReport(checks, ReproducibilityResult.compare("h", "h"));
    }

    private static List<String> ids(AuditReport r) {
        return r.checks().stream().map(CheckResult::id).toList();
    }

    @Test
    void offByDefaultTheReportKeepsItsEightChecks() {
        AuditReport r = audit(RuleSet.WEEK_DAYS);
        assertEquals(AuditReport.GATE_CHECKS, ids(r));
        assertTrue(r.releaseGate());
    }

    @Test
    void sixWorkingDaysFailAFiveDayPolicyNamingDriverAndDays() {
        AuditReport r = audit(5);
        List<String> expected = new ArrayList<>(AuditReport.GATE_CHECKS);
        expected.add("WORKING_DAYS");
        assertEquals(expected, ids(r));
        CheckResult check = r.checks().get(8);
        assertFalse(check.passed());
        assertEquals(1, check.count());
        Violation v = check.violations().get(0);
        assertEquals("D001", v.driverId());
        assertEquals(6, v.measured());
        assertEquals(5, v.limit());
        assertEquals(MeasureUnit.DAYS, v.unit());
        assertEquals(7, v.instanceIds().size(), "every tour of the six days is named");
        assertEquals("D001: works on 6 days (Mo Di Mi Do Fr Sa), at most 5", v.message());
        assertEquals(List.of("WORKING_DAYS"),
                r.checks().stream().filter(c -> !c.passed()).map(CheckResult::id).toList());
        assertFalse(r.releaseGate(), "a failing WORKING_DAYS check closes the release gate");
    }

    @Test
    void sixWorkingDaysKeepASixDayPolicy() {
        AuditReport r = audit(6);
        assertTrue(r.checks().get(8).passed());
        assertTrue(r.releaseGate());
    }
}
