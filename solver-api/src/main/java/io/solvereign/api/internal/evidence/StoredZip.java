package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.Finding;
import io.solvereign.api.evidence.FindingKind;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reproducible zip bytes: entries sorted by name, STORED (uncompressed, so the bytes do not depend on
 * a zlib version), a fixed local entry time without extended timestamps, no comment. Reading is
 * lenient: it returns what it can and lists every problem by entry name.
 */
final class StoredZip {
    /**
     * Entry time of every entry: a DOS time without time zone, so the bytes are zone-independent.
     * Not 1980-01-01 00:00: the JDK reads that DOS value as "before 1980" and adds an extended
     * timestamp computed in the default time zone.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private StoredZip() {
    }

    /** The zip of these entries, in name order. */
    static byte[] write(SortedMap<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                byte[] data = e.getValue();
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(data.length);
                entry.setCompressedSize(data.length);
                entry.setCrc(crc.getValue());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** What a lenient read found: the entries and the problems, each with the entry (or zip) name. */
    record Read(SortedMap<String, byte[]> entries, List<Finding> problems, boolean complete) {
    }

    /** {@link #read(byte[], ReadLimits)} within the default limits. */
    static Read read(byte[] zipBytes) {
        return read(zipBytes, ReadLimits.defaults());
    }

    /**
     * Reads every entry it can; never throws for bad bytes. A first pass inflates every entry into
     * nothing, counting, so an entry above {@link ReadLimits#zipEntryBytes()} or a pack above
     * {@link ReadLimits#zipTotalBytes()} (a zip bomb) is refused before a byte is kept.
     *
     * @throws SolvereignException INPUT_TOO_LARGE naming the entry and the limit
     */
    static Read read(byte[] zipBytes, ReadLimits limits) {
        measure(zipBytes, limits);
        return buffer(zipBytes);
    }

    /** Inflates every entry without keeping it; refuses an entry or a pack above the limits. */
    private static void measure(byte[] zipBytes, ReadLimits limits) {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            byte[] buf = new byte[8192];
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                long entry = 0;
                for (int n = zip.read(buf); n != -1; n = zip.read(buf)) {
                    entry += n;
                    total += n;
                    if (entry > limits.zipEntryBytes()) {
                        throw tooLarge("entry '" + e.getName() + "' inflates to more than "
                                + ReadLimits.describe(limits.zipEntryBytes()), "zipEntryBytes");
                    }
                    if (total > limits.zipTotalBytes()) {
                        throw tooLarge("entries inflate to more than " + ReadLimits.describe(limits.zipTotalBytes())
                                + " in all", "zipTotalBytes");
                    }
                }
            }
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof SolvereignException s) {
                throw s;
            }
            // a corrupt zip is reported entry by entry by the buffering pass
        }
    }

    private static SolvereignException tooLarge(String what, String property) {
        return new SolvereignException(ErrorCode.INPUT_TOO_LARGE, "evidence pack: " + what + " (raise the limit with -D"
                + ReadLimits.PROPERTY_PREFIX + property + ")");
    }

    private static Read buffer(byte[] zipBytes) {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        List<Finding> problems = new ArrayList<>();
        boolean complete = true;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            byte[] buf = new byte[8192];
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                // For a STORED entry the CRC is checked when its last byte is read; reading that byte
                // alone keeps every byte of a changed entry, so the findings show what it now holds.
                long size = e.getMethod() == ZipEntry.STORED ? e.getSize() : -1;
                try {
                    for (int n = zip.read(buf, 0, chunk(buf, size, out.size())); n != -1;
                         n = zip.read(buf, 0, chunk(buf, size, out.size()))) {
                        out.write(buf, 0, n);
                    }
                } catch (java.util.zip.ZipException ex) {
                    if (size > 0 && out.size() == size - 1) {
                        out.write(buf[0]);
                    }
                    problems.add(new Finding(FindingKind.HASH_MISMATCH, e.getName(),
                            "zip entry check failed: " + ex.getMessage()));
                }
                if (entries.put(e.getName(), out.toByteArray()) != null) {
                    problems.add(new Finding(FindingKind.DUPLICATE_ENTRY, e.getName(), "entry occurs more than once"));
                }
            }
        } catch (IOException | RuntimeException ex) {
            complete = false;
            problems.add(new Finding(FindingKind.CORRUPT_ZIP, Finding.ZIP, "zip cannot be read to the end: " + ex));
        }
        if (entries.isEmpty() && complete) {
            complete = false;
            problems.add(new Finding(FindingKind.CORRUPT_ZIP, Finding.ZIP, "no zip entries found: not a zip file"));
        }
        return new Read(Collections.unmodifiableSortedMap(entries), List.copyOf(problems), complete);
    }

    /** How much to read next: everything but the last byte of a sized entry, then that byte alone. */
    private static int chunk(byte[] buf, long size, long read) {
        long left = size - read;
        if (size < 0 || left <= 0) {
            return buf.length;
        }
        return (int) Math.min(buf.length, left == 1 ? 1 : left - 1);
    }
}
