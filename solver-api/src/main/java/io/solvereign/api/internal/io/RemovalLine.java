package io.solvereign.api.internal.io;

import io.solvereign.api.ErrorCode;

/**
 * A text line of a patch that removes a tour line (DOMAIN §2.5, §12): {@code -} followed by the
 * usual line grammar, e.g. {@code - Mo 06:00-14:00 Depot Nord}. It removes the whole tour line
 * (its fingerprint), so it takes no count; composing a week treats it as a tombstone.
 */
final class RemovalLine {
    private RemovalLine() {
    }

    /** True for a line whose first non-blank character is {@code -}. */
    static boolean isRemoval(String raw) {
        return raw.strip().startsWith("-");
    }

    static void parse(LineBuilder line, String raw) {
        String rest = raw.strip().substring(1);
        if (rest.isBlank()) {
            line.issue(ErrorCode.MISSING_DAY, 0, "a removal '-' must be followed by the tour line it removes, "
                    + "e.g. '- Mo 06:00-14:00 Depot Nord'");
            return;
        }
        TextLineParser.parseLine(line, rest);
        if (line.templates().stream().anyMatch(t -> t.count() != 1)) {
            line.issue(ErrorCode.INVALID_COUNT, 0, "a removal takes out the whole tour line; leave out the count");
            line.discardTemplates();
            return;
        }
        line.templatesToRemovals();
    }
}
