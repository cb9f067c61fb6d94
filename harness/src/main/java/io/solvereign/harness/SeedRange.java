package io.solvereign.harness;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Parses a seed list: {@code 1..8}, {@code 1,3,5} or {@code 7}; each seed once, in the given order. */
final class SeedRange {
    /** More scenarios than this is surely a typo (e.g. {@code 1..80000}). */
    static final int MAX_SEEDS = 1000;

    private SeedRange() {
    }

    static List<Long> parse(CommandSpec spec, String option, String text) {
        List<Long> seeds = new ArrayList<>();
        try {
            for (String part : text.split(",")) {
                String p = part.strip();
                int dots = p.indexOf("..");
                if (dots >= 0) {
                    long from = Long.parseLong(p.substring(0, dots).strip());
                    long to = Long.parseLong(p.substring(dots + 2).strip());
                    if (to < from || to - from >= MAX_SEEDS) {
                        throw usage(spec, option + ": range " + p + " must go upwards and hold at most " + MAX_SEEDS + " seeds");
                    }
                    for (long s = from; s <= to; s++) {
                        add(spec, option, seeds, s);
                    }
                } else {
                    add(spec, option, seeds, Long.parseLong(p));
                }
            }
        } catch (NumberFormatException e) {
            throw usage(spec, option + ": '" + text + "' is not a seed list; use 1..8, 1,3,5 or 7");
        }
        if (seeds.size() > MAX_SEEDS) {
            throw usage(spec, option + ": at most " + MAX_SEEDS + " seeds");
        }
        return List.copyOf(seeds);
    }

    private static void add(CommandSpec spec, String option, List<Long> seeds, long seed) {
        if (seeds.contains(seed)) {
            throw usage(spec, option + ": seed " + seed + " is given twice");
        }
        seeds.add(seed);
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
