package io.solvereign.harness;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the project version that Maven writes into {@code solvereign-version.properties}. */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "/io/solvereign/harness/solvereign-version.properties";

    /** The project version, or {@code unknown} when run from unfiltered classes. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"solvereign " + version()};
    }
}
