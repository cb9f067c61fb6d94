package io.solvereign.api.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** solver_output.json: deterministic bytes, exact round trip, one clear message for any bad file. */
class PlanJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void roundTripsThroughAFile() {
        Plan p = SamplePlans.plan();
        Path f = dir.resolve(PlanJson.FILE_NAME);
        PlanJson.write(p, f);
        Plan back = PlanJson.read(f);
        List<io.solvereign.api.model.Assignment> sorted = new ArrayList<>(p.assignments());
        java.util.Collections.sort(sorted);
        assertEquals(sorted, back.assignments());
        assertEquals(p.ruleSet(), back.ruleSet());
        assertEquals(p.kpis(), back.kpis());
        assertEquals(p.lowerBound(), back.lowerBound());
        assertEquals(p.outputHash(), OutputHash.of(back));
        assertEquals(PlanJson.write(p), PlanJson.write(back));
    }

    @Test
    void bytesAreDeterministicPrettyAndInSchemaOrder() {
        String text = PlanJson.write(SamplePlans.plan());
        assertEquals(text, PlanJson.write(SamplePlans.plan()));
        assertTrue(text.startsWith("{\n  \"schema\" : \"solvereign.plan/1\",\n  \"input_hash\" : "), text);
        assertTrue(text.endsWith("}\n") && !text.contains("\r"));
        int at = -1;
        for (String key : PlanJson.KEYS) {
            int next = text.indexOf("\n  \"" + key + "\" :");
            assertTrue(next > at, key);
            at = next;
        }
        assertTrue(text.indexOf("\"D001\"") < text.indexOf("\"D002\""), "assignments sorted by driver");
    }

    @Test
    void unknownTourIdsAndDuplicatesAreLeftToTheAudit() throws Exception {
        ObjectNode o = PlanJson.toJson(SamplePlans.plan());
        ArrayNode a = (ArrayNode) o.get("assignments");
        a.add(a.get(0).deepCopy());
        ((ObjectNode) a.get(0)).put("tour_instance_id", "No-Such-Tour");
        Plan p = PlanJson.read(MAPPER.writeValueAsString(o), "x.json");
        assertEquals(5, p.assignments().size());
    }

    private static String mutate(String jsonPointerParent, String key, String rawValue) throws Exception {
        ObjectNode o = PlanJson.toJson(SamplePlans.plan());
        ObjectNode target = jsonPointerParent.isEmpty() ? o : (ObjectNode) o.at(jsonPointerParent);
        if (rawValue.equals("<remove>")) {
            target.remove(key);
        } else {
            target.set(key, MAPPER.readTree(rawValue));
        }
        return MAPPER.writeValueAsString(o);
    }

    @ParameterizedTest(name = "{0}/{1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "| seed | \"94\" | $.seed: expected an integer, found string \"94\"",
        "| seed | 1e3 | $.seed: expected an integer",
        "| seed | 99999999999999999999 | $.seed: integer 99999999999999999999 is out of range",
        "| seed | <remove> | $.seed: missing",
        "| schema | \"solvereign.plan/2\" | $.schema: expected \"solvereign.plan/1\"",
        "| output_hash | \"abc\" | $.output_hash: expected 64 lowercase hex digits",
        "| week_anchor_date | \"2026-01-06\" | $.week_anchor_date: 2026-01-06 is a TUESDAY",
        "| week_anchor_date | \"05.01.2026\" | $.week_anchor_date: expected a date YYYY-MM-DD",
        "| time_zone | \"Mars/Olympus\" | $.time_zone: unknown time zone",
        "| extra | 1 | $.extra: unknown field",
        "| assignments | {} | $.assignments: expected an array, found object",
        "/assignments/1 | day | 8 | $.assignments[1].day: day must be 1 (Monday) to 7 (Sunday), was 8",
        "/assignments/0 | block_type | \"4er\" | $.assignments[0].block_type: unknown block type '4er'",
        "/assignments/2 | crosses_midnight | \"no\" | $.assignments[2].crosses_midnight: expected true or false",
        "/assignments/3 | driver_id | null | $.assignments[3].driver_id: expected a string, found null",
        "/kpis | drivers | <remove> | $.kpis.drivers: missing",
        "/rule_set | min_rest_minutes | -1 | $.rule_set: minRestMinutes must be >= 0, was -1",
        "/lower_bound/weights | Mo-0445-0915 | \"x\" | $.lower_bound.weights[\"Mo-0445-0915\"]: expected an integer",
        "/lower_bound | drivers | -3 | $.lower_bound: bound figures must be >= 0",
    })
    void illFormedFieldsGiveOneMessageWithFileAndPath(String parent, String key, String value, String expected)
            throws Exception {
        String text = mutate(parent == null ? "" : parent, key, value);
        SolvereignException e = assertThrows(SolvereignException.class, () -> PlanJson.read(text, "plan.json"));
        assertEquals(ErrorCode.MALFORMED_PLAN, e.code());
        assertTrue(e.getMessage().startsWith("MALFORMED_PLAN: plan.json: " + expected), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | $: empty file",
        "{\"schema\": | line 1, column 11: not valid JSON",
        "{} {} | not valid JSON",
        "{\"seed\":1,\"seed\":2} | not valid JSON: Duplicate field 'seed'",
        "[1,2] | $: expected an object, found array",
    })
    void brokenJsonGivesOneMessage(String text, String expected) {
        SolvereignException e = assertThrows(SolvereignException.class, () -> PlanJson.read(text, "p.json"));
        assertEquals(ErrorCode.MALFORMED_PLAN, e.code());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
    }

    @Test
    void unreadableFileIsUnreadableInput() {
        SolvereignException e = assertThrows(SolvereignException.class, () -> PlanJson.read(dir.resolve("none.json")));
        assertEquals(ErrorCode.UNREADABLE_INPUT, e.code());
    }

    @Property(tries = 300)
    void anyEditOfAPlanFileReadsOrFailsCleanly(@ForAll long seed) {
        Random rnd = new Random(seed);
        StringBuilder text = new StringBuilder(PlanJson.write(SamplePlans.plan()));
        String[] junk = {"", "\"", "{", "}", "[", "]", ",", ":", "1", "-", "x", "null", "1e400", "\\u0000", "\ud800"};
        for (int edits = 1 + rnd.nextInt(3); edits > 0; edits--) {
            int at = rnd.nextInt(text.length());
            int len = rnd.nextInt(Math.min(8, text.length() - at) + 1);
            text.replace(at, at + len, junk[rnd.nextInt(junk.length)]);
        }
        try {
            PlanJson.read(text.toString(), "edited.json");
        } catch (SolvereignException e) {
            assertEquals(ErrorCode.MALFORMED_PLAN, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("edited.json: "), e.getMessage());
        }
    }
}
