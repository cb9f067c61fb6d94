package io.solvereign.api.internal.io;

import io.solvereign.api.model.Weekday;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes generated tour lines in each input format, with noise drawn from a seeded random. */
final class Renderings {
    private static final String[] SPACE = {" ", "  ", "\t", " \t "};

    private Renderings() {
    }

    private static String sp(Random rnd) {
        return SPACE[rnd.nextInt(SPACE.length)];
    }

    private static String opt(Random rnd) {
        return rnd.nextBoolean() ? "" : sp(rnd);
    }

    /** Text lines with random spacing, day spelling, optional 'Fahrer' and implicit count 1. */
    static String text(List<TourLine> lines, Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (TourLine l : lines) {
            if (rnd.nextInt(5) == 0) {
                sb.append(rnd.nextBoolean() ? "# a comment\n" : opt(rnd) + "\n");
            }
            sb.append(opt(rnd)).append(dayWord(l.day(), rnd)).append(sp(rnd))
                    .append(TourLine.clock(l.start())).append(opt(rnd)).append('-').append(opt(rnd)).append(TourLine.clock(l.end()));
            if (l.isSplit()) {
                sb.append(opt(rnd)).append('+').append(opt(rnd)).append(TourLine.clock(l.splitStart())).append(opt(rnd))
                        .append('-').append(opt(rnd)).append(TourLine.clock(l.splitEnd()));
            }
            if (l.count() > 1 || rnd.nextBoolean()) {
                sb.append(sp(rnd)).append(l.count());
                if (rnd.nextBoolean()) {
                    sb.append(sp(rnd)).append(rnd.nextBoolean() ? "Fahrer" : "fahrer");
                }
            }
            if (!l.depot().isEmpty()) {
                sb.append(sp(rnd)).append("Depot").append(sp(rnd)).append(l.depot());
            }
            sb.append(opt(rnd)).append(rnd.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        return sb.toString();
    }

    private static String dayWord(Weekday d, Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> d.englishAbbreviation();
            case 1 -> d.germanName();
            default -> d.abbreviation();
        };
    }

    private static Map<Weekday, List<TourLine>> byDay(List<TourLine> lines) {
        Map<Weekday, List<TourLine>> m = new EnumMap<>(Weekday.class);
        lines.forEach(l -> m.computeIfAbsent(l.day(), d -> new ArrayList<>()).add(l));
        return m;
    }

    private static String header(Weekday d, Random rnd) {
        return d.germanName() + opt(rnd) + ";" + opt(rnd) + "Anzahl" + opt(rnd);
    }

    /** Long day-block layout (plain lines only) with separator noise and spaced headers. */
    static String dayCsvLong(List<TourLine> lines, Random rnd) {
        StringBuilder sb = new StringBuilder();
        byDay(lines).forEach((d, ls) -> {
            sb.append(header(d, rnd)).append('\n');
            ls.forEach(l -> sb.append(opt(rnd)).append(l.range()).append(';').append(l.count()).append('\n'));
            sb.append(rnd.nextBoolean() ? ";\n;\n" : ";\n");
        });
        return sb.toString();
    }

    /** Wide day-block layout (plain lines only): one pair of columns per day, empty cells below short days. */
    static String dayCsvWide(List<TourLine> lines, Random rnd) {
        Map<Weekday, List<TourLine>> m = byDay(lines);
        List<Weekday> days = new ArrayList<>(m.keySet());
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>();
        days.forEach(d -> head.add(header(d, rnd)));
        sb.append(String.join(";", head)).append('\n');
        int rows = m.values().stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (Weekday d : days) {
                List<TourLine> ls = m.get(d);
                cells.add(r < ls.size() ? ls.get(r).range() + ";" + ls.get(r).count() : ";");
            }
            sb.append(String.join(";", cells)).append('\n');
        }
        return sb.toString();
    }

    /** Tour CSV (plain lines only): one row per instance, rows shuffled. */
    static String tourCsv(List<TourLine> lines, Random rnd) {
        List<String> rows = new ArrayList<>();
        for (TourLine l : lines) {
            for (int i = 0; i < l.count(); i++) {
                String day = switch (rnd.nextInt(3)) {
                    case 0 -> Integer.toString(l.day().number());
                    case 1 -> l.day().englishAbbreviation();
                    default -> l.day().abbreviation();
                };
                rows.add(day + "," + TourLine.clock(l.start()) + "," + TourLine.clock(l.end()) + "," + l.depot() + ",");
            }
        }
        java.util.Collections.shuffle(rows, rnd);
        return "day,start_time,end_time,location,qualifications\n" + String.join("\n", rows) + "\n";
    }
}
