package io.solvereign.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** Runs {@link HashMain} in a fresh JVM on this test class path and reads back its {@code key=value} lines. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** The {@code java} launcher of the JVM running the tests. */
    static Path thisJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Runs {@link HashMain} with {@code java}, the JVM flags and the program arguments; fails the test when the
     * child fails, takes over 5 minutes or prints no {@code processors}, {@code output_hash} or {@code java.version}.
     *
     * @return the child's {@code key=value} lines by key
     */
    static Map<String, String> hashMain(Path java, List<String> jvmFlags, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(HashMain.class.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM did not finish: " + cmd);
        assertEquals(0, p.exitValue(), "child JVM failed: " + cmd + "\n" + out);
        Map<String, String> values = new TreeMap<>();
        for (String line : out.lines().toList()) {
            int eq = line.indexOf('=');
            String key = eq < 0 ? "" : line.substring(0, eq);
            if (List.of("processors", "output_hash", "java.version").contains(key)) {
                values.put(key, line.substring(eq + 1));
            }
        }
        assertEquals(3, values.size(), "child output: " + out);
        return values;
    }
}
