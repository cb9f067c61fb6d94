package io.solvereign.api.internal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 examples (sections 3.2.2, 3.2.3 and Appendix B) and our integer extension. */
class CanonicalJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void rfcMainExample() throws Exception {
        JsonNode in = json("{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}");
        assertEquals("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", CanonicalJson.canonicalize(in));
    }

    @Test
    void rfcSortingExampleUsesUtf16CodeUnits() throws Exception {
        JsonNode in = json("{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}");
        String out = CanonicalJson.canonicalize(in);
        String[] order = {"\\r", "1", "\u0080", "\u00f6", "\u20ac", "\ud83d\ude00", "\ufb33"};
        int at = -1;
        for (String key : order) {
            int next = out.indexOf("\"" + key + "\":");
            assertEquals(true, next > at, () -> key + " out of order in " + out);
            at = next;
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2",
    })
    void rfcNumberSamples(String ieeeHex, String expected) {
        double v = Double.longBitsToDouble(Long.parseUnsignedLong(ieeeHex, 16));
        assertEquals(expected, CanonicalJson.canonicalize(NODES.numberNode(v)));
    }

    @Test
    void nonFiniteNumbersAndLoneSurrogatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize(NODES.numberNode(Double.NaN)));
        assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.canonicalize(NODES.numberNode(Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize(NODES.textNode("a\ud800b")));
    }

    @Test
    void integersAreWrittenExactly() {
        assertEquals("9007199254740993", CanonicalJson.canonicalize(NODES.numberNode(9007199254740993L)));
        assertEquals("-9223372036854775808", CanonicalJson.canonicalize(NODES.numberNode(Long.MIN_VALUE)));
        assertEquals("123456789012345678901234567890",
                CanonicalJson.canonicalize(NODES.numberNode(new BigInteger("123456789012345678901234567890"))));
        assertEquals("4", CanonicalJson.canonicalize(NODES.numberNode(4.0)));
    }

    @Test
    void controlCharactersUseShortOrLowercaseHexEscapes() {
        assertEquals("\"\\b\\t\\n\\f\\r\\u0000\\u001f\u007f\u2028\"",
                CanonicalJson.canonicalize(NODES.textNode("\b\t\n\f\r\u0000\u001f\u007f\u2028")));
    }

    @Test
    void nestedStructuresAndUtf8Bytes() throws Exception {
        ObjectNode o = (ObjectNode) json("{ \"b\" : [ 1 , { \"z\" : \"ü\", \"a\" : null } ], \"a\" : {} }");
        assertEquals("{\"a\":{},\"b\":[1,{\"a\":null,\"z\":\"ü\"}]}", CanonicalJson.canonicalize(o));
        assertArrayEquals("{\"a\":{},\"b\":[1,{\"a\":null,\"z\":\"ü\"}]}".getBytes(StandardCharsets.UTF_8),
                CanonicalJson.canonicalBytes(o));
        assertEquals(Hashes.sha256Hex(CanonicalJson.canonicalBytes(o)), CanonicalJson.sha256(o));
    }

    @Test
    void sha256OfAKnownDocument() {
        // SHA-256 of the three bytes "{}" (FIPS 180 test vectors give sha256("abc"); "{}" computed by sha256sum).
        assertEquals(Hashes.sha256Hex("{}"), CanonicalJson.sha256(NODES.objectNode()));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashes.sha256Hex("abc"));
    }
}
