package io.solvereign.api.internal.io;

import io.solvereign.api.io.ReadLimits;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Reads a user's file only after checking what it is: a missing file, a directory, a device, a FIFO
 * or a socket (which never end or block forever, like {@code /dev/zero}) and a file above its size
 * limit are refused with one line before a byte is read; the read itself stops at the limit too, so
 * a file that grows meanwhile cannot get past it. Every refusal is a {@link SolvereignException}
 * ({@code UNREADABLE_INPUT} or {@code INPUT_TOO_LARGE}) naming the file and the reason.
 */
public final class BoundedFiles {
    private static final int CHUNK = 64 * 1024;

    private BoundedFiles() {
    }

    /**
     * Checks that {@code file} is a regular file of at most {@code limit} bytes.
     *
     * @param what     the kind of file for messages, e.g. {@code forecast}
     * @param property the {@link ReadLimits} property that raises the limit, e.g. {@code forecastBytes}
     * @return the file's size
     * @throws SolvereignException UNREADABLE_INPUT or INPUT_TOO_LARGE
     */
    public static long check(Path file, long limit, String what, String property) {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw unreadable(file, what, "no such file", e);
        } catch (AccessDeniedException e) {
            throw unreadable(file, what, "permission denied", e);
        } catch (IOException e) {
            throw unreadable(file, what, String.valueOf(e.getMessage()), e);
        }
        if (attrs.isDirectory()) {
            throw unreadable(file, what, "it is a directory", null);
        }
        if (!attrs.isRegularFile()) {
            throw unreadable(file, what, "not a regular file (a device, FIFO or socket); give a file", null);
        }
        if (attrs.size() > limit) {
            throw tooLarge(file, what, property, limit, attrs.size() + " bytes (" + ReadLimits.describe(attrs.size()) + ")");
        }
        return attrs.size();
    }

    /**
     * Opens a checked file as a stream that fails once more than {@code limit} bytes come out of it.
     *
     * @throws SolvereignException UNREADABLE_INPUT or INPUT_TOO_LARGE (also from the stream's reads,
     *                             wrapped in an {@link IOException} whose cause it is)
     */
    public static InputStream open(Path file, long limit, String what, String property) {
        check(file, limit, what, property);
        try {
            return new Capped(Files.newInputStream(file), limit, () -> tooLarge(file, what, property, limit,
                    "more than " + ReadLimits.describe(limit) + " (it grew while being read)"));
        } catch (IOException e) {
            throw unreadable(file, what, String.valueOf(e.getMessage()), e);
        }
    }

    /** All bytes of a checked file. @throws SolvereignException UNREADABLE_INPUT or INPUT_TOO_LARGE */
    public static byte[] readBytes(Path file, long limit, String what, String property) {
        try (InputStream in = open(file, limit, what, property)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw rethrow(file, what, e);
        }
    }

    /**
     * A forecast file as strict UTF-8 text: refused when it is above its size limit, holds more than
     * {@link ReadLimits#forecastLines()} lines or a line longer than {@link ReadLimits#lineBytes()}
     * (both counted while reading, so a file of millions of lines or one endless line is refused
     * early). The bytes are held once, plus the text.
     *
     * @throws SolvereignException UNREADABLE_INPUT (also when it is not UTF-8) or INPUT_TOO_LARGE
     */
    public static String readForecast(Path file, ReadLimits limits) {
        String what = "forecast";
        long size = check(file, limits.forecastBytes(), what, "forecastBytes");
        byte[] bytes = new byte[(int) size];
        try (InputStream in = Files.newInputStream(file)) {
            long lines = 0;
            long lineLength = 0;
            int filled = 0;
            while (filled < bytes.length) {
                int n = in.read(bytes, filled, Math.min(CHUNK, bytes.length - filled));
                if (n < 0) {
                    break;
                }
                for (int i = filled; i < filled + n; i++) {
                    if (bytes[i] == '\n') {
                        lines++;
                        lineLength = 0;
                    } else if (++lineLength > limits.lineBytes()) {
                        throw new SolvereignException(ErrorCode.INPUT_TOO_LARGE, what + " " + file + ": line "
                                + (lines + 1) + " is longer than " + ReadLimits.describe(limits.lineBytes())
                                + " (raise the limit with -D" + ReadLimits.PROPERTY_PREFIX + "lineBytes)");
                    }
                }
                if (lines > limits.forecastLines()) {
                    throw new SolvereignException(ErrorCode.INPUT_TOO_LARGE, what + " " + file + " has more than "
                            + limits.forecastLines() + " lines (raise the limit with -D" + ReadLimits.PROPERTY_PREFIX
                            + "forecastLines)");
                }
                filled += n;
            }
            if (filled < bytes.length || in.read() >= 0) {
                throw unreadable(file, what, "it changed while being read", null);
            }
        } catch (IOException e) {
            throw failure(file, what, e);
        }
        return decode(bytes, file, what);
    }

    /**
     * Strict UTF-8 decoding; malformed bytes are one UNREADABLE_INPUT line. Validates in small
     * chunks first, so only the bytes and the text are ever held, never a full-size char buffer.
     */
    static String decode(byte[] bytes, Path file, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                throw unreadable(file, what, "not UTF-8 text at byte " + in.position()
                        + " (maybe save it as UTF-8)", null);
            }
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The refusal an {@link IOException} of a bounded read stands for. */
    static SolvereignException failure(Path file, String what, IOException e) {
        return rethrow(file, what, e);
    }

    private static SolvereignException rethrow(Path file, String what, IOException e) {
        if (e.getCause() instanceof SolvereignException s) {
            return s;
        }
        return unreadable(file, what, String.valueOf(e.getMessage()), e);
    }

    private static SolvereignException unreadable(Path file, String what, String reason, Throwable cause) {
        String message = "cannot read " + what + " " + file + ": " + reason;
        return cause == null ? new SolvereignException(ErrorCode.UNREADABLE_INPUT, message)
                : new SolvereignException(ErrorCode.UNREADABLE_INPUT, message, cause);
    }

    static SolvereignException tooLarge(Path file, String what, String property, long limit, String size) {
        return new SolvereignException(ErrorCode.INPUT_TOO_LARGE, what + " " + file + " is " + size + ", above the "
                + ReadLimits.describe(limit) + " limit (raise it with -D" + ReadLimits.PROPERTY_PREFIX + property + ")");
    }

    /** Fails with the supplied exception (as the cause of an IOException) past {@code limit} bytes. */
    private static final class Capped extends FilterInputStream {
        private final java.util.function.Supplier<SolvereignException> tooLarge;
        private long left;

        Capped(InputStream in, long limit, java.util.function.Supplier<SolvereignException> tooLarge) {
            super(in);
            this.left = limit;
            this.tooLarge = tooLarge;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            left -= n;
            if (left < 0) {
                throw new IOException("input above its limit", tooLarge.get());
            }
        }
    }
}
