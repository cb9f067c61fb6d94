package io.solvereign.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.RecordedConfig;
import io.solvereign.api.audit.Violation;
import io.solvereign.api.internal.io.ConfigHash;
import io.solvereign.api.internal.io.RuleSetJson;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PLAN_INTEGRITY on the sample week: the policy, not the plan, sets the limits; the config hash recomputes. */
class PlanIntegrityRuleTest {
    private static final WeekFixture.Built VALID = SampleWeek.valid();

    private static CheckResult integrity(AuditReport r) {
        return r.check("PLAN_INTEGRITY");
    }

    @Test
    void aConsistentPlanPassesUnderItsPolicy() {
        Plan plan = VALID.plan("hash");
        assertTrue(integrity(Auditors.standard().audit(VALID.forecast(), plan, RuleSet.defaults())).passed());
    }

    @Test
    void recordedRulesThatDifferFromThePolicyFailOnePerField() {
        RuleSet relaxed = RuleSetJson.parse("{\"max_weekly_minutes\":6000,\"min_rest_minutes\":600}", "relaxed");
        String hash = ConfigHash.of(relaxed, 0, 2_000_000L, "test");
        AuditInput input = new AuditInput(VALID.forecast(), VALID.assignments(), RuleSet.defaults(),
                new RecordedConfig(relaxed, 0, 2_000_000L, "test", hash));
        List<Violation> v = integrity(Auditors.standard().audit(input)).violations();
        assertEquals(List.of("rule_set.min_rest_minutes: the plan records 600, the policy is 660 (a plan never sets its own rules)",
                "rule_set.max_weekly_minutes: the plan records 6000, the policy is 3300 (a plan never sets its own rules)"),
                v.stream().map(Violation::message).toList());
        assertEquals(6000, v.get(1).measured());
        assertEquals(3300, v.get(1).limit());
    }

    @Test
    void theRelaxedRulesAreNeverUsedToJudge() {
        // 56 h for D010 would pass under the recorded 100 h cap; the policy's 55 h still applies.
        WeekFixture.Built heavy = VALID.moved("Sa-0900-1300-01", "D010");
        RuleSet relaxed = RuleSetJson.parse("{\"max_weekly_minutes\":6000}", "relaxed");
        AuditInput input = new AuditInput(heavy.forecast(), heavy.assignments(), RuleSet.defaults(),
                new RecordedConfig(relaxed, 0, 0, "test", ConfigHash.of(relaxed, 0, 0, "test")));
        AuditReport r = Auditors.standard().audit(input);
        Violation weekly = r.check("WEEKLY_HOURS").violations().get(0);
        assertEquals(List.of("D010", 3360L, 3300L), List.of(weekly.driverId(), weekly.measured(), weekly.limit()));
        assertTrue(!r.check("PLAN_INTEGRITY").passed());
    }

    @Test
    void aConfigHashThatDoesNotRecomputeFails() {
        AuditInput input = new AuditInput(VALID.forecast(), VALID.assignments(), RuleSet.defaults(),
                new RecordedConfig(RuleSet.defaults(), 7, 0, "test", "a".repeat(64)));
        Violation v = integrity(Auditors.standard().audit(input)).violations().get(0);
        assertTrue(v.message().contains("the plan records " + "a".repeat(64)), v.message());
        assertTrue(v.message().contains(ConfigHash.of(RuleSet.defaults(), 7, 0, "test")), v.message());
    }

    @Test
    void aBlockIdSpanningTwoDaysNamesTheDriverAndBothValues() {
        Assignment a = VALID.assignments().get(0);
        Assignment b = new Assignment(a.driverId(), a.tourInstanceId(), a.day(), a.driverId() + "-So", a.blockType(),
                a.startMinute(), a.endMinute(), a.crossesMidnight());
        List<Assignment> edited = new java.util.ArrayList<>(VALID.assignments());
        edited.set(0, b);
        Violation v = integrity(Auditors.standard().audit(new AuditInput(VALID.forecast(), edited, RuleSet.defaults())))
                .violations().get(0);
        assertEquals(a.driverId(), v.driverId());
        assertEquals(List.of(a.tourInstanceId()), v.instanceIds());
        assertTrue(v.message().contains("block_id is " + a.driverId() + "-So in the plan, " + a.blockId()), v.message());
    }
}
