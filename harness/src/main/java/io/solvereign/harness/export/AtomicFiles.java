package io.solvereign.harness.export;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes output files so that a reader never sees half a file: a temp file in the same folder named
 * {@code .<name>.<pid>.solvereign-tmp}, written and synced, then renamed over the target. A process
 * killed in between leaves its temp file; the next write into that folder removes temp files whose
 * process is gone. Failures (disk full, read-only folder, a file where a folder should be) are one
 * line with {@code OUTPUT_NOT_WRITABLE}, and the temp file is removed.
 */
public final class AtomicFiles {
    private static final String SUFFIX = ".solvereign-tmp";
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.(\\d+)\\.[^.]*" + Pattern.quote(SUFFIX));

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code file} atomically; returns the file. */
    public static Path write(Path file, byte[] bytes) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            cleanLeftovers(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".", SUFFIX);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return file;
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write " + file + ": " + reason(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover is removed by the next write into this folder
                }
            }
        }
    }

    /** Removes temp files of processes that no longer run (they were killed mid-write). */
    public static void cleanLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + SUFFIX)) {
            for (Path p : files) {
                Matcher m = LEFTOVER.matcher(p.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (NumberFormatException e) {
            // not one of ours after all
        }
    }

    /** A short reason without class names: the disk is full, permission denied, not a folder ... */
    static String reason(IOException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("No space left on device")) {
            return "the disk is full";
        }
        if (e instanceof java.nio.file.AccessDeniedException || msg.contains("Read-only file system")
                || msg.contains("Permission denied")) {
            return "permission denied or read-only";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || msg.contains("Not a directory")) {
            return "a file is in the way where a folder is needed";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return msg.isEmpty() ? "input/output error" : msg;
    }
}
