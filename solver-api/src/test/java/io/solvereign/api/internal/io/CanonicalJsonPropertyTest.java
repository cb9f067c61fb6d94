package io.solvereign.api.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Canonical JSON is independent of member order, idempotent, and numbers read back exactly. */
class CanonicalJsonPropertyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A random tree from a seed: objects, arrays, strings, ints, longs, doubles, literals. */
    private static JsonNode tree(Random rnd, int depth) {
        int kind = depth > 3 ? 2 + rnd.nextInt(6) : rnd.nextInt(8);
        return switch (kind) {
            case 0 -> {
                ObjectNode o = NODES.objectNode();
                int n = rnd.nextInt(5);
                for (int i = 0; i < n; i++) {
                    o.set(key(rnd), tree(rnd, depth + 1));
                }
                yield o;
            }
            case 1 -> {
                var a = NODES.arrayNode();
                int n = rnd.nextInt(5);
                for (int i = 0; i < n; i++) {
                    a.add(tree(rnd, depth + 1));
                }
                yield a;
            }
            case 2 -> NODES.textNode(key(rnd) + "\n\"\\\u0001é😀");
            case 3 -> NODES.numberNode(rnd.nextInt());
            case 4 -> NODES.numberNode(rnd.nextLong());
            case 5 -> NODES.numberNode(finiteDouble(rnd));
            case 6 -> NODES.numberNode(rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20));
            default -> rnd.nextBoolean() ? NODES.booleanNode(rnd.nextBoolean()) : NODES.nullNode();
        };
    }

    private static String key(Random rnd) {
        String[] parts = {"a", "b", "A", "é", "\u20ac", "😀", "1", "_", "\r"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= rnd.nextInt(3); i++) {
            sb.append(parts[rnd.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    /** The same tree with every object's members inserted in reverse or shuffled order. */
    private static JsonNode reordered(JsonNode n, Random rnd) {
        if (n.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            n.fields().forEachRemaining(members::add);
            Collections.shuffle(members, rnd);
            ObjectNode o = NODES.objectNode();
            members.forEach(e -> o.set(e.getKey(), reordered(e.getValue(), rnd)));
            return o;
        }
        if (n.isArray()) {
            var a = NODES.arrayNode();
            n.forEach(e -> a.add(reordered(e, rnd)));
            return a;
        }
        return n;
    }

    @Property(tries = 300)
    void memberOrderIsIrrelevant(@ForAll long seed) {
        Random rnd = new Random(seed);
        JsonNode t = tree(rnd, 0);
        assertEquals(CanonicalJson.canonicalize(t), CanonicalJson.canonicalize(reordered(t, rnd)));
    }

    @Property(tries = 300)
    void canonicalizingTheCanonicalTextChangesNothing(@ForAll long seed) throws Exception {
        String once = CanonicalJson.canonicalize(tree(new Random(seed), 0));
        assertEquals(once, CanonicalJson.canonicalize(MAPPER.readTree(once)));
    }

    @Property(tries = 2000)
    void doublesReadBackExactlyAndMatchJavaWhenShort(@ForAll double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return;
        }
        String s = CanonicalJson.canonicalize(NODES.numberNode(v));
        assertEquals(v == 0 ? 0.0 : v, Double.parseDouble(s));
        assertEquals(s, s.strip());
    }

    /** Any finite double from raw bits: NaN and infinities have no JSON form, so they are drawn again. */
    private static double finiteDouble(java.util.Random rnd) {
        double d;
        do {
            d = Double.longBitsToDouble(rnd.nextLong());
        } while (!Double.isFinite(d));
        return d;
    }
}
