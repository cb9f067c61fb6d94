package io.solvereign.harness;

import java.util.Collection;
import java.util.List;

/** Long id lists in text output: the count and the first few, never hundreds of lines. */
final class IdList {
    /** How many ids are named before the rest is counted. */
    static final int SHOWN = 5;

    private IdList() {
    }

    /** {@code 259 ids: a, b, c, d, e, ... (+254 more)}; short lists in full. */
    static String summary(Collection<String> ids) {
        List<String> list = List.copyOf(ids);
        String head = String.join(", ", list.subList(0, Math.min(SHOWN, list.size())));
        return list.size() + (list.size() == 1 ? " id: " : " ids: ") + head
                + (list.size() > SHOWN ? ", ... (+" + (list.size() - SHOWN) + " more)" : "");
    }
}
