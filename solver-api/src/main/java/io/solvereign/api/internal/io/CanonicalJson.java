package io.solvereign.api.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS) over Jackson trees: object members sorted by the
 * UTF-16 code units of their names, no whitespace, the RFC's string escaping, and numbers in
 * ECMAScript Number-to-String form. Every SOLVEREIGN hash other than input_hash is SHA-256 over
 * these bytes (DOMAIN §3).
 *
 * <p>One deliberate extension: integer nodes (int, long, BigInteger) are written with their exact
 * digits. Inside ±2^53 this is exactly JCS; beyond it JCS would round to the nearest double,
 * silently merging distinct values (e.g. two 64-bit seeds), which a hash must never do.
 * Non-integral numbers go through {@code double} as JCS requires; NaN and infinities are rejected.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /**
     * The canonical text of a JSON tree.
     *
     * @throws IllegalArgumentException for NaN/infinite numbers, lone surrogates or non-JSON nodes
     *                                  (POJO, missing)
     */
    public static String canonicalize(JsonNode node) {
        Objects.requireNonNull(node, "node");
        StringBuilder sb = new StringBuilder();
        write(node, sb);
        return sb.toString();
    }

    /** The canonical UTF-8 bytes of a JSON tree. */
    public static byte[] canonicalBytes(JsonNode node) {
        return canonicalize(node).getBytes(StandardCharsets.UTF_8);
    }

    /** Lowercase hex SHA-256 of {@link #canonicalBytes(JsonNode)}. */
    public static String sha256(JsonNode node) {
        return Hashes.sha256Hex(canonicalBytes(node));
    }

    private static void write(JsonNode node, StringBuilder sb) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, sb);
            case ARRAY -> {
                sb.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(node.get(i), sb);
                }
                sb.append(']');
            }
            case STRING, BINARY -> writeString(node.asText(), sb);
            case NUMBER -> sb.append(number(node));
            case BOOLEAN -> sb.append(node.booleanValue() ? "true" : "false");
            case NULL -> sb.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void writeObject(JsonNode node, StringBuilder sb) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            members.add(it.next());
        }
        // String.compareTo compares UTF-16 code units, which is exactly the JCS member order.
        members.sort(Map.Entry.comparingByKey());
        sb.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            writeString(members.get(i).getKey(), sb);
            sb.append(':');
            write(members.get(i).getValue(), sb);
        }
        sb.append('}');
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            BigInteger v = node.bigIntegerValue();
            return v.toString();
        }
        return EcmaNumbers.toString(node.doubleValue());
    }

    /** JCS string form: quotes, backslash and controls escaped, everything else literal. */
    static void writeString(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("lone surrogate U+" + Integer.toHexString(c)
                        + " at index " + i + " cannot be canonicalized");
            }
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
