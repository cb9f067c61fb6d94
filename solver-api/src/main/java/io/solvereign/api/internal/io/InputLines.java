package io.solvereign.api.internal.io;

import java.util.List;

/** Splits input text into physical lines: a leading BOM is dropped, CRLF, LF and CR all end a line. */
final class InputLines {
    private InputLines() {
    }

    /** The lines; a final line break does not add an empty line. */
    static List<String> split(String content) {
        String c = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<String> lines = List.of(c.split("\r\n|\n|\r", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        return lines;
    }

    /** True for a line the parser skips: blank or a {@code #} comment. */
    static boolean isSkipped(String line) {
        String s = line.strip();
        return s.isEmpty() || s.charAt(0) == '#';
    }
}
