package io.solvereign.harness;

import java.util.ArrayList;
import java.util.List;

/** Starts a class of the test class path in a separate JVM, as a second CLI process would run. */
final class ChildJvm {
    private ChildJvm() {
    }

    static ProcessBuilder of(Class<?> main, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        // A quick-starting JVM: these children live for a second or two.
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss1m", "-cp",
                System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd);
    }
}
