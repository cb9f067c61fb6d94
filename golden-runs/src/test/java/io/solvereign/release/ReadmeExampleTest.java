package io.solvereign.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding" section cannot rot: its Java block is the example's source file and its
 * Maven block is the consumer project's dependencies ({@link EmbeddingExampleIT} runs the example).
 */
class ReadmeExampleTest {
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path EXAMPLE = ROOT.resolve("golden-runs/src/test/java/io/solvereign/examples/EmbeddingExample.java");
    static final Path CONSUMER_POM = ROOT.resolve(".ci/consumer/pom.xml");

    @Test
    void readmeJavaBlockIsTheExampleSourceVerbatim() throws IOException {
        assertEquals(read(EXAMPLE), ReadmeBlocks.embedding("java"));
    }

    @Test
    void readmeMavenBlockIsTheConsumerProjectsDependencies() throws IOException {
        String block = ReadmeBlocks.embedding("xml");
        assertTrue(block.contains("<artifactId>solvereign-bom</artifactId>") && block.contains("slf4j-simple"),
                "the block shows the BOM import and the SLF4J binding:\n" + block);
        assertTrue(read(CONSUMER_POM).contains(block), "README's Maven block is not in " + CONSUMER_POM + ":\n" + block);
        String version = read(ROOT.resolve("bom/pom.xml")).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s).*?<artifactId>solvereign-bom</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertTrue(block.contains("<version>" + version + "</version>"), "the BOM is imported at its version " + version);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
