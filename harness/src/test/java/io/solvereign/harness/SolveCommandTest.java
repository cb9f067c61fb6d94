package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.model.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code solve} contract of issue 3: files written, JSON keys, exit codes. */
class SolveCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Two drivers' worth of work: one early 3er and one late 1er on each of two days. */
    private static final String SMALL_WEEK = String.join("\n",
            "Mo 05:00-09:00", "Mo 09:30-13:30", "Mo 14:00-18:00", "Mo 16:00-20:00",
            "Di 05:00-09:00 2 Fahrer", "Di 13:00-17:00") + "\n";

    @TempDir
    Path dir;

    @Test
    void solveWritesThePlanAndExportsAndPrintsTheContractKeys() throws Exception {
        Path input = Files.writeString(dir.resolve("week.txt"), SMALL_WEEK, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Cli r = Cli.run("solve", "--input", input.toString(), "--out", out.toString(), "--json", "--seed", "5");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = MAPPER.readTree(r.out());
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.containsAll(List.of("input_hash", "output_hash", "solver_config_hash", "drivers",
                "pt_drivers", "lower_bound", "block_mix", "solve_ms")), keys::toString);
        List<String> mix = new ArrayList<>();
        j.get("block_mix").fieldNames().forEachRemaining(mix::add);
        assertEquals(List.of("1er", "2er-reg", "2er-split", "3er"), mix);
        for (String f : List.of("solver_output.json", "matrix.csv", "rosters.csv", "kpis.json", "metadata.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        Plan plan = PlanJson.read(out.resolve("solver_output.json"));
        assertEquals(j.get("output_hash").asText(), plan.outputHash());
        assertEquals(7, plan.assignments().size());
        assertTrue(j.get("drivers").asInt() >= j.get("lower_bound").asInt());
        // Issue 10: the part-time bound and its gap, the proven levels, and kpis.json carries them too.
        assertEquals(plan.kpis().ptLowerBound(), j.get("pt_lower_bound").asInt());
        assertEquals(j.get("pt_drivers").asInt() - j.get("pt_lower_bound").asInt(), j.get("pt_gap").asInt());
        assertTrue(j.get("pt_lower_bound").asInt() <= j.get("pt_drivers").asInt());
        assertTrue(j.get("proven_levels").isArray());
        JsonNode kpis = MAPPER.readTree(out.resolve("kpis.json").toFile());
        assertEquals(j.get("pt_lower_bound").asInt(), kpis.get("pt_lower_bound").asInt());
        assertEquals(j.get("pt_gap").asInt(), kpis.get("pt_gap").asInt());
    }

    @Test
    void sameSeedGivesTheSameOutputHash() throws Exception {
        Path input = Files.writeString(dir.resolve("week.txt"), SMALL_WEEK, StandardCharsets.UTF_8);
        String a = MAPPER.readTree(Cli.run("solve", "--input", input.toString(), "--out", dir.resolve("a").toString(),
                "--json").out()).get("output_hash").asText();
        String b = MAPPER.readTree(Cli.run("solve", "--input", input.toString(), "--out", dir.resolve("b").toString(),
                "--json").out()).get("output_hash").asText();
        assertEquals(a, b);
        assertEquals(Files.readString(dir.resolve("a/rosters.csv")), Files.readString(dir.resolve("b/rosters.csv")));
    }

    @Test
    void aFailingForecastIsNotSolvedAndNamesTheLine() throws Exception {
        Path input = Files.writeString(dir.resolve("bad.txt"), "Mo 06:00-10:00\nSa 25:00-14:00\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("solve", "--input", input.toString(), "--out", dir.resolve("o").toString());
        assertEquals(ExitCodes.FAIL, r.exit());
        assertTrue(r.err().contains("INVALID_HOUR") && r.err().contains("line 2"), r.err());
        assertTrue(!Files.exists(dir.resolve("o/solver_output.json")));
    }

    @Test
    void aSplitWhoseBreakNoBlockAllowsIsExplainedNotThrown() throws Exception {
        Path input = Files.writeString(dir.resolve("split.txt"), "Di 06:00-10:00 + 11:00-15:00\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("solve", "--input", input.toString(), "--out", dir.resolve("o").toString());
        assertEquals(ExitCodes.INFEASIBLE, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("Di-0600-1000+1100-1500"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void anUnwritableOutputFolderIsOneLineNotATrace() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        Cli r = Cli.run("solve", "--input", Files.writeString(dir.resolve("w.txt"), "Mo 06:00-10:00\n").toString(),
                "--out", blocker.resolve("sub").toString());
        assertEquals(ExitCodes.FAIL, r.exit());
        assertTrue(r.err().startsWith("solvereign solve: OUTPUT_NOT_WRITABLE"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aPlanSolvedWithItsOwnWorkBudgetRecordsItAndReproduces() throws Exception {
        Path input = Files.writeString(dir.resolve("week.txt"), SMALL_WEEK, StandardCharsets.UTF_8);
        Path out = dir.resolve("budget");
        Cli solved = Cli.run("solve", "--input", input.toString(), "--out", out.toString(), "--work-budget", "20000");
        assertEquals(0, solved.exit(), solved.err());
        Plan plan = PlanJson.read(out.resolve("solver_output.json"));
        assertEquals(20_000L, plan.workBudget());
        Cli audited = Cli.run("audit", "--forecast", input.toString(), "--plan", out.resolve("solver_output.json").toString(),
                "--reproduce", "--json");
        assertEquals(0, audited.exit(), audited.out() + audited.err());
        assertEquals("PASS", MAPPER.readTree(audited.out()).get("reproducibility").get("status").asText());
    }
}
