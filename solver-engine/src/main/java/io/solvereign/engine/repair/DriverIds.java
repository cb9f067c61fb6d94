package io.solvereign.engine.repair;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ids for drivers a repair adds: {@code D<n>} continuing after the highest baseline id of that
 * form, zero-padded to the baseline's width (at least 3), skipping ids already taken.
 */
final class DriverIds {
    private static final Pattern NUMBERED = Pattern.compile("D(\\d+)");
    private final Set<String> taken;
    private final int width;
    private long last;

    DriverIds(Collection<String> existing) {
        taken = new TreeSet<>(existing);
        long max = 0;
        int w = 3;
        for (String id : existing) {
            Matcher m = NUMBERED.matcher(id);
            if (m.matches() && m.group(1).length() <= 18) {
                max = Math.max(max, Long.parseLong(m.group(1)));
                w = Math.max(w, m.group(1).length());
            }
        }
        last = max;
        width = w;
    }

    /** The next free id. */
    String next() {
        String id;
        do {
            last++;
            id = "D" + String.format(Locale.ROOT, "%0" + width + "d", last);
        } while (!taken.add(id));
        return id;
    }
}
