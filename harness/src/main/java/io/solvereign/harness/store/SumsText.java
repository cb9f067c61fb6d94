package io.solvereign.harness.store;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** sha256sum text: {@code <hex>  <path>} lines sorted by path, each ending in a newline. */
final class SumsText {
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S.*)");

    private SumsText() {
    }

    /** Parses the text; a malformed line means the index itself was edited. */
    static TreeMap<String, String> parse(String text, String fileName) {
        TreeMap<String, String> out = new TreeMap<>();
        int no = 0;
        for (String line : text.split("\n")) {
            no++;
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches() || out.put(m.group(2), m.group(1)) != null) {
                throw new SolvereignException(ErrorCode.PLAN_TAMPERED,
                        fileName + " line " + no + " is malformed or repeated: '" + line + "'");
            }
        }
        return out;
    }
}
