package io.solvereign.api.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RuleSet JSON: every field, snake_case, strict reading. */
class RuleSetJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    static List<String> snakeComponents(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).map(RuleSetJsonTest::snake).toList();
    }

    static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyRecordComponentIsWrittenInSnakeCase() {
        assertEquals(snakeComponents(RuleSet.class), fieldNames(RuleSetJson.toJson(RuleSet.defaults())));
        assertEquals(snakeComponents(Kpis.class), fieldNames(ModelJson.toJson(SamplePlans.kpis())));
    }

    @Test
    void defaultsAreTheDomainNumbers() {
        ObjectNode o = RuleSetJson.toJson(RuleSet.defaults());
        assertEquals(660, o.get("min_rest_minutes").intValue());
        assertEquals(3300, o.get("max_weekly_minutes").intValue());
        assertEquals("[\"PART_TIME\",\"SPLITS\",\"SINGLES\"]", o.get("objective_order").toString());
    }

    @Test
    void roundTrips() {
        RuleSet r = RuleSet.defaults().withObjectiveOrder(List.of(ObjectiveLevel.PART_TIME, ObjectiveLevel.SINGLES,
                ObjectiveLevel.SPLITS)).withFreezeMinutes(30);
        assertEquals(r, RuleSetJson.fromJson(RuleSetJson.toJson(r)));
    }

    @Test
    void overridesChangeOnlyTheGivenFields() throws Exception {
        RuleSet r = RuleSetJson.withOverrides(RuleSet.defaults(), MAPPER.readTree("{\"min_rest_minutes\":600}"));
        assertEquals(600, r.minRestMinutes());
        assertEquals(RuleSet.defaults().maxWeeklyMinutes(), r.maxWeeklyMinutes());
    }

    private static SolvereignException bad(String patchJson) throws Exception {
        return assertThrows(SolvereignException.class,
                () -> RuleSetJson.withOverrides(RuleSet.defaults(), MAPPER.readTree(patchJson)));
    }

    @Test
    void errorsNameThePath() throws Exception {
        assertTrue(bad("{\"min_rest_minutes\":\"11h\"}").getMessage().contains("$.min_rest_minutes: expected an integer"));
        assertTrue(bad("{\"min_rest_minutes\":1.5}").getMessage().contains("$.min_rest_minutes"));
        assertTrue(bad("{\"min_rest\":600}").getMessage().contains("$.min_rest: unknown field"));
        assertTrue(bad("{\"objective_order\":[\"PART_TIME\",\"FOO\",\"SINGLES\"]}").getMessage()
                .contains("$.objective_order[1]: unknown level"));
        assertTrue(bad("{\"regular_gap_max\":300}").getMessage().contains("regularGapMax"));
        assertEquals(ErrorCode.MALFORMED_JSON, bad("[]").code());
        ObjectNode missing = RuleSetJson.toJson(RuleSet.defaults());
        missing.remove("near_weekly_minutes");
        SolvereignException e = assertThrows(SolvereignException.class, () -> RuleSetJson.fromJson(missing));
        assertTrue(e.getMessage().contains("$.near_weekly_minutes: missing"), e.getMessage());
    }
}
