package io.solvereign.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.internal.io.AuditReportJson;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The labour checks trust only (driver, tour id) from the plan: lying labels, days and minutes of an
 * assignment fail PLAN_INTEGRITY but neither hide nor create violations of the seven others; the
 * order of assignments does not matter, and every limit comes from the rule set.
 */
class PlanIndependenceTest {
    private static final WeekFixture.Built VALID = SampleWeek.valid();

    private static List<String> failing(AuditReport r) {
        return r.checks().stream().filter(c -> !c.passed()).map(CheckResult::id).toList();
    }

    /** The same assignments with lying plan-side fields. */
    private static List<Assignment> scrambled(List<Assignment> in) {
        List<Assignment> out = new ArrayList<>();
        for (Assignment a : in) {
            out.add(new Assignment(a.driverId(), a.tourInstanceId(), Weekday.SO, "X", BlockType.TRIPLE, 0, 1, false));
        }
        return out;
    }

    @Test
    void lyingLabelsNeitherHideNorCreateViolations() {
        AuditReport valid = Auditors.standard().audit(
                new AuditInput(VALID.forecast(), scrambled(VALID.assignments()), RuleSet.defaults()));
        assertEquals(List.of("PLAN_INTEGRITY"), failing(valid));
        WeekFixture.Built rest = VALID.moved("Mo-1431-1901-01", "D004");
        AuditReport broken = Auditors.standard().audit(
                new AuditInput(rest.forecast(), scrambled(rest.assignments()), RuleSet.defaults()));
        assertEquals(List.of("REST", "PLAN_INTEGRITY"), failing(broken));
    }

    @Test
    void limitsComeFromTheRuleSet() {
        RuleSet lenient = new RuleSet(600, 30, 60, 240, 360, 14 * 60, 16 * 60, 16 * 60, 55 * 60, 40 * 60, false, 720,
                List.of(ObjectiveLevel.PART_TIME, ObjectiveLevel.SPLITS, ObjectiveLevel.SINGLES),
                12 * 60, 12 * 60, 14 * 60, 300, 48 * 60);
        WeekFixture.Built twoBreaches = VALID.moved("Mo-1431-1901-01", "D004").moved("Mi-1300-1600-01", "D012");
        assertEquals(List.of("REST", "FATIGUE"), failing(Auditors.standard().audit(twoBreaches.input())));
        AuditReport r = Auditors.standard().audit(
                new AuditInput(twoBreaches.forecast(), twoBreaches.assignments(), lenient));
        assertEquals(List.of(), failing(r));
    }

    @Property(tries = 30)
    void assignmentOrderDoesNotMatter(@ForAll long seed) {
        List<Assignment> shuffled = new ArrayList<>(VALID.assignments());
        Collections.shuffle(shuffled, new Random(seed));
        WeekFixture.Built broken = new WeekFixture.Built(VALID.forecast(), shuffled).moved("Mo-0600-1030-02", "D002");
        String expected = AuditReportJson.toJsonString(
                Auditors.standard().audit(VALID.moved("Mo-0600-1030-02", "D002").input()));
        assertEquals(expected, AuditReportJson.toJsonString(Auditors.standard().audit(broken.input())));
    }

    @Property(tries = 30)
    void coverageCountsEveryDroppedTour(@ForAll @IntRange(min = 0, max = 10) int drops, @ForAll long seed) {
        List<Assignment> kept = new ArrayList<>(VALID.assignments());
        Collections.shuffle(kept, new Random(seed));
        TreeSet<String> dropped = new TreeSet<>();
        for (int i = 0; i < drops; i++) {
            dropped.add(kept.remove(kept.size() - 1).tourInstanceId());
        }
        CheckResult coverage = Auditors.standard().audit(new WeekFixture.Built(VALID.forecast(), kept).input())
                .check("COVERAGE");
        assertEquals(drops, coverage.count());
        assertEquals(new ArrayList<>(dropped), coverage.violations().stream()
                .map(v -> v.instanceIds().get(0)).sorted().toList());
    }
}
