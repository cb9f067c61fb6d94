package io.solvereign.harness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.SolveStatus;
import io.solvereign.api.audit.AuditStatus;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.scenario.ScenarioReport;
import io.solvereign.api.scenario.ScenarioResult;
import io.solvereign.api.scenario.SensitivityReport;
import io.solvereign.api.scenario.SensitivityResult;
import io.solvereign.harness.export.PlanExports;
import java.util.Locale;
import java.util.Optional;

/** The text tables and JSON of {@code scenarios} and {@code sensitivity}. */
final class ScenarioText {
    private ScenarioText() {
    }

    static String table(ScenarioReport report) {
        TextTable t = new TextTable("scenario", "seed", "drivers", "FTE/PT", "PT-LB", "LB",
                "1er/2er-reg/2er-split/3er", "avg h", "max h", "audit", "churn %", "output_hash", "ms");
        for (ScenarioResult r : report.results()) {
            Kpis k = r.kpis();
            t.row(r.name(), Long.toString(r.config().seed()), Integer.toString(k.drivers()),
                    k.fteDrivers() + "/" + k.ptDrivers(), ptBound(r), Integer.toString(k.lowerBound()),
                    k.singles() + "/" + k.doublesRegular() + "/" + k.doublesSplit() + "/" + k.triples(),
                    k.averageHours(), r.maxWeeklyHours(), audit(r), r.churn().percent(),
                    r.outputHash().substring(0, 12), Long.toString(r.solveMillis()));
        }
        StringBuilder sb = new StringBuilder(t.render());
        sb.append("best_by_drivers: ").append(best(report.bestByDrivers(), false)).append('\n');
        sb.append("best_by_churn:   ").append(report.baselineOutputHash().isEmpty() ? "- (no baseline plan)"
                : best(report.bestByChurn(), true)).append('\n');
        return sb.toString();
    }

    static ObjectNode json(ScenarioReport report) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode list = n.putArray("scenarios");
        for (ScenarioResult r : report.results()) {
            list.add(result(r));
        }
        n.put("best_by_drivers", report.bestByDrivers().map(ScenarioResult::name).orElse(null));
        n.put("best_by_churn", report.bestByChurn().map(ScenarioResult::name).orElse(null));
        return n;
    }

    static String table(SensitivityReport report) {
        TextTable t = new TextTable("perturbation", "drivers", "d drivers", "PT", "d PT", "churn %", "class",
                "output_hash", "ms");
        for (SensitivityResult s : report.results()) {
            ScenarioResult r = s.result();
            t.row(s.name(), Integer.toString(r.kpis().drivers()), signed(s.driversDelta()),
                    Integer.toString(r.kpis().ptDrivers()), signed(s.ptDelta()), r.churn().percent(), stability(s),
                    r.outputHash().substring(0, 12), Long.toString(r.solveMillis()));
        }
        return t.render();
    }

    static ObjectNode json(SensitivityReport report) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("base_output_hash", report.baseOutputHash());
        n.put("base_drivers", report.baseKpis().drivers());
        n.put("base_pt_drivers", report.baseKpis().ptDrivers());
        ArrayNode list = n.putArray("perturbations");
        for (SensitivityResult s : report.results()) {
            ObjectNode o = result(s.result());
            o.put("drivers_delta", s.driversDelta());
            o.put("pt_delta", s.ptDelta());
            o.put("class", stability(s));
            ArrayNode rules = o.putArray("infeasible_rules");
            s.infeasibleRules().forEach(rules::add);
            list.add(o);
        }
        return n;
    }

    private static ObjectNode result(ScenarioResult r) {
        Kpis k = r.kpis();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", r.name());
        o.put("seed", r.config().seed());
        o.put("work_budget", r.config().workBudget());
        o.put("status", r.status().name());
        o.put("drivers", k.drivers());
        o.put("fte_drivers", k.fteDrivers());
        o.put("pt_drivers", k.ptDrivers());
        o.put("pt_lower_bound", k.ptLowerBound());
        o.put("lower_bound", k.lowerBound());
        o.set("block_mix", PlanExports.blockMixNode(k));
        o.put("avg_weekly_hours", k.averageHours());
        o.put("max_weekly_hours", r.maxWeeklyHours());
        o.put("audit_verdict", r.audit().verdict().name());
        o.put("audit_summary", r.audit().summary());
        if (r.churn().measured()) {
            o.put("churn_pct", r.churn().percent());
            o.put("churn_changed", r.churn().changedAssignments());
            o.put("churn_total", r.churn().totalAssignments());
        } else {
            o.putNull("churn_pct");
        }
        o.put("cost", r.cost().toString());
        o.put("output_hash", r.outputHash());
        o.put("solve_ms", r.solveMillis());
        return o;
    }

    private static String ptBound(ScenarioResult r) {
        return Integer.toString(r.kpis().ptLowerBound());
    }

    private static String audit(ScenarioResult r) {
        if (r.status() == SolveStatus.INFEASIBLE) {
            return "INFEASIBLE";
        }
        return r.audit().verdict() == AuditStatus.PASS ? "PASS" : "FAIL " + r.audit().failedChecks();
    }

    private static String stability(SensitivityResult s) {
        return s.stability().map(Enum::name).orElse("INFEASIBLE " + String.join(",", s.infeasibleRules()));
    }

    private static String best(Optional<ScenarioResult> best, boolean churn) {
        return best.map(r -> r.name() + " (" + r.kpis().drivers() + " drivers, cost " + r.cost()
                + (churn ? ", churn " + r.churn().percent() + " %" : "") + ")")
                .orElse("- (no scenario passes its audit)");
    }

    private static String signed(int v) {
        return String.format(Locale.ROOT, "%+d", v);
    }
}
