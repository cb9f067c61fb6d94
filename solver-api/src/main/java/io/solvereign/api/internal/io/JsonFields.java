package io.solvereign.api.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Strict typed access to JSON members for our readers. Every failure is one
 * {@link SolvereignException} naming the source, the JSON path and what is wrong, e.g.
 * {@code plan.json: $.kpis.drivers: expected an integer, found string "x"}.
 */
final class JsonFields {
    private final ErrorCode code;
    private final String source;

    /**
     * @param code   the code of every failure ({@code MALFORMED_PLAN}, {@code MALFORMED_JSON})
     * @param source file or document name put in front of messages; empty for none
     */
    JsonFields(ErrorCode code, String source) {
        this.code = code;
        this.source = source;
    }

    SolvereignException error(String path, String what) {
        return new SolvereignException(code, (source.isEmpty() ? "" : source + ": ") + path + ": " + what);
    }

    static String describe(JsonNode n) {
        String type = n.getNodeType().name().toLowerCase(Locale.ROOT);
        String text = n.toString();
        return n.isContainerNode() ? type : type + " " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }

    /** Requires an object with exactly the given members (no missing, no unknown). */
    JsonNode object(JsonNode n, String path, List<String> members) {
        if (n == null || !n.isObject()) {
            throw error(path, n == null || n.isMissingNode() ? "missing" : "expected an object, found " + describe(n));
        }
        for (String m : members) {
            if (!n.has(m)) {
                throw error(path + "." + m, "missing");
            }
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!members.contains(name)) {
                throw error(path + "." + name, "unknown field; expected only " + String.join(", ", members));
            }
        }
        return n;
    }

    long longValue(JsonNode n, String path) {
        if (!n.isIntegralNumber()) {
            throw error(path, "expected an integer, found " + describe(n));
        }
        if (!n.canConvertToLong()) {
            throw error(path, "integer " + n.asText() + " is out of range");
        }
        return n.longValue();
    }

    int intValue(JsonNode n, String path) {
        long v = longValue(n, path);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(path, "integer " + v + " is out of range");
        }
        return (int) v;
    }

    boolean boolValue(JsonNode n, String path) {
        if (!n.isBoolean()) {
            throw error(path, "expected true or false, found " + describe(n));
        }
        return n.booleanValue();
    }

    String text(JsonNode n, String path) {
        if (!n.isTextual()) {
            throw error(path, "expected a string, found " + describe(n));
        }
        return n.textValue();
    }

    List<JsonNode> array(JsonNode n, String path) {
        if (!n.isArray()) {
            throw error(path, "expected an array, found " + describe(n));
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }
}
