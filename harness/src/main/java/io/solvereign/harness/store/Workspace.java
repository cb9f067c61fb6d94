package io.solvereign.harness.store;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.io.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a workspace and their checksum index {@code SHA256SUMS} (sha256sum format, sorted
 * by path, paths relative with {@code /}). Every read is checked against the index; every write is
 * atomic and updates the index afterwards. Assumes one writing process at a time.
 */
final class Workspace {
    static final String INDEX = "SHA256SUMS";
    /** Top-level names the store owns; anything else at the top level is left alone. */
    private static final List<String> OWNED = List.of("forecasts", "plans", "trail.jsonl", "kill-switch.json");

    private final Path root;
    private final TreeMap<String, String> index = new TreeMap<>();

    private Workspace(Path root) {
        this.root = root;
    }

    /** Opens (creating if needed) the folder and checks every file against the index. */
    static Workspace open(Path root) {
        Workspace ws = new Workspace(root.toAbsolutePath().normalize());
        try {
            Files.createDirectories(ws.root);
            Path index = ws.root.resolve(INDEX);
            if (Files.exists(index)) {
                ws.index.putAll(SumsText.parse(Files.readString(index, StandardCharsets.UTF_8), INDEX));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open workspace " + root, e);
        }
        ws.verifyAll();
        return ws;
    }

    Path root() {
        return root;
    }

    /** Checks every indexed file and looks for files the index does not know. */
    void verifyAll() {
        List<String> problems = new ArrayList<>();
        index.forEach((rel, expected) -> {
            String p = check(rel, expected, read(rel));
            if (p != null) {
                problems.add(p);
            }
        });
        for (String rel : untracked()) {
            problems.add(rel + " appeared on disk but is not in " + INDEX
                    + (index.isEmpty() ? " (" + INDEX + " missing or empty)" : ""));
        }
        if (!problems.isEmpty()) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, String.join("; ", problems));
        }
    }

    /** The file's bytes, checked against the index. */
    byte[] readVerified(String rel) {
        String expected = index.get(rel);
        if (expected == null) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, rel + " is not in " + INDEX);
        }
        byte[] bytes = read(rel);
        String p = check(rel, expected, bytes);
        if (p != null) {
            throw new SolvereignException(ErrorCode.PLAN_TAMPERED, p);
        }
        return bytes;
    }

    boolean contains(String rel) {
        return index.containsKey(rel);
    }

    /** Indexed paths under a prefix, sorted. */
    SortedMap<String, String> indexed(String prefix) {
        return index.subMap(prefix, prefix + Character.MAX_VALUE);
    }

    /** Writes each file atomically, then the index. */
    void write(Map<String, byte[]> files) {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            atomicWrite(root.resolve(f.getKey()), f.getValue());
            index.put(f.getKey(), Hashes.sha256Hex(f.getValue()));
        }
        atomicWrite(root.resolve(INDEX), SumsText.format(index).getBytes(StandardCharsets.UTF_8));
    }

    /** Temp file in the target's folder, written and fsynced, then moved over the target atomically. */
    static void atomicWrite(Path target, byte[] bytes) {
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            syncDirectory(dir);
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("the file system of " + dir + " cannot move files atomically", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temp file is ignored on load anyway
                }
            }
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for syncing; the move itself is still atomic.
        }
    }

    private static String check(String rel, String expected, byte[] bytes) {
        if (bytes == null) {
            return rel + " missing on disk: expected sha256 " + expected;
        }
        String actual = Hashes.sha256Hex(bytes);
        return actual.equals(expected) ? null
                : rel + " changed on disk: expected sha256 " + expected + " got " + actual;
    }

    private byte[] read(String rel) {
        try {
            return Files.readAllBytes(root.resolve(rel));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(rel), e);
        }
    }

    /** Regular files under the owned names that the index does not list; temp files are ignored. */
    private List<String> untracked() {
        List<String> out = new ArrayList<>();
        for (String top : OWNED) {
            Path p = root.resolve(top);
            if (!Files.exists(p)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile)
                        .map(f -> root.relativize(f).toString().replace('\\', '/'))
                        .filter(rel -> !rel.endsWith(".tmp") && !index.containsKey(rel))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + p, e);
            }
        }
        return out;
    }
}
