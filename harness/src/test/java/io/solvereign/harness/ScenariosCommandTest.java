package io.solvereign.harness;

import static io.solvereign.harness.RunbookFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scenarios and sensitivity on a small week, in-process. */
class ScenariosCommandTest {
    @TempDir
    Path dir;

    private static JsonNode withoutTimes(String out) {
        JsonNode j = json(out);
        ((ObjectNode) j).remove("wall_ms");
        ((ObjectNode) j).remove("parallel");
        j.get(j.has("scenarios") ? "scenarios" : "perturbations").forEach(s -> ((ObjectNode) s).remove("solve_ms"));
        return j;
    }

    @Test
    void parallelAndSequentialTablesAgreeAndTheBestIsNamed() {
        RunbookFixture f = new RunbookFixture(dir);
        Path week = WhatIfFixture.write(dir, "week.txt", WhatIfFixture.week(1, 0));
        Path cap = WhatIfFixture.write(dir, "cap50.json", "{\"max_weekly_minutes\": 3000}");
        String[] args = {"scenarios", "--input", week.toString(), "--seeds", "1..3", "--config", "default=" + dir.resolve("none.json"),
            "--work-budget", WhatIfFixture.BUDGET, "--json"};
        WhatIfFixture.write(dir, "none.json", "{}");
        List<String> withCap = new ArrayList<>(List.of(args));
        withCap.addAll(List.of("--config", "cap50=" + cap));
        Cli two = f.run(concat(withCap, "--parallel", "2"));
        Cli one = f.run(concat(withCap, "--parallel", "1"));
        assertEquals(0, two.exit(), two.err());
        assertEquals(0, one.exit(), one.err());
        assertEquals(withoutTimes(one.out()), withoutTimes(two.out()));
        JsonNode j = json(two.out());
        List<String> names = new ArrayList<>();
        j.get("scenarios").forEach(s -> names.add(s.get("name").asText()));
        assertEquals(List.of("default-seed1", "default-seed2", "default-seed3", "cap50-seed1", "cap50-seed2",
                "cap50-seed3"), names);
        assertTrue(names.contains(j.get("best_by_drivers").asText()));
        assertTrue(j.get("best_by_churn").isNull(), "no LOCKED plan: no churn");
        JsonNode s1 = j.get("scenarios").get(0);
        assertEquals("PASS", s1.get("audit_verdict").asText());
        assertTrue(s1.get("pt_lower_bound").isNull() || s1.get("pt_lower_bound").isInt());
        assertNotEquals(s1.get("output_hash"), j.get("scenarios").get(3).get("output_hash"), "the cap is another solve");

        Cli table = f.run("scenarios", "--input", week.toString(), "--seeds", "1,2", "--work-budget", WhatIfFixture.BUDGET);
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("best_by_drivers: seed"), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("seed2 ")), table.out());
    }

    @Test
    void churnIsMeasuredAgainstTheWeeksLatestLockedPlan() {
        RunbookFixture f = new RunbookFixture(dir);
        Path week = WhatIfFixture.write(dir, "week.txt", WhatIfFixture.week(0, 0));
        String locked = WhatIfFixture.solveAndLock(f, week);
        // The stored forecast version F0001 (stored by the solve) is the same week as the file.
        Cli r = f.run("scenarios", "--forecast", "F0001", "--seeds", "1..2", "--work-budget", WhatIfFixture.BUDGET,
                "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = json(r.out());
        assertEquals(locked, j.get("baseline_plan_id").asText());
        // The locked plan was solved with seed 1 (the solve default) and the same budget: no churn.
        assertEquals("0.00", j.get("scenarios").get(0).get("churn_pct").asText());
        assertEquals("seed1", j.get("best_by_churn").asText());
    }

    @Test
    void wrongUsageAndBadFilesAreOneLine() {
        RunbookFixture f = new RunbookFixture(dir);
        assertEquals(ExitCodes.USAGE, f.run("scenarios", "--seeds", "8..1").exit());
        assertEquals(ExitCodes.USAGE, f.run("scenarios", "--seeds", "x").exit());
        assertEquals(ExitCodes.USAGE, f.run("scenarios", "--parallel", "0").exit());
        Path bad = WhatIfFixture.write(dir, "bad.json", "{\"max_weekly_minutes\": \"lots\"}");
        Cli r = f.run("scenarios", "--input", f.input.toString(), "--config", "x=" + bad);
        assertEquals(ExitCodes.FAIL, r.exit());
        assertTrue(RunbookFixture.oneLineNaming(r, "max_weekly_minutes"), r.err());
        Cli unknown = f.run("scenarios", "--forecast", "F0042");
        assertEquals(ExitCodes.FAIL, unknown.exit());
        assertTrue(RunbookFixture.oneLineNaming(unknown, "F0042"), unknown.err());
    }

    @Test
    void sensitivityReSolvesEveryPerturbation() {
        RunbookFixture f = new RunbookFixture(dir);
        Path week = WhatIfFixture.write(dir, "week.txt", WhatIfFixture.week(0, 0));
        String id = WhatIfFixture.solve(f, week);
        Path same = WhatIfFixture.write(dir, "same.json", "{}");
        Cli r = f.run("sensitivity", "--plan", id, "--perturbation", "unchanged=" + same, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = json(r.out());
        List<String> names = new ArrayList<>();
        j.get("perturbations").forEach(p -> names.add(p.get("name").asText()));
        assertEquals(List.of("weekly_cap_58h", "weekly_cap_52h", "consecutive_3er_allowed", "rest_10h",
                "demand_plus_5pct", "demand_minus_5pct", "unchanged"), names);
        JsonNode unchanged = j.get("perturbations").get(6);
        assertEquals("0.00", unchanged.get("churn_pct").asText());
        assertEquals(j.get("base_output_hash").asText(), unchanged.get("output_hash").asText());
        assertEquals("VERY_STABLE", unchanged.get("class").asText());
        for (JsonNode p : j.get("perturbations")) {
            assertTrue(List.of("VERY_STABLE", "STABLE", "SENSITIVE", "FRAGILE").contains(p.get("class").asText())
                    || p.get("class").asText().startsWith("INFEASIBLE"), p.toString());
        }
        Cli text = f.run("sensitivity", "--plan", id);
        assertTrue(text.out().contains("demand_minus_5pct"), text.out());
        Cli missing = f.run("sensitivity", "--plan", "P0099");
        assertEquals(ExitCodes.FAIL, missing.exit());
    }

    @Test
    void anInfeasiblePerturbationIsReportedWithItsRule() {
        RunbookFixture f = new RunbookFixture(dir);
        String id = WhatIfFixture.solve(f, f.input);
        // The small week's split line has a 300 min break; a 250 min maximum leaves no legal block for it.
        Path tight = WhatIfFixture.write(dir, "tight.json", "{\"split_break_max\": 250}");
        Cli r = f.run("sensitivity", "--plan", id, "--perturbation", "short_breaks=" + tight, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode last = json(r.out()).get("perturbations").get(6);
        assertEquals("short_breaks", last.get("name").asText());
        assertEquals("INFEASIBLE", last.get("status").asText());
        assertEquals("INFEASIBLE SPLIT_BREAK", last.get("class").asText());
        assertEquals("SPLIT_BREAK", last.get("infeasible_rules").get(0).asText());
        Cli text = f.run("sensitivity", "--plan", id, "--perturbation", "short_breaks=" + tight);
        assertTrue(text.out().contains("INFEASIBLE SPLIT_BREAK"), text.out());
    }

    @Test
    void isoWeekKeysGiveTheirMonday() {
        assertEquals(java.time.LocalDate.of(2025, 12, 29), ScenariosCommand.mondayOf("2026-W01").orElseThrow());
        assertEquals(java.time.LocalDate.of(2026, 1, 5), ScenariosCommand.mondayOf("2026-W02").orElseThrow());
        assertTrue(ScenariosCommand.mondayOf("").isEmpty());
        assertTrue(ScenariosCommand.mondayOf("2026-W54").isEmpty());
    }

    private static String[] concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
