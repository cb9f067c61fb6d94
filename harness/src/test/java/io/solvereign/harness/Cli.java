package io.solvereign.harness;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Runs the CLI in-process and captures exit code, stdout and stderr (public for the store tests). */
public record Cli(int exit, String out, String err) {
    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /**
     * A file of shared/golden for a browser test: fails when it is missing, and when the whole folder is absent
     * under {@code CI=true} (skips elsewhere), like the browser itself.
     */
    public static Path requiredGolden(String name) {
        if (GoldenCommand.findGolden(Path.of("").toAbsolutePath()) == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true and shared/golden is absent beside the clone; " + name + " comes from there");
        }
        return golden(name);
    }

    /** A file of shared/golden; skips only when the folder is absent, fails when a file is missing. */
    static Path golden(String name) {
        Path dir = GoldenCommand.findGolden(Path.of("").toAbsolutePath());
        if (dir == null) {
            Assumptions.abort("shared/golden is absent; golden tests run where it is present (CI)");
        }
        Path f = dir.resolve(name);
        Assertions.assertTrue(Files.isRegularFile(f), "golden folder present but " + f + " is missing");
        return f;
    }
}
