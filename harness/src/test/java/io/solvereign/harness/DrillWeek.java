package io.solvereign.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A synthetic week of 388 tours (about 40 drivers), big enough for sick calls and small enough to solve in a second. */
final class DrillWeek {
    private DrillWeek() {
    }

    static String text() {
        List<String> lines = new ArrayList<>();
        String[][] shifts = {{"05:00-09:30", "10"}, {"05:30-10:00", "8"}, {"06:00-10:30", "6"}, {"10:00-14:30", "8"},
            {"10:30-15:00", "6"}, {"14:00-18:30", "10"}, {"15:00-19:30", "8"}, {"16:00-20:30", "6"}};
        for (String day : List.of("Mo", "Di", "Mi", "Do", "Fr", "Sa")) {
            for (String[] s : shifts) {
                lines.add(day + " " + s[0] + " " + s[1] + " Fahrer");
            }
        }
        lines.add("Mi 06:00-10:00 + 15:00-19:00 2 Fahrer");
        return String.join("\n", lines) + "\n";
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("drill-week.txt"), text());
    }
}
