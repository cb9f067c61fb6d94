package io.solvereign.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** Fenced code blocks of the README's "Embedding" section. */
final class ReadmeBlocks {
    private static final String SECTION = "## Embedding";

    private ReadmeBlocks() {
    }

    /**
     * The first block of the given language in the section, without its fences; ends with a newline.
     *
     * @throws AssertionError when the section or the block is missing
     */
    static String embedding(String language) throws IOException {
        List<String> lines = Files.readAllLines(ReadmeExampleTest.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int i = lines.indexOf(SECTION);
        if (i < 0) {
            throw new AssertionError("README.md has no line '" + SECTION + "'");
        }
        for (i++; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (lines.get(i).equals("```" + language)) {
                StringBuilder block = new StringBuilder();
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(j).equals("```")) {
                        return block.toString();
                    }
                    block.append(lines.get(j)).append('\n');
                }
                throw new AssertionError("README.md: the ```" + language + " block of " + SECTION + " is not closed");
            }
        }
        throw new AssertionError("README.md: no ```" + language + " block under " + SECTION);
    }
}
