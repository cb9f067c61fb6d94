package io.solvereign.harness.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A workspace written by the retired file store (SHA256SUMS layout), kept as test resources: one
 * forecast, plan P0001 audited and LOCKED, plan P0002 DRAFT, the kill switch on.
 */
final class LegacyFixture {
    static final String BASE = "legacy-workspace/";
    static final List<String> FILES = List.of("SHA256SUMS", "kill-switch.json", "trail.jsonl",
            "forecasts/F0001/canonical_input.txt", "forecasts/F0001/forecast.json", "forecasts/F0001/forecast_input",
            "plans/P0001/audit_results.json", "plans/P0001/plan.json", "plans/P0001/solver_output.json",
            "plans/P0002/audit_results.json", "plans/P0002/plan.json", "plans/P0002/solver_output.json");

    private LegacyFixture() {
    }

    static byte[] read(String rel) {
        try (InputStream in = LegacyFixture.class.getResourceAsStream(BASE + rel)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + BASE + rel);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the fixture into {@code dir} and returns it. */
    static Path copyTo(Path dir) throws IOException {
        for (String rel : FILES) {
            Path p = dir.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, read(rel));
        }
        return dir;
    }
}
