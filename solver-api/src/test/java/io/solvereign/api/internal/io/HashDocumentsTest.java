package io.solvereign.api.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** solver_config_hash and output_hash documents (DOMAIN §3). */
class HashDocumentsTest {

    @Test
    void configDocumentIsTheCanonicalJsonOfRulesSeedVersionAndBudget() {
        String expected = "{\"rule_set\":{\"forbid_consecutive_triples\":true,\"freeze_minutes\":720,\"fte_min_minutes\":2400,"
                + "\"max_span_regular\":840,\"max_span_split\":960,\"max_span_triple\":960,\"max_weekly_minutes\":3300,"
                + "\"min_rest_minutes\":660,\"near_rest_minutes\":720,\"near_span_long\":840,\"near_span_regular\":720,"
                + "\"near_split_break\":300,\"near_weekly_minutes\":2880,\"objective_order\":[\"PART_TIME\",\"SPLITS\",\"SINGLES\"],"
                + "\"regular_gap_max\":60,\"regular_gap_min\":30,\"split_break_max\":360,\"split_break_min\":240},"
                + "\"seed\":94,\"solver_version\":\"0.1.0\",\"work_budget\":2000000}";
        assertEquals(expected, CanonicalJson.canonicalize(ConfigHash.json(RuleSet.defaults(), 94, 2_000_000L, "0.1.0")));
        assertEquals(Hashes.sha256Hex(expected), ConfigHash.of(RuleSet.defaults(), 94, 2_000_000L, "0.1.0"));
    }

    @Test
    void everyRuleSeedBudgetAndVersionChangesTheConfigHash() {
        String base = ConfigHash.of(RuleSet.defaults(), 94, 2_000_000L, "0.1.0");
        assertNotEquals(base, ConfigHash.of(RuleSet.defaults(), 95, 2_000_000L, "0.1.0"));
        assertNotEquals(base, ConfigHash.of(RuleSet.defaults(), 94, 2_000_000L, "0.1.1"));
        assertNotEquals(base, ConfigHash.of(RuleSet.defaults(), 94, 2_000_001L, "0.1.0"));
        ObjectNode json = RuleSetJson.toJson(RuleSet.defaults());
        for (String key : RuleSetJson.KEYS) {
            if (key.equals("objective_order") || key.equals("forbid_consecutive_triples")) {
                continue;
            }
            ObjectNode patch = json.objectNode().put(key, json.get(key).intValue() + 1);
            if (key.equals("regular_gap_max")) {
                patch.set(key, IntNode.valueOf(59));
            }
            RuleSet changed = RuleSetJson.withOverrides(RuleSet.defaults(), patch);
            assertNotEquals(base, ConfigHash.of(changed, 94, 2_000_000L, "0.1.0"), key);
        }
        RuleSet noFatigue = RuleSetJson.withOverrides(RuleSet.defaults(),
                json.objectNode().put("forbid_consecutive_triples", false));
        assertNotEquals(base, ConfigHash.of(noFatigue, 94, 2_000_000L, "0.1.0"));
    }

    @Test
    void outputDocumentSortsAssignmentsAndUsesDayNumbersAndLabels() {
        List<Assignment> one = List.of(
                new Assignment("D2", "Mo-0600-1400-01", Weekday.MO, "D2-Mo", BlockType.SINGLE, 360, 840, false),
                new Assignment("D1", "Do-2200-0600-01", Weekday.DO, "D1-Do", BlockType.DOUBLE_REGULAR, 1320, 1800, true));
        Kpis k = new Kpis(2, 0, 2, 2, 1, 1, 0, 0, 960, 480, 480, 2, 1);
        String expected = "{\"assignments\":["
                + "{\"block_id\":\"D1-Do\",\"block_type\":\"2er-reg\",\"crosses_midnight\":true,\"day\":4,\"driver_id\":\"D1\","
                + "\"end_min\":1800,\"start_min\":1320,\"tour_instance_id\":\"Do-2200-0600-01\"},"
                + "{\"block_id\":\"D2-Mo\",\"block_type\":\"1er\",\"crosses_midnight\":false,\"day\":1,\"driver_id\":\"D2\","
                + "\"end_min\":840,\"start_min\":360,\"tour_instance_id\":\"Mo-0600-1400-01\"}],"
                + "\"kpis\":{\"doubles_regular\":1,\"doubles_split\":0,\"drivers\":2,\"fte_drivers\":0,\"lower_bound\":2,"
                + "\"max_work_minutes\":480,\"min_work_minutes\":480,\"pt_drivers\":2,\"pt_lower_bound\":1,\"singles\":1,\"total_work_minutes\":960,"
                + "\"tours\":2,\"triples\":0},\"solver_config_hash\":\"abc\"}";
        assertEquals(expected, CanonicalJson.canonicalize(OutputHash.json(one, "abc", k)));
        assertEquals(Hashes.sha256Hex(expected), OutputHash.of(one, "abc", k));
    }

    @Property(tries = 50)
    void outputHashIgnoresListOrderButNotContent(@ForAll long seed) {
        List<Assignment> as = new ArrayList<>(SamplePlans.assignments());
        String base = OutputHash.of(as, "cfg", SamplePlans.kpis());
        Collections.shuffle(as, new Random(seed));
        assertEquals(base, OutputHash.of(as, "cfg", SamplePlans.kpis()));
        Assignment a = as.get(0);
        as.set(0, new Assignment(a.driverId() + "x", a.tourInstanceId(), a.day(), a.blockId(), a.blockType(),
                a.startMinute(), a.endMinute(), a.crossesMidnight()));
        assertNotEquals(base, OutputHash.of(as, "cfg", SamplePlans.kpis()));
        assertNotEquals(base, OutputHash.of(SamplePlans.assignments(), "cfg2", SamplePlans.kpis()));
    }

    @Test
    void outputHashOfAPlanRecomputesItsOwnHash() {
        assertEquals(SamplePlans.plan().outputHash(), OutputHash.of(SamplePlans.plan()));
    }
}
