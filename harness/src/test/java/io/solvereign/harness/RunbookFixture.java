package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A workspace in a temp folder and a small synthetic week, with shortcuts for the runbook commands. */
final class RunbookFixture {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Fixed clock for every command, so trail times are known. */
    static final String NOW = "2026-01-01T10:00:00Z";
    /** Three days, eleven tours: a 3er, a split and singles; solves in well under a second. */
    static final String SMALL_WEEK = String.join("\n",
            "Mo 05:00-09:00", "Mo 09:30-13:30", "Mo 14:00-18:00", "Mo 16:00-20:00",
            "Di 05:00-09:00 2 Fahrer", "Di 13:00-17:00",
            "Mi 06:00-10:00 + 15:00-19:00", "Mi 07:00-11:00", "Mi 12:00-16:00") + "\n";

    final Path dir;
    final Path ws;
    final Path input;

    RunbookFixture(Path dir) {
        this.dir = dir;
        this.ws = dir.resolve("ws");
        try {
            Files.createDirectories(dir);
            this.input = Files.writeString(dir.resolve("week.txt"), SMALL_WEEK, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command with {@code --workspace} and {@code --now} appended. */
    Cli run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--workspace", ws.toString(), "--now", NOW));
        return Cli.run(all.toArray(String[]::new));
    }

    /** Solves the small week into the workspace and returns the new plan id. */
    String solve() {
        Cli r = run("solve", "--input", input.toString(), "--out", dir.resolve("out").toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        return json(r.out()).get("plan_id").asText();
    }

    /** Solves, audits and approves (ready to lock); returns the plan id. */
    String solveAndAudit() {
        String id = solve();
        Cli r = run("audit", "--plan", id, "--by", "auditor");
        assertEquals(0, r.exit(), r.out() + r.err());
        approve(id);
        return id;
    }

    /** Approves an audited plan. */
    void approve(String id) {
        Cli r = run("approve", "--plan", id, "--by", "lead", "--reason", "reviewed");
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when stderr is exactly one line that starts with the command and names the code. */
    static boolean oneLineNaming(Cli r, String code) {
        String err = r.err().strip();
        return !err.contains("\n") && err.contains(code) && !err.contains("Exception") && !err.contains("\tat ");
    }
}
