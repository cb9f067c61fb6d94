package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * PLAN_INTEGRITY on the solved Wien week: breaking exactly one field of one assignment (or of the
 * recorded configuration) is reported with the driver, the instance and both values, and a random
 * single-field mutation never escapes all eight checks. The mutations do not recompute any hash: a
 * changed output_hash alone is REPRODUCIBILITY's finding, not the eight checks'.
 */
class PlanIntegrityIT {
    private static final RuleSet POLICY = RuleSet.defaults();

    private static Forecast forecast;

    private static synchronized Forecast forecast() {
        if (forecast == null) {
            forecast = GoldenSolves.wienForecast();
        }
        return forecast;
    }

    private static Plan plan() {
        return GoldenSolves.wien().plan();
    }

    /** A driver-day with two tours, so block labels and minutes have something to disagree with. */
    private static Assignment target() {
        List<Assignment> all = plan().assignments();
        for (Assignment a : all) {
            if (a.blockType() == BlockType.DOUBLE_REGULAR && !a.crossesMidnight()) {
                return a;
            }
        }
        throw new AssertionError("the Wien plan has no 2er-reg block");
    }

    private static Plan withAssignment(Plan p, Assignment from, Assignment to) {
        List<Assignment> out = new ArrayList<>(p.assignments());
        out.set(out.indexOf(from), to);
        return new Plan(p.inputHash(), p.solverConfigHash(), p.outputHash(), p.seed(), p.workBudget(),
                p.solverVersion(), p.weekAnchor(), p.zone(), p.ruleSet(), out, p.kpis(), p.lowerBound());
    }

    private static Violation onlyIntegrityViolation(Plan broken) {
        CheckResult c = Auditors.standard().audit(forecast(), broken, POLICY).check("PLAN_INTEGRITY");
        assertEquals(1, c.count(), () -> c.violations().toString());
        return c.violations().get(0);
    }

    private static void assertNames(Violation v, Assignment a, String field, String planValue, String forecastValue) {
        assertEquals(a.driverId(), v.driverId());
        assertEquals(List.of(a.tourInstanceId()), v.instanceIds());
        String m = v.message();
        assertTrue(m.contains(a.driverId()) && m.contains(a.tourInstanceId()) && m.contains(field)
                && m.contains(planValue + " in the plan") && m.contains(forecastValue), m);
    }

    @Test
    void theSolvedPlanPassesAllEightChecks() {
        AuditReport r = Auditors.standard().audit(forecast(), plan(), POLICY);
        assertEquals(AuditReport.GATE_CHECKS, r.checks().stream().map(CheckResult::id).toList());
        assertEquals(0, r.failedChecks(), r::summary);
    }

    @Test
    void startOneHourEarlier() {
        Assignment a = target();
        Assignment b = new Assignment(a.driverId(), a.tourInstanceId(), a.day(), a.blockId(), a.blockType(),
                a.startMinute() - 60, a.endMinute(), a.crossesMidnight());
        Violation v = onlyIntegrityViolation(withAssignment(plan(), a, b));
        assertNames(v, a, "start_min", String.valueOf(a.startMinute() - 60), a.startMinute() + " in the forecast");
        assertEquals(a.startMinute() - 60, v.measured());
        assertEquals(a.startMinute(), v.limit());
    }

    @Test
    void negativeStartMinute() {
        Assignment a = target();
        Assignment b = new Assignment(a.driverId(), a.tourInstanceId(), a.day(), a.blockId(), a.blockType(), -1,
                a.endMinute(), a.crossesMidnight());
        Violation v = onlyIntegrityViolation(withAssignment(plan(), a, b));
        assertNames(v, a, "start_min", "-1 (out of range)", a.startMinute() + " in the forecast");
    }

    @Test
    void endMinute() {
        Assignment a = target();
        Assignment b = new Assignment(a.driverId(), a.tourInstanceId(), a.day(), a.blockId(), a.blockType(),
                a.startMinute(), a.endMinute() + 5, a.crossesMidnight());
        assertNames(onlyIntegrityViolation(withAssignment(plan(), a, b)), a, "end_min",
                String.valueOf(a.endMinute() + 5), a.endMinute() + " in the forecast");
    }

    @Test
    void crossingFlag() {
        Assignment a = target();
        Assignment b = new Assignment(a.driverId(), a.tourInstanceId(), a.day(), a.blockId(), a.blockType(),
                a.startMinute(), a.endMinute(), true);
        assertNames(onlyIntegrityViolation(withAssignment(plan(), a, b)), a, "crosses_midnight", "true",
                "false in the forecast");
    }

    @Test
    void movedToAnotherDay() {
        Assignment a = target();
        Weekday other = a.day() == Weekday.MO ? Weekday.DI : Weekday.MO;
        Assignment b = new Assignment(a.driverId(), a.tourInstanceId(), other, a.blockId(), a.blockType(),
                a.startMinute(), a.endMinute(), a.crossesMidnight());
        assertNames(onlyIntegrityViolation(withAssignment(plan(), a, b)), a, "day", other.abbreviation(),
                a.day().abbreviation() + " in the forecast");
    }

    @Test
    void wrongBlockLabel() {
        Assignment a = target();
        Assignment b = new Assignment(a.driverId(), a.tourInstanceId(), a.day(), a.blockId(), BlockType.TRIPLE,
                a.startMinute(), a.endMinute(), a.crossesMidnight());
        assertNames(onlyIntegrityViolation(withAssignment(plan(), a, b)), a, "block_type", "3er", "2er-reg");
    }

    @Test
    void blockIdSpanningTwoDays() {
        Assignment a = target();
        Weekday other = a.day() == Weekday.MO ? Weekday.DI : Weekday.MO;
        String foreign = a.driverId() + "-" + other.abbreviation();
        Assignment b = new Assignment(a.driverId(), a.tourInstanceId(), a.day(), foreign, a.blockType(),
                a.startMinute(), a.endMinute(), a.crossesMidnight());
        assertNames(onlyIntegrityViolation(withAssignment(plan(), a, b)), a, "block_id", foreign, a.blockId());
    }

    @Test
    void unknownInstanceId() {
        Assignment a = target();
        Assignment b = new Assignment(a.driverId(), "Mo-9999-9999-01", a.day(), a.blockId(), a.blockType(),
                a.startMinute(), a.endMinute(), a.crossesMidnight());
        AuditReport r = Auditors.standard().audit(forecast(), withAssignment(plan(), a, b), POLICY);
        Violation v = r.check("PLAN_INTEGRITY").violations().stream()
                .filter(x -> x.instanceIds().equals(List.of("Mo-9999-9999-01"))).findFirst().orElseThrow();
        assertEquals(a.driverId(), v.driverId());
        assertTrue(v.message().contains("no such instance in the forecast"), v.message());
        assertTrue(!r.check("COVERAGE").passed());
    }

    @Test
    void editedConfigHash() {
        Plan p = plan();
        Plan broken = new Plan(p.inputHash(), "0".repeat(64), p.outputHash(), p.seed(), p.workBudget(),
                p.solverVersion(), p.weekAnchor(), p.zone(), p.ruleSet(), p.assignments(), p.kpis(), p.lowerBound());
        Violation v = onlyIntegrityViolation(broken);
        assertTrue(v.message().startsWith("solver_config_hash") && v.message().contains(p.solverConfigHash()),
                v.message());
    }

    /** One random field of one random assignment, or of the recorded configuration, changed. */
    @Property(tries = 2000)
    void everySingleFieldMutationIsCaught(@ForAll @IntRange(min = 0, max = 15) int kind, @ForAll long seed) {
        Plan p = plan();
        Random rnd = new Random(seed);
        Plan broken = mutate(p, kind, rnd);
        AuditReport r = Auditors.standard().audit(forecast(), broken, POLICY);
        assertTrue(r.failedChecks() > 0, () -> "mutation " + kind + "/" + seed + " escaped every check");
    }

    private static Plan mutate(Plan p, int kind, Random rnd) {
        List<Assignment> as = p.assignments();
        Assignment a = as.get(rnd.nextInt(as.size()));
        if (kind < 8) {
            return withAssignment(p, a, mutateAssignment(a, kind, rnd, as));
        }
        List<String> keys = new ArrayList<>(RuleSetJson.fieldValues(p.ruleSet()).keySet());
        return switch (kind) {
            case 8 -> config(p, x -> new Plan(x.inputHash(), x.solverConfigHash(), x.outputHash(), x.seed() + 1 + rnd.nextInt(99),
                    x.workBudget(), x.solverVersion(), x.weekAnchor(), x.zone(), x.ruleSet(), x.assignments(), x.kpis(),
                    x.lowerBound()));
            case 9 -> config(p, x -> new Plan(x.inputHash(), x.solverConfigHash(), x.outputHash(), x.seed(),
                    x.workBudget() + 1 + rnd.nextInt(1000), x.solverVersion(), x.weekAnchor(), x.zone(), x.ruleSet(),
                    x.assignments(), x.kpis(), x.lowerBound()));
            case 10 -> config(p, x -> new Plan(x.inputHash(), x.solverConfigHash(), x.outputHash(), x.seed(),
                    x.workBudget(), x.solverVersion() + "-x", x.weekAnchor(), x.zone(), x.ruleSet(), x.assignments(),
                    x.kpis(), x.lowerBound()));
            case 11 -> config(p, x -> new Plan(x.inputHash(), "f".repeat(64), x.outputHash(), x.seed(),
                    x.workBudget(), x.solverVersion(), x.weekAnchor(), x.zone(), x.ruleSet(), x.assignments(),
                    x.kpis(), x.lowerBound()));
            default -> config(p, x -> new Plan(x.inputHash(), x.solverConfigHash(), x.outputHash(), x.seed(),
                    x.workBudget(), x.solverVersion(), x.weekAnchor(), x.zone(),
                    relaxed(x.ruleSet(), keys.get(rnd.nextInt(keys.size())), rnd), x.assignments(), x.kpis(),
                    x.lowerBound()));
        };
    }

    private static Plan config(Plan p, UnaryOperator<Plan> change) {
        return change.apply(p);
    }

    /** One rule set field changed to another valid value (the rule set's own checks still hold). */
    private static RuleSet relaxed(RuleSet r, String key, Random rnd) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String value = switch (key) {
                case "forbid_consecutive_triples" -> String.valueOf(!r.forbidConsecutiveTriples());
                case "objective_order" -> "[\"SINGLES\",\"SPLITS\",\"PART_TIME\"]";
                default -> String.valueOf(Long.parseLong(RuleSetJson.fieldValues(r).get(key)) + 1 + rnd.nextInt(600));
            };
            try {
                RuleSet changed = RuleSetJson.parse("{\"" + key + "\":" + value + "}", "mutation");
                if (!changed.equals(r)) {
                    return changed;
                }
            } catch (RuntimeException e) {
                // an invalid combination (e.g. regular gap above the split break): try another value
            }
        }
        return r.withFreezeMinutes(r.freezeMinutes() + 1);
    }

    private static Assignment mutateAssignment(Assignment a, int kind, Random rnd, List<Assignment> all) {
        String driver = a.driverId();
        String id = a.tourInstanceId();
        Weekday day = a.day();
        String block = a.blockId();
        BlockType type = a.blockType();
        int start = a.startMinute();
        int end = a.endMinute();
        boolean crosses = a.crossesMidnight();
        switch (kind) {
            case 0 -> driver = other(all, rnd, Assignment::driverId, driver);
            case 1 -> id = rnd.nextBoolean() ? other(all, rnd, Assignment::tourInstanceId, id) : id + "x";
            case 2 -> day = Weekday.values()[(day.ordinal() + 1 + rnd.nextInt(6)) % 7];
            case 3 -> block = rnd.nextBoolean() ? other(all, rnd, Assignment::blockId, block) : block + "-" + rnd.nextInt(9);
            case 4 -> type = BlockType.values()[(type.ordinal() + 1 + rnd.nextInt(3)) % 4];
            case 5 -> start = shifted(start, rnd);
            case 6 -> end = shifted(end, rnd);
            default -> crosses = !crosses;
        }
        return new Assignment(driver, id, day, block, type, start, end, crosses);
    }

    private static int shifted(int minute, Random rnd) {
        int delta = 1 + rnd.nextInt(3000);
        return rnd.nextBoolean() ? minute + delta : minute - delta;
    }

    private static String other(List<Assignment> all, Random rnd, java.util.function.Function<Assignment, String> f,
                                String not) {
        for (int i = 0; i < 100; i++) {
            String v = f.apply(all.get(rnd.nextInt(all.size())));
            if (!v.equals(not)) {
                return v;
            }
        }
        return not + "x";
    }
}
