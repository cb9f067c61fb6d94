package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Weeks and workspace steps for the what-if commands (scenarios, sensitivity, drift): small, fast solves. */
final class WhatIfFixture {
    private static final String[] DAYS = {"Mo", "Di", "Mi", "Do", "Fr", "Sa"};
    private static final String[] LINES = {"05:00-09:00", "06:00-10:00", "09:30-13:30", "14:00-18:00", "16:00-20:00",
        "18:30-22:30"};
    /** Multiples of 5, so that 20 % more is exact on every line. */
    private static final int[] COUNTS = {10, 5, 5, 5, 5, 5};

    private WhatIfFixture() {
    }

    /**
     * A six-day week of 210 tours; {@code variant} adds one tour to each of the first {@code variant}
     * lines, so that weeks differ a little; {@code percentMore} scales every line (exact for 0 and 20).
     */
    static String week(int variant, int percentMore) {
        List<String> lines = new ArrayList<>();
        int line = 0;
        for (String day : DAYS) {
            for (int l = 0; l < LINES.length; l++) {
                int count = COUNTS[l] * (100 + percentMore) / 100 + (line++ < variant ? 1 : 0);
                lines.add(day + " " + LINES[l] + " " + count + " Fahrer");
            }
        }
        return String.join("\n", lines) + "\n";
    }

    static Path write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Search budget of the fixture's solves: small weeks need far less than the default, and tests stay quick. */
    static final String BUDGET = "20000";

    /** Solves a file into the workspace; returns the plan id. */
    static String solve(RunbookFixture f, Path input) {
        Cli r = f.run("solve", "--input", input.toString(), "--out", f.dir.resolve("out").toString(), "--json",
                "--work-budget", BUDGET);
        assertEquals(0, r.exit(), r.err());
        return RunbookFixture.json(r.out()).get("plan_id").asText();
    }

    /** Solves, audits, approves and locks a file; returns the plan id. */
    static String solveAndLock(RunbookFixture f, Path input) {
        String id = solve(f, input);
        Cli audit = f.run("audit", "--plan", id, "--by", "auditor");
        assertEquals(0, audit.exit(), audit.out() + audit.err());
        lock(f, id, "publish " + input.getFileName());
        return id;
    }

    /** Approves and locks an audited plan. */
    static void lock(RunbookFixture f, String id, String reason) {
        Cli approve = f.run("approve", "--plan", id, "--by", "anna", "--reason", reason);
        assertEquals(0, approve.exit(), approve.out() + approve.err());
        Cli lock = f.run("lock", "--plan", id, "--by", "anna", "--reason", reason);
        assertEquals(0, lock.exit(), lock.out() + lock.err());
    }
}
