package io.solvereign.audit.rule;

import io.solvereign.api.audit.AuditInput;
import io.solvereign.api.audit.AuditRule;
import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.RecordedConfig;
import io.solvereign.api.internal.io.ConfigHash;
import io.solvereign.api.internal.io.RuleSetJson;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.Weekday;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PLAN_INTEGRITY: the plan says nothing the forecast or the policy contradicts (DOMAIN §8). For
 * every assignment, the instance must exist and its {@code day}, {@code start_min}, {@code end_min}
 * and {@code crosses_midnight} must be the forecast's; its {@code block_type} must be the type the
 * driver-day's tours make (one tour 1er, two with a regular gap 2er-reg, two with any other gap
 * 2er-split, three 3er); its {@code block_id} must be {@code <driver>-<day>}, so a block never spans
 * two days or two drivers. The recorded {@code solver_config_hash} must recompute from the recorded
 * rule set, seed, budget and version, and the recorded rule set must equal the policy field by field,
 * so a plan can never relax its own rules. Each disagreement is one violation naming the driver, the
 * instance (or the field) and both values. Days the other checks cannot classify (overlapping tours,
 * more than three) have no expected block type; OVERLAP and SPAN_REGULAR report them.
 */
final class PlanIntegrityRule implements AuditRule {
    static final String ID = "PLAN_INTEGRITY";
    private static final int TRIPLE = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AuditInput input) {
        PlanView view = PlanView.of(input);
        Findings findings = new Findings(ID);
        Map<String, BlockType> types = blockTypes(view, input);
        for (Assignment a : input.assignments()) {
            TourInstance t = view.instances().get(a.tourInstanceId());
            if (t == null) {
                field(findings, a, "tour_instance_id", a.tourInstanceId(), "no such instance in the forecast");
                continue;
            }
            if (a.day() != t.day()) {
                field(findings, a, "day", a.day().abbreviation(), t.day().abbreviation());
            }
            if (a.startMinute() != t.time().startMinute()) {
                minutes(findings, a, "start_min", a.startMinute(), t.time().startMinute());
            }
            if (a.endMinute() != t.time().endMinute()) {
                minutes(findings, a, "end_min", a.endMinute(), t.time().endMinute());
            }
            if (a.crossesMidnight() != t.time().crossesMidnight()) {
                field(findings, a, "crosses_midnight", a.crossesMidnight(), t.time().crossesMidnight());
            }
            String blockId = a.driverId() + "-" + t.day().abbreviation();
            if (!a.blockId().equals(blockId)) {
                field(findings, a, "block_id", a.blockId(), blockId + " (one block per driver and day)");
            }
            BlockType type = types.get(key(a.driverId(), t.day()));
            if (type != null && a.blockType() != type) {
                field(findings, a, "block_type", a.blockType().label(), type.label() + " (from the day's tours)");
            }
        }
        config(findings, input);
        return findings.result();
    }

    /** The block type each classifiable driver-day's tours make, by {@code driver|day}. */
    private static Map<String, BlockType> blockTypes(PlanView view, AuditInput input) {
        Map<String, BlockType> types = new HashMap<>();
        for (DriverDay day : view.allDays()) {
            BlockType type = switch (day.kind(input.ruleSet())) {
                case SINGLE -> BlockType.SINGLE;
                case SPLIT -> BlockType.DOUBLE_SPLIT;
                case REGULAR -> day.size() == 2 ? BlockType.DOUBLE_REGULAR
                        : day.size() == TRIPLE ? BlockType.TRIPLE : null;
                case OVERLAPPING -> null;
            };
            if (type != null) {
                types.put(key(day.driverId(), day.day()), type);
            }
        }
        return types;
    }

    private static String key(String driver, Weekday day) {
        return driver + "|" + day.name();
    }

    /** The recorded configuration: its hash must recompute and its rule set must be the policy's. */
    private static void config(Findings findings, AuditInput input) {
        RecordedConfig rec = input.recorded();
        if (rec.recorded()) {
            String recomputed = ConfigHash.of(rec.ruleSet(), rec.seed(), rec.workBudget(), rec.solverVersion());
            if (!recomputed.equals(rec.solverConfigHash())) {
                findings.violation("", List.of(), 1, 0, MeasureUnit.FIELD, "solver_config_hash: the plan records "
                        + rec.solverConfigHash() + ", its rule set, seed, work budget and solver version give "
                        + recomputed);
            }
        }
        Map<String, String> plan = RuleSetJson.fieldValues(rec.ruleSet());
        RuleSetJson.fieldValues(input.ruleSet()).forEach((key, policy) -> {
            String recorded = plan.get(key);
            if (!recorded.equals(policy)) {
                findings.violation("", List.of(), number(recorded, 1), number(policy, 0), MeasureUnit.FIELD,
                        "rule_set." + key + ": the plan records " + recorded + ", the policy is " + policy
                                + " (a plan never sets its own rules)");
            }
        });
    }

    /** A numeric field's value for measured/limit; other fields count as {@code fallback}. */
    private static long number(String json, long fallback) {
        return json.matches("-?\\d{1,18}") ? Long.parseLong(json) : fallback;
    }

    private static void field(Findings findings, Assignment a, String field, Object planValue, Object forecastValue) {
        findings.violation(a.driverId(), List.of(a.tourInstanceId()), 1, 0, MeasureUnit.FIELD,
                a.driverId() + ": " + a.tourInstanceId() + " " + field + " is " + planValue + " in the plan, "
                        + forecastValue + " in the forecast");
    }

    private static void minutes(Findings findings, Assignment a, String field, int planValue, int forecastValue) {
        String range = planValue < 0 || planValue >= 2 * 1440 ? " (out of range)" : "";
        findings.violation(a.driverId(), List.of(a.tourInstanceId()), planValue, forecastValue, MeasureUnit.MINUTES,
                a.driverId() + ": " + a.tourInstanceId() + " " + field + " is " + planValue + range + " in the plan, "
                        + forecastValue + " in the forecast");
    }
}
