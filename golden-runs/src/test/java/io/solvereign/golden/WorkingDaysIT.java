package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.SolveResult;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.Violation;
import io.solvereign.api.internal.io.RuleSetJson;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import io.solvereign.audit.Auditors;
import io.solvereign.engine.Solvers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule "at most N working days a week" end to end on the Wien week: the engine keeps it (one
 * engine class enforces it), the audit checks it on its own (WORKING_DAYS), and a plan forged to give
 * a driver a sixth day fails that check.
 */
class WorkingDaysIT {
    private static final int FIVE = 5;
    private static final RuleSet FIVE_DAYS = RuleSet.defaults().toBuilder().maxWorkingDays(FIVE).build();

    private static Forecast week;
    private static SolveResult base;
    private static SolveResult limited;

    @BeforeAll
    static void solve() {
        week = GoldenSolves.wienForecast();
        base = GoldenSolves.wien();
        limited = Solvers.create().solve(SolveRequest.newBuilder(week).ruleSet(FIVE_DAYS).seed(GoldenSolves.SEED)
                .build());
    }

    private static Map<String, Set<Weekday>> daysByDriver(Plan plan) {
        Map<String, Set<Weekday>> days = new TreeMap<>();
        for (Assignment a : plan.assignments()) {
            days.computeIfAbsent(a.driverId(), d -> EnumSet.noneOf(Weekday.class)).add(a.day());
        }
        return days;
    }

    private static List<String> failing(AuditReport r) {
        return r.checks().stream().filter(c -> !c.passed()).map(CheckResult::id).toList();
    }

    @Test
    void withoutTheRuleSomeDriversWorkSixDays() {
        long six = daysByDriver(base.plan()).values().stream().filter(d -> d.size() > FIVE).count();
        assertTrue(six > 0, "the default plan gives no driver a sixth day, so the rule would not bind");
    }

    @Test
    void everyRosterKeepsFiveDaysAndDriversRiseOrStay() {
        Plan plan = limited.plan();
        daysByDriver(plan).forEach((driver, days) ->
                assertTrue(days.size() <= FIVE, driver + " works on " + days));
        assertEquals(week.instances().size(), plan.assignments().size(), "every tour covered once");
        int drivers = plan.kpis().drivers();
        assertTrue(drivers >= base.plan().kpis().drivers(),
                "drivers " + drivers + " below the plan without the rule " + base.plan().kpis().drivers());
        // The bound networks leave the rule out (a relaxation), so the certified bound still holds.
        assertTrue(limited.lowerBound() <= drivers, limited.lowerBound() + " > " + drivers);
    }

    @Test
    void theRuleIsRecordedAndMovesTheConfigHash() {
        Plan plan = limited.plan();
        assertEquals(FIVE_DAYS, plan.ruleSet());
        assertEquals(FIVE, RuleSetJson.toJson(plan.ruleSet()).get("max_working_days").intValue());
        assertNotEquals(base.plan().solverConfigHash(), plan.solverConfigHash());
        assertFalse(RuleSetJson.toJson(base.plan().ruleSet()).has("max_working_days"));
    }

    @Test
    void theAuditUnderAFiveDayPolicyPassesWithTheReSolve() {
        AuditReport r = Auditors.standard().audit(week, limited.plan(), FIVE_DAYS,
                (forecast, plan) -> Solvers.create().solve(SolveRequest.newBuilder(forecast).ruleSet(plan.ruleSet())
                        .seed(plan.seed()).workBudget(plan.workBudget()).build()).plan().outputHash());
        assertEquals(List.of(), failing(r), r::summary);
        assertEquals("WORKING_DAYS", r.checks().get(r.checks().size() - 1).id());
        assertTrue(r.releaseGate(), r::summary);
    }

    @Test
    void aPlanForgedToGiveADriverASixthDayFailsWorkingDays() {
        Plan plan = limited.plan();
        Map<String, Set<Weekday>> days = daysByDriver(plan);
        Plan forged = null;
        String victim = null;
        // Move a 1er tour to a five-day driver on one of his days off; the first such move that breaks
        // no other rule (rest to his neighbouring days) is the forgery.
        for (Assignment single : plan.assignments()) {
            if (single.blockType() != BlockType.SINGLE || forged != null) {
                continue;
            }
            for (Map.Entry<String, Set<Weekday>> e : days.entrySet()) {
                if (e.getValue().size() != FIVE || e.getValue().contains(single.day())) {
                    continue;
                }
                Plan candidate = moved(plan, single, e.getKey());
                if (failing(Auditors.standard().audit(week, candidate, FIVE_DAYS)).equals(List.of("WORKING_DAYS"))) {
                    forged = candidate;
                    victim = e.getKey();
                    break;
                }
            }
        }
        assertNotNull(forged, "no 1er could be moved to a five-day driver without breaking another rule");
        AuditReport r = Auditors.standard().audit(week, forged, FIVE_DAYS);
        CheckResult check = r.checks().get(r.checks().size() - 1);
        assertEquals("WORKING_DAYS", check.id());
        assertEquals(1, check.count());
        Violation v = check.violations().get(0);
        assertEquals(victim, v.driverId());
        assertEquals(6, v.measured());
        assertEquals(FIVE, v.limit());
        assertFalse(r.releaseGate());
        // The same forged plan under the default policy: no WORKING_DAYS check, but PLAN_INTEGRITY names
        // the recorded rule that differs from the policy (a plan never sets its own rules).
        AuditReport lenient = Auditors.standard().audit(week, forged, RuleSet.defaults());
        assertEquals(AuditReport.GATE_CHECKS, lenient.checks().stream().map(CheckResult::id).toList());
        assertEquals(List.of("PLAN_INTEGRITY"), failing(lenient));
    }

    private static Plan moved(Plan p, Assignment a, String toDriver) {
        List<Assignment> out = new ArrayList<>(p.assignments());
        out.remove(a);
        out.add(new Assignment(toDriver, a.tourInstanceId(), a.day(), toDriver + "-" + a.day().abbreviation(),
                BlockType.SINGLE, a.startMinute(), a.endMinute(), a.crossesMidnight()));
        out.sort(null);
        return new Plan(p.inputHash(), p.solverConfigHash(), p.outputHash(), p.seed(), p.workBudget(),
                p.solverVersion(), p.weekAnchor(), p.zone(), p.ruleSet(), out, p.kpis(), p.lowerBoundCertificate());
    }
}
