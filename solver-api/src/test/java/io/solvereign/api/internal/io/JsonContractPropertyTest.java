package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary JSON never makes the contract parser throw, and every problem is reported with its
 * JSON path: documents built from the contract's member names with values of every JSON type,
 * plus arbitrary text.
 */
class JsonContractPropertyTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> NAMES = List.of("tenant_code", "site_code", "week_anchor_date", "time_zone", "tours",
            "removals", "external_id", "day", "start_time", "end_time", "count", "depot", "skill", "priority", "notes",
            "split_start_time", "split_end_time", "lat", "x");

    private Arbitrary<JsonNode> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.of("lts", "wien_depot_1", "2026-01-05", "2026-01-06", "Europe/Vienna", "Mars/Base", "06:00",
                        "22:00", "24:00", "6:0", "", " ", "Nord", "a b", "T1", "T2").map(F::textNode),
                Arbitraries.integers().between(-3, 9).map(i -> (JsonNode) F.numberNode(i)),
                Arbitraries.of(F.numberNode(1e300), F.numberNode(2.5), F.numberNode(Long.MAX_VALUE),
                        F.numberNode(new java.math.BigInteger("123456789012345678901234567890")), F.nullNode(),
                        F.booleanNode(true)));
    }

    private Arbitrary<JsonNode> node(int depth) {
        if (depth == 0) {
            return scalar();
        }
        Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.of(NAMES).list().ofMaxSize(8),
                node(depth - 1).list().ofSize(8)).as((names, values) -> {
                    ObjectNode o = F.objectNode();
                    for (int i = 0; i < names.size(); i++) {
                        o.set(names.get(i), values.get(i));
                    }
                    return (JsonNode) o;
                });
        Arbitrary<JsonNode> array = node(depth - 1).list().ofMaxSize(4).map(vs -> {
            ArrayNode a = F.arrayNode();
            vs.forEach(a::add);
            return (JsonNode) a;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, scalar()), net.jqwik.api.Tuple.of(4, object),
                net.jqwik.api.Tuple.of(2, array));
    }

    @Provide
    Arbitrary<String> documents() {
        return node(3).map(JsonNode::toString);
    }

    @Property(tries = 1000)
    void contractShapedJsonIsReportedNeverThrown(@ForAll("documents") String json) {
        check(json);
    }

    @Property(tries = 300)
    void anyTextAfterABraceIsReportedNeverThrown(@ForAll String tail) {
        check("{" + tail);
    }

    private static void check(String json) {
        ParseResult r = ForecastParser.parse(json, InputFormat.JSON);
        assertEquals(InputFormat.JSON, r.format());
        ErrorCode.Severity worst = r.issues().stream().map(ParseIssue::severity).max(Enum::compareTo)
                .orElse(ErrorCode.Severity.PASS);
        assertEquals(worst, r.status());
        for (ParseIssue i : r.issues()) {
            assertTrue(i.path().startsWith("$"), () -> "issue without a JSON path: " + i);
            assertFalse(i.message().isBlank(), () -> "issue without a message: " + i);
        }
        if (r.forecast().templates().isEmpty() && r.removals().isEmpty()) {
            assertFalse(r.solvable(), () -> "nothing parsed yet no FAIL: " + json + " -> " + r.issues());
        }
        assertEquals(64, CanonicalForm.inputHash(r.forecast()).length());
    }
}
